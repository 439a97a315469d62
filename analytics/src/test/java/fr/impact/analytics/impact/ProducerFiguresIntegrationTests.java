package fr.impact.analytics.impact;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Family;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact/sales_by_producer_with_first_date.sql} and {@link Impact#producers}: active
 * producers (a line with a positive amount), local and active, new (active, and their earliest
 * line ever — any sign, segment, family — falls in the period), and concentration (top 5 share,
 * HHI) over producers whose net sales are positive. Every expected value worked out by hand.
 */
class ProducerFiguresIntegrationTests {

    @TempDir
    Path dir;

    AnalyticsFixture fx;

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    @Test
    void countsTheStandardProducers() throws Exception {
        fx = AnalyticsFixture.inMemory(dir).perche();

        ProducerFigures f = fx.impact().producers(H1_2024, Filters.NONE);

        // P1, P2, P3, P4, P9 each have a positive line in H1 2024
        assertThat(f.active()).isEqualTo(5);
        // P1 PARC, P2 and P3 PROCHE (P4 ELOIGNE, P9 INCONNU)
        assertThat(f.localActive()).isEqualTo(3);
        // P3 (first line 25/01/2024), P4 (14/02/2024), P9 (05/03/2024); P1 (L01 15/11/2023) and
        // P2 (L02 05/12/2023) sold before
        assertThat(f.newOnes()).isEqualTo(3);
        // five producers with positive nets: the top 5 are all of them
        assertThat(f.top5Share()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        // nets 180, 226, 110, 145, 130 of 791: (180² + 226² + 110² + 145² + 130²) / 791²
        // = (32400 + 51076 + 12100 + 21025 + 16900) / 625681 = 133501 / 625681 = 0.213368…7 → 0.213369
        assertThat(f.hhi()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.213369"));
    }

    /**
     * Eight producers with round figures. Q1–Q4 and Q7 in the park (61293, PARC), Q5, Q6, Q8 in
     * Paris (ELOIGNE). 2023: Q1 a credit note only (its earliest line), Q2 25.00 of BOISSONS.
     * 2024 (all FRUITS_ET_LEGUMES): Q1 500, Q2 300, Q3 100, Q4 50, Q5 30, Q6 20; Q7 a credit note
     * only (-15); Q8 40 then a credit note of -40 (net 0).
     */
    @Nested
    class Concentration {

        void load() throws Exception {
            fx = AnalyticsFixture.inMemory(dir);
            fx.territory("61293;PARC;Mortagne-au-Perche");
            fx.producers(
                    "Q1;Ferme Un;61293", "Q2;Ferme Deux;61293", "Q3;Ferme Trois;61293", "Q4;Ferme Quatre;61293",
                    "Q5;Ferme Cinq;75056", "Q6;Ferme Six;75056", "Q7;Ferme Sept;61293", "Q8;Ferme Huit;75056");
            String school = ";B1;Cantine de Bellême;RESTAURATION_SCOLAIRE;";
            fx.sales(
                    "10/10/2023;AV2310;1" + school + "Q1;;Avoir légumes;FRUITS_ET_LEGUMES;-1;kg;;-10,00;",
                    "15/11/2023;G2311;1" + school + "Q2;;Jus de pomme;BOISSONS;10;l;;25,00;",
                    "10/01/2024;G2401;1" + school + "Q1;;Légumes;FRUITS_ET_LEGUMES;250;kg;;500,00;",
                    "10/01/2024;G2401;2" + school + "Q2;;Légumes;FRUITS_ET_LEGUMES;150;kg;;300,00;",
                    "10/01/2024;G2401;3" + school + "Q3;;Légumes;FRUITS_ET_LEGUMES;50;kg;;100,00;",
                    "10/01/2024;G2401;4" + school + "Q4;;Légumes;FRUITS_ET_LEGUMES;25;kg;;50,00;",
                    "10/01/2024;G2401;5" + school + "Q5;;Légumes;FRUITS_ET_LEGUMES;15;kg;;30,00;",
                    "10/01/2024;G2401;6" + school + "Q6;;Légumes;FRUITS_ET_LEGUMES;10;kg;;20,00;",
                    "12/02/2024;AV2402;1" + school + "Q7;;Avoir légumes;FRUITS_ET_LEGUMES;-3;kg;;-15,00;",
                    "12/02/2024;G2402;1" + school + "Q8;;Légumes;FRUITS_ET_LEGUMES;20;kg;;40,00;",
                    "20/02/2024;AV2402;2" + school + "Q8;;Avoir légumes;FRUITS_ET_LEGUMES;-20;kg;;-40,00;");
        }

        @Test
        void leavesProducersWithNetSalesAtOrBelowZeroOutOfTheConcentration() throws Exception {
            load();

            ProducerFigures f = fx.impact().producers(Period.year(2024), Filters.NONE);

            // positive nets 500 + 300 + 100 + 50 + 30 + 20 = 1000 (Q7 -15 and Q8 0 left out);
            // top 5 = 500 + 300 + 100 + 50 + 30 = 980 → 0.98
            assertThat(f.top5Share()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.98"));
            // 0.5² + 0.3² + 0.1² + 0.05² + 0.03² + 0.02² = 0.25 + 0.09 + 0.01 + 0.0025 + 0.0009 + 0.0004
            assertThat(f.hhi()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.3538"));
        }

        @Test
        void countsActiveLocalAndNewProducers() throws Exception {
            load();

            ProducerFigures f = fx.impact().producers(Period.year(2024), Filters.NONE);

            // a positive line: Q1…Q6 and Q8 (its sale came before its credit note); not Q7
            assertThat(f.active()).isEqualTo(7);
            // active and in the park: Q1…Q4 (Q7 is in the park but not active)
            assertThat(f.localActive()).isEqualTo(4);
            // Q3, Q4, Q5, Q6, Q8; not Q1 (earliest line: the 2023 credit note), not Q2 (2023)
            assertThat(f.newOnes()).isEqualTo(5);
            // every producer with a line, largest net first
            assertThat(f.producers()).extracting(p -> p.id() + " " + AnalyticsFixture.num(p.netHt()) + " " + p.active())
                    .containsExactly("Q1 500 true", "Q2 300 true", "Q3 100 true", "Q4 50 true", "Q5 30 true",
                            "Q6 20 true", "Q8 0 true", "Q7 -15 false");
        }

        @Test
        void findsTheEarliestLineOutsideTheFilters() throws Exception {
            load();

            // every 2024 line is FRUITS_ET_LEGUMES; Q2's earliest line (2023) is BOISSONS: still not new
            ProducerFigures f = fx.impact().producers(Period.year(2024), Filters.NONE.withFamily(Family.FRUITS_ET_LEGUMES));

            assertThat(f.active()).isEqualTo(7);
            assertThat(f.newOnes()).isEqualTo(5);
        }

        @Test
        void aProducerWithOnlyACreditNoteIsNotActive() throws Exception {
            load();

            // 2023: Q1's credit note (-10), Q2's 25
            ProducerFigures f = fx.impact().producers(Period.year(2023), Filters.NONE);

            assertThat(f.active()).isEqualTo(1);
            assertThat(f.localActive()).isEqualTo(1);
            assertThat(f.newOnes()).isEqualTo(1);
            // Q2 alone among positive nets
            assertThat(f.top5Share()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
            assertThat(f.hhi()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        }

        @Test
        void anEmptyPeriodHasNoProducerAndNoConcentration() throws Exception {
            load();

            ProducerFigures f = fx.impact().producers(Period.year(2022), Filters.NONE);

            assertThat(f.active()).isZero();
            assertThat(f.localActive()).isZero();
            assertThat(f.newOnes()).isZero();
            assertThat(f.top5Share()).isEmpty();
            assertThat(f.hhi()).isEmpty();
            assertThat(f.producers()).isEmpty();
        }
    }
}
