package fr.impact.analytics.directory;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static fr.impact.analytics.AnalyticsFixture.num;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code directory/producers_in_period.sql}, {@code directory/buyers_in_period.sql} and the
 * hubs queries. Every expected value worked out by hand from the standard lines L01–L13
 * ({@link AnalyticsFixture#PERCHE_SALES}); in H1 2024 (L03–L13) the hub sells 791.
 */
class DirectoryIntegrationTests {

    @TempDir
    Path dir;

    AnalyticsFixture fx;

    @BeforeEach
    void load() throws Exception {
        fx = AnalyticsFixture.inMemory(dir).perche();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    Directory directory() {
        return fx.analytics().directory();
    }

    /** {@code hub/id "name" commune(name) level lines total buyers hubTotal first}. */
    static String describe(ProducerSummary p) {
        return p.hub() + "/" + p.id() + " \"" + p.name() + "\" " + p.commune().orElse("-") + "("
                + p.communeName().orElse("-") + ") " + p.originLevel() + " lines=" + p.lines() + " total="
                + num(p.totalHt()) + " buyers=" + p.buyers() + " hub=" + num(p.hubTotalHt()) + " first="
                + p.firstSale().map(Object::toString).orElse("-");
    }

    /** {@code hub/id "name" segment commune(name) lines total local producers egalim=total/bio/siqo/autres/ext meat=total/egalim first}. */
    static String describe(BuyerSummary b) {
        var e = b.egalim();
        return b.hub() + "/" + b.id() + " \"" + b.name() + "\" " + b.segment() + " " + b.commune().orElse("-") + "("
                + b.communeName().orElse("-") + ") lines=" + b.lines() + " total=" + num(b.totalHt()) + " local="
                + num(b.localHt()) + " producers=" + b.producers() + " egalim=" + num(e.totalHt()) + "/"
                + num(e.bioHt()) + "/" + num(e.siqoHt()) + "/" + num(e.autresEgalimHt()) + "/"
                + num(e.externalitesPerformanceHt()) + " meat=" + num(e.meatFishTotalHt()) + "/"
                + num(e.meatFishEgalimHt()) + " first=" + b.firstPurchase().map(Object::toString).orElse("-");
    }

    List<String> producers(Period p, Filters f) throws Exception {
        return directory().producers(p, f).stream().map(DirectoryIntegrationTests::describe).toList();
    }

    List<String> buyers(Period p, Filters f) throws Exception {
        return directory().buyers(p, f).stream().map(DirectoryIntegrationTests::describe).toList();
    }

    @Nested
    class Producers {

        @Test
        void listsEveryProducerWithItsFiguresLargestFirst() throws Exception {
            assertThat(producers(H1_2024, Filters.NONE)).containsExactly(
                    // L04 150 (C1) + L09 40 (C5) + L12 36 (C2); 61214 is not a listed commune, its department 61 is
                    "default/P2 \"GAEC de la Vallée\" 61214(-) PROCHE lines=3 total=226 buyers=3 hub=791 first=2023-12-05",
                    // L03 100 (C1) + L07 90 (C3) + L10 -10 (C1, a credit note); first line L01 in 2023
                    "default/P1 \"Ferme du Bois Joli\" 61293(Mortagne-au-Perche) PARC lines=3 total=180 buyers=2 hub=791 "
                            + "first=2023-11-15",
                    // L06 120 (C2) + L13 25 (C4)
                    "default/P4 \"Coopérative de la Côte d'Opale\" 62160(-) ELOIGNE lines=2 total=145 buyers=2 hub=791 "
                            + "first=2024-02-14",
                    // L08 130 (C4); in no producers file: named from its line, no commune
                    "default/P9 \"Boucherie Martin\" -(-) INCONNU lines=1 total=130 buyers=1 hub=791 first=2024-03-05",
                    // L05 80 (C2) + L11 30 (C1)
                    "default/P3 \"Fromagerie de Nogent\" 28280(-) PROCHE lines=2 total=110 buyers=2 hub=791 "
                            + "first=2024-01-25");
        }

        @Test
        void theShareOfTheHubAndTheLocalFlag() throws Exception {
            ProducerSummary p2 = directory().producers(H1_2024, Filters.NONE).get(0);
            // 226 / 791 = 0.285714…
            assertThat(AnalyticsFixture.sixDecimals(p2.shareOfHub().orElseThrow())).isEqualByComparingTo("0.285714");
            assertThat(p2.local()).isTrue();
            ProducerSummary p4 = directory().producers(H1_2024, Filters.NONE).get(2);
            assertThat(p4.local()).isFalse();
        }

        @Test
        void aProducerWithoutALineInTheFiltersIsListedWithZeros() throws Exception {
            // FRUITS_ET_LEGUMES in H1 2024: L03 100 and L10 -10, both P1 to C1
            List<ProducerSummary> all = directory().producers(H1_2024, Filters.NONE.withFamily(Family.FRUITS_ET_LEGUMES));
            assertThat(all).hasSize(5);
            assertThat(describe(all.get(0))).isEqualTo("default/P1 \"Ferme du Bois Joli\" 61293(Mortagne-au-Perche) PARC "
                    + "lines=2 total=90 buyers=1 hub=90 first=2023-11-15");
            assertThat(all.get(0).shareOfHub()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1"));
            // ties at zero: by hub, then id
            assertThat(all.subList(1, 5)).extracting(ProducerSummary::id).containsExactly("P2", "P3", "P4", "P9");
            assertThat(all.get(1).totalHt()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(all.get(1).shareOfHub()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0"));
        }

        @Test
        void anEmptyPeriodHasNoShare() throws Exception {
            List<ProducerSummary> all = directory().producers(Period.year(2022), Filters.NONE);
            assertThat(all).extracting(ProducerSummary::id).containsExactly("P1", "P2", "P3", "P4", "P9");
            assertThat(all.get(0).shareOfHub()).isEmpty();
        }

        @Test
        void theSameIdInAnotherHubIsAnotherProducer() throws Exception {
            fx.salesInHub("drive-fermier",
                    "12/03/2024;D-001;1;C1;Collège du Perche;RESTAURATION_SCOLAIRE;P1;Ferme du Bois Joli;Pommes;FRUITS_ET_LEGUMES;20;kg;;44,00;");

            assertThat(directory().hubs()).containsExactly("default", "drive-fermier");
            assertThat(directory().hubsOfProducer("P1")).containsExactly("default", "drive-fermier");
            assertThat(directory().hubsOfProducer("P3")).containsExactly("default");
            assertThat(directory().hubsOfProducer("P404")).isEmpty();
            // its hub's total is its own 44; not in that hub's producers file → INCONNU
            assertThat(directory().producer("drive-fermier", "P1", H1_2024, Filters.NONE).map(DirectoryIntegrationTests::describe))
                    .hasValue("drive-fermier/P1 \"Ferme du Bois Joli\" -(-) INCONNU lines=1 total=44 buyers=1 hub=44 "
                            + "first=2024-03-12");
            assertThat(producers(H1_2024, Filters.NONE.withHub("drive-fermier"))).hasSize(1);
            assertThat(directory().producer("drive-fermier", "P2", H1_2024, Filters.NONE)).isEmpty();
        }

        @Test
        void oneProducersDetailKeepsItsHubsTotal() throws Exception {
            // filtered to P3 (L05 80, L11 30), its hub still sells 791
            assertThat(directory().producer("default", "P3", H1_2024, Filters.NONE).map(DirectoryIntegrationTests::describe))
                    .hasValue("default/P3 \"Fromagerie de Nogent\" 28280(-) PROCHE lines=2 total=110 buyers=2 hub=791 "
                            + "first=2024-01-25");
        }
    }

    @Nested
    class Buyers {

        @Test
        void listsEveryBuyerWithItsFiguresLargestFirst() throws Exception {
            assertThat(buyers(H1_2024, Filters.NONE)).containsExactly(
                    // L03 100 P1 BIO, L04 150 P2 BIO (meat), L10 -10 P1 BIO, L11 30 P3 SIQO; all local
                    "default/C1 \"École Jules Ferry\" RESTAURATION_SCOLAIRE 61293(Mortagne-au-Perche) lines=4 total=270 "
                            + "local=270 producers=3 egalim=270/240/30/0/0 meat=150/150 first=2023-11-15",
                    // L05 80 P3 SIQO, L06 120 P4 (ELOIGNE) AUTRES_EGALIM (fish), L12 36 P2 EXTERNALITES_PERFORMANCE
                    "default/C2 \"EHPAD Les Tilleuls\" RESTAURATION_MEDICO_SOCIALE 61345(Rémalard-en-Perche) lines=3 "
                            + "total=236 local=116 producers=3 egalim=236/0/80/120/36 meat=120/120 first=2024-01-25",
                    // not in the buyers file, typed on its lines: L08 130 P9 (INCONNU, meat) + L13 25 P4 (ELOIGNE)
                    "default/C4 \"Restaurant administratif de Mortagne\" RESTAURATION_COLLECTIVE_AUTRE -(-) lines=2 "
                            + "total=155 local=0 producers=2 egalim=155/0/0/0/0 meat=130/0 first=2024-03-05",
                    // L07 90 P1: the file says RESTAURANT (its line says school); no EGalim outside collective catering
                    "default/C3 \"Le Bistrot du Perche\" RESTAURANT 28280(-) lines=1 total=90 local=90 producers=1 "
                            + "egalim=0/0/0/0/0 meat=0/0 first=2023-12-05",
                    // in no file, untyped → AUTRE: L09 40 P2
                    "default/C5 \"Association Perche Nature\" AUTRE -(-) lines=1 total=40 local=40 producers=1 "
                            + "egalim=0/0/0/0/0 meat=0/0 first=2024-03-18");
        }

        @Test
        void sharesAreGivenForCollectiveCateringOnly() throws Exception {
            List<BuyerSummary> all = directory().buyers(H1_2024, Filters.NONE);
            BuyerSummary c2 = all.get(1);
            // 116 / 236 local; EGalim (80 + 120 + 36) / 236 = 1; bio 0
            assertThat(AnalyticsFixture.sixDecimals(c2.localShare().orElseThrow())).isEqualByComparingTo("0.491525");
            assertThat(c2.egalimShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1"));
            assertThat(c2.bioShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0"));
            BuyerSummary c3 = all.get(3);
            assertThat(c3.collectiveCatering()).isFalse();
            assertThat(c3.bioShare()).isEmpty();
            assertThat(c3.egalimShare()).isEmpty();
        }

        @Test
        void theSegmentFilterSelectsBuyers() throws Exception {
            // the buyers file makes C3 a restaurant although L07 says school: only C1 is a school
            assertThat(directory().buyers(H1_2024, Filters.NONE.withSegment(Segment.RESTAURATION_SCOLAIRE)))
                    .extracting(BuyerSummary::id).containsExactly("C1");
        }

        @Test
        void oneBuyersDetailIgnoresTheSegmentFilter() throws Exception {
            assertThat(directory().buyer("default", "C5", H1_2024, Filters.NONE.withSegment(Segment.RESTAURANT))
                    .map(BuyerSummary::totalHt)).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("40"));
            assertThat(directory().buyer("default", "C9", H1_2024, Filters.NONE)).isEmpty();
            assertThat(directory().hubsOfBuyer("C4")).containsExactly("default");
            assertThat(directory().hubsOfBuyer("C9")).isEmpty();
        }
    }
}
