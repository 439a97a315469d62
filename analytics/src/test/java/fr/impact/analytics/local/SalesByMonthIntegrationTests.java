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
 * {@code local/sales_by_month.sql}: one group per calendar month with lines, in order.
 * Every expected value worked out by hand from the standard lines L01–L13
 * ({@link AnalyticsFixture#PERCHE_SALES}); each group reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}.
 */
class SalesByMonthIntegrationTests {

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
    void groupsTheLinesOfEachMonth() throws Exception {
        assertThat(breakdown(Dimension.MONTH, H1_2024, Filters.NONE)).containsExactly(
                // L03 P1 100 (50 kg) + L04 P2 150 (12 kg) + L05 P3 80 (pieces)
                "2024-01 \"2024-01\" lines=3 total=330 local=330 parc=100 proche=230 eloigne=0 unknown=0/0 kg=62/62 l=0",
                // L06 P4 120 (8000 g) + L07 P1 90 (30 l)
                "2024-02 \"2024-02\" lines=2 total=210 local=90 parc=90 proche=0 eloigne=120 unknown=0/0 kg=8/0 l=30",
                // L08 P9 130 (10 kg, INCONNU) + L09 P2 40 (dozen)
                "2024-03 \"2024-03\" lines=2 total=170 local=40 parc=0 proche=40 eloigne=0 unknown=130/1 kg=10/0 l=0",
                // L10 P1 credit note -10 (-5 kg) + L11 P3 30 (1500 g)
                "2024-04 \"2024-04\" lines=2 total=20 local=20 parc=-10 proche=30 eloigne=0 unknown=0/0 kg=-3.5/-3.5 l=0",
                // L12 P2 36 (2 kg)
                "2024-05 \"2024-05\" lines=1 total=36 local=36 parc=0 proche=36 eloigne=0 unknown=0/0 kg=2/2 l=0",
                // L13 P4 25 (500 cl)
                "2024-06 \"2024-06\" lines=1 total=25 local=0 parc=0 proche=0 eloigne=25 unknown=0/0 kg=0/0 l=5");
    }

    @Test
    void leavesOutMonthsWithoutLinesAndCutsMonthsAtThePeriodsEnds() throws Exception {
        // 20/11/2023 → 10/01/2024: L01 (15/11) is before; December has L02 only (60, P2, 5 kg);
        // January up to the 10th: L03 100 + L04 150; no month in between is listed empty
        assertThat(breakdown(Dimension.MONTH, new Period(LocalDate.of(2023, 11, 20), LocalDate.of(2024, 1, 10)),
                Filters.NONE)).containsExactly(
                "2023-12 \"2023-12\" lines=1 total=60 local=60 parc=0 proche=60 eloigne=0 unknown=0/0 kg=5/5 l=0",
                "2024-01 \"2024-01\" lines=2 total=250 local=250 parc=100 proche=150 eloigne=0 unknown=0/0 kg=62/62 l=0");
    }

    @Test
    void anEmptyPeriodHasNoGroup() throws Exception {
        assertThat(breakdown(Dimension.MONTH, Period.year(2022), Filters.NONE)).isEmpty();
    }
}
