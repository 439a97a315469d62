package fr.impact.analytics.local;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local/sales_by_origin_level.sql}: one group per origin level, resolved from the current
 * producers and territory files — a listed commune first, else its department (2A/2B for
 * Corsica, 3 characters overseas), else ELOIGNE; a producer in no file is INCONNU. Every
 * expected value worked out by hand; each group reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}.
 */
class SalesByOriginLevelIntegrationTests {

    @TempDir
    Path dir;

    AnalyticsFixture fx;

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    List<String> byLevel(Period p) throws Exception {
        return fx.local().breakdown(Dimension.ORIGIN_LEVEL, p, Filters.NONE).stream()
                .map(AnalyticsFixture::describe).toList();
    }

    @Test
    void groupsTheStandardLinesByLevel() throws Exception {
        fx = AnalyticsFixture.inMemory(dir).perche();

        assertThat(byLevel(H1_2024)).containsExactly(
                // P4 (62160, listed nowhere): L06 120 (8000 g) + L13 25 (500 cl)
                "ELOIGNE \"ELOIGNE\" lines=2 total=145 local=0 parc=0 proche=0 eloigne=145 unknown=0/0 kg=8/0 l=5",
                // P9 (in no producers file): L08 130 (10 kg)
                "INCONNU \"INCONNU\" lines=1 total=130 local=0 parc=0 proche=0 eloigne=0 unknown=130/1 kg=10/0 l=0",
                // P1 (commune 61293 listed PARC, although its department 61 is listed PROCHE):
                // L03 100 (50 kg) + L07 90 (30 l) + L10 -10 (-5 kg)
                "PARC \"PARC\" lines=3 total=180 local=180 parc=180 proche=0 eloigne=0 unknown=0/0 kg=45/45 l=30",
                // P2 (61214, department 61): L04 150 (12 kg) + L09 40 + L12 36 (2 kg);
                // P3 (28280, department 28): L05 80 + L11 30 (1.5 kg)
                "PROCHE \"PROCHE\" lines=5 total=336 local=336 parc=0 proche=336 eloigne=0 unknown=0/0 kg=15.5/15.5 l=0");
    }

    /** Another park, to show nothing is tied to the Perche: Corsican and overseas departments. */
    @Nested
    class CorsicaAndOverseas {

        // One line per producer, amounts 10, 20, 40, 80, 160 so that any wrong grouping shows.
        static final String[] SALES = {
            "10/03/2024;K-1;1;B1;Cantine d'Ajaccio;RESTAURATION_SCOLAIRE;K1;;Clémentines;FRUITS_ET_LEGUMES;5;kg;;10,00;",
            "10/03/2024;K-1;2;B1;Cantine d'Ajaccio;RESTAURATION_SCOLAIRE;K2;;Brocciu;PRODUITS_LAITIERS;2;kg;;20,00;",
            "10/03/2024;K-1;3;B1;Cantine d'Ajaccio;RESTAURATION_SCOLAIRE;K3;;Coppa;CHARCUTERIE;1;kg;;40,00;",
            "10/03/2024;K-1;4;B1;Cantine d'Ajaccio;RESTAURATION_SCOLAIRE;K4;;Letchis;FRUITS_ET_LEGUMES;8;kg;;80,00;",
            "10/03/2024;K-1;5;B1;Cantine d'Ajaccio;RESTAURATION_SCOLAIRE;K5;;Rhum;BOISSONS;10;l;;160,00;"};

        @Test
        void findsTheDepartmentOfCorsicanAndOverseasCommunes() throws Exception {
            fx = AnalyticsFixture.inMemory(dir);
            fx.territory(
                    "2A004;PARC;Ajaccio",
                    "2A;PROCHE;Corse-du-Sud",
                    "974;PROCHE;La Réunion");
            fx.producers(
                    "K1;Agrumes d'Ajaccio;2A004", // its commune is listed → PARC
                    "K2;Bergerie de Bonifacio;2A041", // Corse-du-Sud (2A) listed → PROCHE
                    "K3;Charcuterie de Bastia;2B033", // Haute-Corse (2B) not listed → ELOIGNE
                    "K4;Vergers de Saint-Denis;97411", // La Réunion (974, 3 characters) listed → PROCHE
                    "K5;Distillerie de Fort-de-France;97209"); // Martinique (972) not listed → ELOIGNE
            fx.sales(SALES);

            assertThat(byLevel(Period.year(2024))).containsExactly(
                    // K3 40 + K5 160 (10 l)
                    "ELOIGNE \"ELOIGNE\" lines=2 total=200 local=0 parc=0 proche=0 eloigne=200 unknown=0/0 kg=1/0 l=10",
                    // K1 10 (5 kg)
                    "PARC \"PARC\" lines=1 total=10 local=10 parc=10 proche=0 eloigne=0 unknown=0/0 kg=5/5 l=0",
                    // K2 20 (2 kg) + K4 80 (8 kg)
                    "PROCHE \"PROCHE\" lines=2 total=100 local=100 parc=0 proche=100 eloigne=0 unknown=0/0 kg=10/10 l=0");
        }
    }
}
