package fr.impact.ingestion.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.profile.MappingProfile;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How the ledger's coded values and its kinds are recognised. */
class FundingRulesTests {

    @Nested
    class Kinds {

        @Test
        void aHeaderSaysWhichFileItIs() {
            assertThat(FundingKind.ofHeader(new String[] {"Financeur", "Type", "Montant attribué", "Début", "Fin"},
                    MappingProfile.NONE)).contains(FundingKind.GRANTS);
            assertThat(FundingKind.ofHeader(new String[] {"date", "Poste", "Montant HT"}, MappingProfile.NONE))
                    .contains(FundingKind.EXPENDITURES);
            assertThat(FundingKind.ofHeader(new String[] {"date", "financeur", "MONTANT", "nature "},
                    MappingProfile.NONE)).contains(FundingKind.PAYMENTS);
            assertThat(FundingKind.ofHeader(new String[] {"poste", "montant_prevu", "projet"}, MappingProfile.NONE))
                    .contains(FundingKind.BUDGET);
            assertThat(FundingKind.ofHeader(new String[] {"date", "poste", "montant"}, MappingProfile.NONE)).isEmpty();
        }

        @Test
        void aFileNameSuggestsAKind() {
            assertThat(FundingKind.ofFileName("depenses-2019.csv")).contains(FundingKind.EXPENDITURES);
            assertThat(FundingKind.ofFileName("/tmp/Versements reçus.CSV")).contains(FundingKind.PAYMENTS);
            assertThat(FundingKind.ofFileName("Budget_previsionnel.xlsx")).contains(FundingKind.BUDGET);
            assertThat(FundingKind.ofFileName("plan.csv")).isEmpty();
        }

        @Test
        void aProfileRenameCounts() {
            MappingProfile p = new MappingProfile("compta", Map.of("credit", "montant_prevu"), Map.of(), false,
                    MappingProfile.NONE.delimiter(), MappingProfile.NONE.sheet());
            assertThat(FundingKind.ofHeader(new String[] {"poste", "Crédit"}, p)).contains(FundingKind.BUDGET);
        }

        @Test
        void aSheetSaysWhichFileItIsByItsName() {
            assertThat(FundingKind.ofSheet("Financements")).contains(FundingKind.GRANTS);
            assertThat(FundingKind.ofSheet("DÉPENSES")).contains(FundingKind.EXPENDITURES);
            assertThat(FundingKind.ofSheet("versements")).contains(FundingKind.PAYMENTS);
            assertThat(FundingKind.ofSheet("Budget prévisionnel")).contains(FundingKind.BUDGET);
            assertThat(FundingKind.ofSheet("Feuil1")).isEmpty();
        }
    }

    @Nested
    class CodedValues {

        @Test
        void funderTypesByCodeOrUsualName() {
            assertThat(FunderType.parse("public_ue")).contains(FunderType.PUBLIC_UE);
            assertThat(FunderType.parse("FEADER")).contains(FunderType.PUBLIC_UE);
            assertThat(FunderType.parse("État")).contains(FunderType.PUBLIC_ETAT);
            assertThat(FunderType.parse("Région")).contains(FunderType.PUBLIC_REGION);
            assertThat(FunderType.parse("Autofinancement")).contains(FunderType.AUTOFINANCEMENT);
            assertThat(FunderType.parse("mécène")).isEmpty();
            assertThat(FunderType.PUBLIC_COLLECTIVITE.isPublic()).isTrue();
            assertThat(FunderType.PRIVE.isPublic()).isFalse();
            assertThat(FunderType.AUTOFINANCEMENT.isPublic()).isFalse();
        }

        @Test
        void claimsAreWrittenAsFeaderFormsWriteThem() {
            assertThat(Claim.parse("avance")).contains("AVANCE");
            assertThat(Claim.parse("Acompte 1")).contains("ACOMPTE 1");
            assertThat(Claim.parse("acompte n°12")).contains("ACOMPTE 12");
            assertThat(Claim.parse("ACOMPTE_2")).contains("ACOMPTE 2");
            assertThat(Claim.parse("acompte")).contains("ACOMPTE");
            assertThat(Claim.parse("Solde")).contains("SOLDE");
            assertThat(Claim.parse("acompte 0")).isEmpty();
            assertThat(Claim.parse("acompte final")).isEmpty();
        }

        @Test
        void paymentNatures() {
            assertThat(PaymentNature.parse("Avance")).contains(PaymentNature.AVANCE);
            assertThat(PaymentNature.parse("acompte 2")).contains(PaymentNature.ACOMPTE);
            assertThat(PaymentNature.parse("SOLDE")).contains(PaymentNature.SOLDE);
            assertThat(PaymentNature.parse("reliquat")).isEmpty();
        }
    }
}
