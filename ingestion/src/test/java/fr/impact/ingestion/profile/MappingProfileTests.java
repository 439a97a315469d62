package fr.impact.ingestion.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.rules.FileCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping profile: another software's columns renamed to ours, constants, a derived {@code ligne}. */
class MappingProfileTests {

    static MappingProfile parse(String... lines) throws FileRefusedException {
        return MappingProfile.parse("profil.txt", List.of(lines));
    }

    static FileRefusedException refusal(String... lines) {
        return catchThrowableOfType(FileRefusedException.class, () -> parse(lines));
    }

    @Nested
    class Reads {

        @Test
        void renamesColumnsKeyedByTheirNormalizedHeader() throws Exception {
            MappingProfile p = parse(
                    "colonne.Date pièce = date",
                    "colonne.N° pièce = facture",
                    "column.Code tiers = client_id");

            assertThat(p.renames()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "datepiece", "date",
                    "npiece", "facture",
                    "codetiers", "client_id"));
        }

        @Test
        void setsConstantsKeyedByTheNormalizedColumn() throws Exception {
            MappingProfile p = parse("constante.unite = kg", "constant.Client_Type = Restaurant");

            assertThat(p.constants()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "unite", "kg",
                    "clienttype", "Restaurant"));
        }

        @Test
        void derivesLigneAsTheRank() throws Exception {
            assertThat(parse("ligne = rang").deriveLineRank()).isTrue();
            assertThat(parse("line = rank").deriveLineRank()).isTrue();
            assertThat(parse("ligne = Rang dans la facture").deriveLineRank()).isTrue();
            assertThat(parse("nom = X").deriveLineRank()).isFalse();
        }

        @Test
        void readsTheSeparator() throws Exception {
            assertThat(parse("separateur = tab").delimiter()).contains('\t');
            assertThat(parse("séparateur = Tabulation").delimiter()).contains('\t');
            assertThat(parse("separateur = ;").delimiter()).contains(';');
            assertThat(parse("delimiter = ,").delimiter()).contains(',');
            assertThat(parse("nom = X").delimiter()).isEmpty();
        }

        @Test
        void readsTheSheetAndTheName() throws Exception {
            MappingProfile p = parse("nom = Logiciel B", "feuille = Ventes 2024");

            assertThat(p.name()).isEqualTo("Logiciel B");
            assertThat(p.sheet()).contains("Ventes 2024");
        }

        @Test
        void isNamedAfterItsFileWhenItHasNoName() throws Exception {
            assertThat(parse("ligne = rang").name()).isEqualTo("profil.txt");
        }

        @Test
        void ignoresCommentsAndBlankLines() throws Exception {
            MappingProfile p = parse(
                    "# Profil du logiciel B",
                    "   # commentaire indenté",
                    "",
                    "   ",
                    "colonne.Total HT = montant_ht   # montant hors taxes",
                    "constante.unite = kg # tout est vendu au kilo");

            assertThat(p.renames()).containsExactlyEntriesOf(Map.of("totalht", "montant_ht"));
            assertThat(p.constants()).containsExactlyEntriesOf(Map.of("unite", "kg"));
            assertThat(p.deriveLineRank()).isFalse();
            assertThat(p.delimiter()).isEmpty();
            assertThat(p.sheet()).isEmpty();
        }

        @Test
        void anEmptyProfileChangesNothing() throws Exception {
            MappingProfile p = parse("# rien");

            assertThat(p).isEqualTo(new MappingProfile("profil.txt", Map.of(), Map.of(), false,
                    Optional.empty(), Optional.empty()));
        }
    }

    @Nested
    class Refuses {

        @Test
        void aLineWithoutEqualsSignWithItsLineNumber() {
            FileRefusedException e = refusal("# profil", "nom = B", "colonne.Date pièce date");

            assertThat(e.code()).isEqualTo(FileCode.BAD_PROFILE);
            assertThat(e.args()).first().isEqualTo("3");
        }

        @Test
        void aLineStartingWithEqualsSign() {
            FileRefusedException e = refusal("= date");

            assertThat(e.code()).isEqualTo(FileCode.BAD_PROFILE);
            assertThat(e.args()).first().isEqualTo("1");
        }

        @Test
        void anUnknownKeyNamingIt() {
            FileRefusedException e = refusal("nom = B", "", "couleur = bleu");

            assertThat(e.code()).isEqualTo(FileCode.BAD_PROFILE);
            assertThat(e.args()).first().isEqualTo("3");
            assertThat(e.args().get(1)).contains("couleur");
        }

        @Test
        void aLigneThatIsNotTheRank() {
            FileRefusedException e = refusal("ligne = numéro");

            assertThat(e.code()).isEqualTo(FileCode.BAD_PROFILE);
            assertThat(e.args()).first().isEqualTo("1");
        }

        @Test
        void aSeparatorOfSeveralCharacters() {
            FileRefusedException e = refusal("separateur = point-virgule");

            assertThat(e.code()).isEqualTo(FileCode.BAD_PROFILE);
        }
    }

    @Nested
    class ProfileFile {

        @TempDir
        Path dir;

        @Test
        void readsAUtf8FileWithAccentedHeaders() throws Exception {
            Path f = dir.resolve("logiciel-b.properties");
            Files.writeString(f, "nom = Logiciel B\ncolonne.Quantité livrée = quantite\nligne = rang\n",
                    StandardCharsets.UTF_8);

            MappingProfile p = MappingProfile.read(f);

            assertThat(p.name()).isEqualTo("Logiciel B");
            assertThat(p.renames()).containsExactlyEntriesOf(Map.of("quantitelivree", "quantite"));
            assertThat(p.deriveLineRank()).isTrue();
        }

        @Test
        void readsAFileSavedWithABomWhoseFirstLineIsAKey() throws Exception {
            Path f = dir.resolve("bom.properties");
            Files.writeString(f, "\uFEFFnom = Logiciel B\nligne = rang\n", StandardCharsets.UTF_8);

            assertThat(MappingProfile.read(f).name()).isEqualTo("Logiciel B");
        }

        @Test
        void readsAFileSavedWithABomWhoseFirstLineIsAComment() throws Exception {
            // Windows Notepad (before 2019) saved UTF-8 with a BOM
            Path f = dir.resolve("bom-comment.properties");
            Files.writeString(f, "\uFEFF# Profil du logiciel B\nnom = Logiciel B\n", StandardCharsets.UTF_8);

            assertThat(MappingProfile.read(f).name()).isEqualTo("Logiciel B");
        }
    }
}
