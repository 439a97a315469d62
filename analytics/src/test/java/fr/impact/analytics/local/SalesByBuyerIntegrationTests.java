package fr.impact.analytics.local;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local/sales_by_buyer.sql}: one group per buyer ({@code hub/id}), named from the buyers file, else the lines.
 * Every expected value worked out by hand from the standard lines L01–L13
 * ({@link AnalyticsFixture#PERCHE_SALES}); each group reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}.
 */
class SalesByBuyerIntegrationTests {

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

    List<String> breakdown(Dimension d, Period p, Filters f) throws Exception {
        return fx.local().breakdown(d, p, f).stream().map(AnalyticsFixture::describe).toList();
    }

    @Test
    void groupsTheLinesOfEachBuyer() throws Exception {
        assertThat(breakdown(Dimension.BUYER, H1_2024, Filters.NONE)).containsExactly(
                // L03 P1 100 (50 kg) + L04 P2 150 (12 kg) + L10 P1 -10 (-5 kg) + L11 P3 30 (1.5 kg)
                "default/C1 \"École Jules Ferry\" lines=4 total=270 local=270 parc=90 proche=180 eloigne=0 "
                        + "unknown=0/0 kg=58.5/58.5 l=0",
                // L05 P3 80 + L06 P4 120 (8 kg) + L12 P2 36 (2 kg)
                "default/C2 \"EHPAD Les Tilleuls\" lines=3 total=236 local=116 parc=0 proche=116 eloigne=120 "
                        + "unknown=0/0 kg=10/2 l=0",
                // L07 P1 90 (30 l)
                "default/C3 \"Le Bistrot du Perche\" lines=1 total=90 local=90 parc=90 proche=0 eloigne=0 "
                        + "unknown=0/0 kg=0/0 l=30",
                // not in the buyers file: named from its lines; L08 P9 130 (10 kg) + L13 P4 25 (5 l)
                "default/C4 \"Restaurant administratif de Mortagne\" lines=2 total=155 local=0 parc=0 proche=0 "
                        + "eloigne=25 unknown=130/1 kg=10/0 l=5",
                // L09 P2 40 (dozen)
                "default/C5 \"Association Perche Nature\" lines=1 total=40 local=40 parc=0 proche=40 eloigne=0 "
                        + "unknown=0/0 kg=0/0 l=0");
    }

    @Test
    void aProducerFilterKeepsOnlyItsBuyers() throws Exception {
        // P3: L05 to C2 (80) and L11 to C1 (30, 1500 g)
        assertThat(breakdown(Dimension.BUYER, H1_2024, Filters.NONE.withProducer("P3"))).containsExactly(
                "default/C1 \"École Jules Ferry\" lines=1 total=30 local=30 parc=0 proche=30 eloigne=0 "
                        + "unknown=0/0 kg=1.5/1.5 l=0",
                "default/C2 \"EHPAD Les Tilleuls\" lines=1 total=80 local=80 parc=0 proche=80 eloigne=0 "
                        + "unknown=0/0 kg=0/0 l=0");
    }
}
