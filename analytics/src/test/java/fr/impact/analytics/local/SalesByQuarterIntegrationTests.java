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
 * {@code local/sales_by_quarter.sql}: one group per calendar quarter with lines ({@code 2024-T1}).
 * Every expected value worked out by hand from the standard lines L01–L13
 * ({@link AnalyticsFixture#PERCHE_SALES}); each group reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}.
 */
class SalesByQuarterIntegrationTests {

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
    void groupsTheLinesOfEachQuarter() throws Exception {
        assertThat(breakdown(Dimension.QUARTER, new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30)),
                Filters.NONE)).containsExactly(
                // L01 P1 20 (10 kg) + L02 P2 60 (5 kg)
                "2023-T4 \"2023-T4\" lines=2 total=80 local=80 parc=20 proche=60 eloigne=0 unknown=0/0 kg=15/15 l=0",
                // January 330 + February 210 + March 170 = 710; local 330 + 90 + 40 = 460;
                // parc L03 100 + L07 90; proche L04 150 + L05 80 + L09 40; kg 62 + 8 + 10, local 62
                "2024-T1 \"2024-T1\" lines=7 total=710 local=460 parc=190 proche=270 eloigne=120 unknown=130/1 kg=80/62 l=30",
                // April 20 + May 36 + June 25 = 81; local 20 + 36; parc L10 -10; proche L11 30 + L12 36;
                // kg -5 + 1.5 + 2
                "2024-T2 \"2024-T2\" lines=4 total=81 local=56 parc=-10 proche=66 eloigne=25 unknown=0/0 kg=-1.5/-1.5 l=5");
    }

    @Test
    void anEmptyPeriodHasNoGroup() throws Exception {
        assertThat(breakdown(Dimension.QUARTER, Period.year(2022), Filters.NONE)).isEmpty();
    }
}
