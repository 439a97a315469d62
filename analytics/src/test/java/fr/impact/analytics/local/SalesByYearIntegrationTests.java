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
 * {@code local/sales_by_year.sql}: one group per calendar year with lines.
 * Every expected value worked out by hand from the standard lines L01–L13
 * ({@link AnalyticsFixture#PERCHE_SALES}); each group reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}.
 */
class SalesByYearIntegrationTests {

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
    void groupsTheLinesOfEachYear() throws Exception {
        assertThat(breakdown(Dimension.YEAR, new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)),
                Filters.NONE)).containsExactly(
                // L01 20 + L02 60
                "2023 \"2023\" lines=2 total=80 local=80 parc=20 proche=60 eloigne=0 unknown=0/0 kg=15/15 l=0",
                // L03…L13, as in sales_totals: 791, local 516 (parc 180, proche 336), eloigne 145, INCONNU 130
                "2024 \"2024\" lines=11 total=791 local=516 parc=180 proche=336 eloigne=145 unknown=130/1 kg=78.5/60.5 l=35");
    }

    @Test
    void aPeriodAcrossNewYearCutsBothYears() throws Exception {
        // 01/12/2023 → 31/01/2024: L02 60 (5 kg) in 2023; L03 100 + L04 150 + L05 80 in 2024
        assertThat(breakdown(Dimension.YEAR, new Period(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31)),
                Filters.NONE)).containsExactly(
                "2023 \"2023\" lines=1 total=60 local=60 parc=0 proche=60 eloigne=0 unknown=0/0 kg=5/5 l=0",
                "2024 \"2024\" lines=3 total=330 local=330 parc=100 proche=230 eloigne=0 unknown=0/0 kg=62/62 l=0");
    }
}
