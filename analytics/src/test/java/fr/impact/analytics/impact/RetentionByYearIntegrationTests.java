package fr.impact.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Segment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact/retention_by_year.sql}: for each calendar year Y of the period, the buyers
 * active in Y − 1 (a line with a positive amount), how many are still active in Y, and the
 * rate. Every expected value worked out by hand; each year reads
 * {@code year previous-active retained active rate}.
 */
class RetentionByYearIntegrationTests {

    @TempDir
    Path dir;

    AnalyticsFixture fx;

    // B4 is a restaurant, the others school canteens (typed on the lines). Active each year:
    //   2022: B1 B2 B3 B4
    //   2023: B1 B2 B5 (B3 gets a credit note only)
    //   2024: B1 (10/02) B6 (05/03) B5 (15/06)
    @BeforeEach
    void load() throws Exception {
        fx = AnalyticsFixture.inMemory(dir);
        String school = "RESTAURATION_SCOLAIRE;R1;Ferme;Légumes;FRUITS_ET_LEGUMES;";
        fx.sales(
                "15/03/2022;G22;1;B1;Cantine 1;" + school + "10;kg;;20,00;",
                "15/03/2022;G22;2;B2;Cantine 2;" + school + "10;kg;;20,00;",
                "15/03/2022;G22;3;B3;Cantine 3;" + school + "10;kg;;20,00;",
                "15/03/2022;G22;4;B4;Bistrot;RESTAURANT;R1;Ferme;Légumes;FRUITS_ET_LEGUMES;10;kg;;20,00;",
                "10/02/2023;G23;1;B1;Cantine 1;" + school + "10;kg;;20,00;",
                "10/02/2023;G23;2;B2;Cantine 2;" + school + "10;kg;;20,00;",
                "10/02/2023;AV23;1;B3;Cantine 3;" + school + "-2;kg;;-5,00;",
                "10/02/2023;G23;3;B5;Cantine 5;" + school + "10;kg;;20,00;",
                "10/02/2024;G24;1;B1;Cantine 1;" + school + "10;kg;;20,00;",
                "05/03/2024;G24;2;B6;Cantine 6;" + school + "10;kg;;20,00;",
                "15/06/2024;G24;3;B5;Cantine 5;" + school + "10;kg;;20,00;");
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    List<String> retention(Period p, Filters f) throws Exception {
        return fx.impact().retentionByYear(p, f).stream()
                .map(r -> r.year() + " " + r.previousActive() + " " + r.retained() + " " + r.active() + " "
                        + r.rate().map(AnalyticsFixture::sixDecimals).map(AnalyticsFixture::num).orElse("-"))
                .toList();
    }

    @Test
    void followsTheBuyersOfEachYearIntoTheNext() throws Exception {
        assertThat(retention(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)), Filters.NONE))
                .containsExactly(
                        // 2022: B1 B2 B3 B4; still active in 2023: B1 B2 (B3 only got a credit note) → 2 / 4
                        "2023 4 2 3 0.5",
                        // 2023: B1 B2 B5; still active in 2024: B1 B5 → 2 / 3 = 0.666667
                        "2024 3 2 3 0.666667");
    }

    @Test
    void theYearBeforeThePeriodCountsAsTheBase() throws Exception {
        // only 2024 is asked; its base, 2023, lies before the period
        assertThat(retention(Period.year(2024), Filters.NONE)).containsExactly("2024 3 2 3 0.666667");
    }

    @Test
    void nothingAfterThePeriodsEndCounts() throws Exception {
        // up to 31/03/2024: B5 comes back only in June; active: B1, B6
        assertThat(retention(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)), Filters.NONE))
                .containsExactly("2024 3 1 2 0.333333");
    }

    @Test
    void countsWithinTheFilters() throws Exception {
        // school canteens only: 2022 B1 B2 B3 (not B4), 2 of them active in 2023 → 0.666667
        assertThat(retention(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)),
                Filters.NONE.withSegment(Segment.RESTAURATION_SCOLAIRE)))
                .containsExactly("2023 3 2 3 0.666667", "2024 3 2 3 0.666667");
    }

    @Test
    void aYearWithNoBuyerTheYearBeforeHasNoRate() throws Exception {
        // 2021 had no sale; 2022 had 4 active buyers
        assertThat(retention(Period.year(2022), Filters.NONE)).containsExactly("2022 0 0 4 -");
        assertThat(retention(Period.year(2021), Filters.NONE)).containsExactly("2021 0 0 0 -");
    }
}
