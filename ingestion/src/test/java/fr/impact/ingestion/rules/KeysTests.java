package fr.impact.ingestion.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Headers and coded values compared without regard to case, accents, surrounding spaces and
 * {@code _}/space/{@code -} (FORMATS.md).
 */
class KeysTests {

    @Test
    void writesTheThreeSpellingsOfAColumnTheSameWay() {
        assertThat(Keys.normalize("Montant HT")).isEqualTo("montantht");
        assertThat(Keys.normalize("montant_ht")).isEqualTo("montantht");
        assertThat(Keys.normalize(" MONTANT-HT ")).isEqualTo("montantht");
        assertThat(Keys.normalize("MONTANT HT ")).isEqualTo("montantht");
    }

    @Test
    void dropsTheDegreeSignOfNumero() {
        assertThat(Keys.normalize("N° facture")).isEqualTo("nfacture");
        assertThat(Keys.normalize("n° facture")).isEqualTo(Keys.normalize("N°_FACTURE"));
    }

    @Test
    void removesAccents() {
        assertThat(Keys.normalize("Quantité livrée")).isEqualTo("quantitelivree");
        assertThat(Keys.normalize("QUANTITÉ LIVRÉE")).isEqualTo("quantitelivree");
        assertThat(Keys.normalize("Désignation")).isEqualTo("designation");
        assertThat(Keys.normalize("Pâtisserie")).isEqualTo("patisserie");
        assertThat(Keys.normalize("Noël à l'Hôtel")).isEqualTo("noelalhotel");
    }

    @Test
    void spellsTheLigaturesOut() {
        assertThat(Keys.normalize("Œufs")).isEqualTo("oeufs");
        assertThat(Keys.normalize("bœuf")).isEqualTo("boeuf");
        assertThat(Keys.normalize("Lætitia")).isEqualTo("laetitia");
    }

    @Test
    void makesTheFamilySpellingsOneFamily() {
        String expected = "fruitsetlegumes";
        assertThat(Keys.normalize("fruits et legumes")).isEqualTo(expected);
        assertThat(Keys.normalize("Fruits_et_Légumes")).isEqualTo(expected);
        assertThat(Keys.normalize("FRUITS_ET_LEGUMES")).isEqualTo(expected);
    }

    @Test
    void keepsDigits() {
        assertThat(Keys.normalize("Farine T80")).isEqualTo("farinet80");
        assertThat(Keys.normalize("ACOMPTE 1")).isEqualTo("acompte1");
    }

    @Test
    void dropsOtherPunctuation() {
        assertThat(Keys.normalize("repas/jour")).isEqualTo("repasjour");
        assertThat(Keys.normalize("Date d'adhésion")).isEqualTo("datedadhesion");
        assertThat(Keys.normalize("\uFEFFdate")).isEqualTo("date");
        assertThat(Keys.normalize("Montant\u00A0HT")).isEqualTo("montantht");
    }

    @Test
    void leavesANormalizedKeyAsItIs() {
        assertThat(Keys.normalize("montantht")).isEqualTo("montantht");
    }

    @Test
    void turnsNullAndBlankIntoTheEmptyKey() {
        assertThat(Keys.normalize(null)).isEmpty();
        assertThat(Keys.normalize("")).isEmpty();
        assertThat(Keys.normalize("  _-_ ")).isEmpty();
    }
}
