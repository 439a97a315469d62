package fr.impact.analytics;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade: the default period ({@code local/sales_date_range.sql}) and the whole indicator
 * document, on the standard data set ({@link AnalyticsFixture#PERCHE_SALES}) and on an empty period.
 */
class AnalyticsIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void theDefaultPeriodRunsFromTheEarliestToTheLatestSale() throws Exception {
        try (AnalyticsFixture fx = AnalyticsFixture.inMemory(dir).perche()) {
            // L01 15/11/2023 … L13 12/06/2024
            assertThat(fx.analytics().salesPeriod())
                    .contains(new Period(LocalDate.of(2023, 11, 15), LocalDate.of(2024, 6, 12)));
        }
    }

    @Test
    void thereIsNoDefaultPeriodWithoutSales() throws Exception {
        try (AnalyticsFixture fx = AnalyticsFixture.inMemory(dir)) {
            assertThat(fx.analytics().salesPeriod()).isEmpty();
        }
    }

    @Test
    void assemblesEveryIndicatorOfThePeriod() throws Exception {
        try (AnalyticsFixture fx = AnalyticsFixture.inMemory(dir).perche()) {
            Indicators i = fx.analytics().indicators(H1_2024, Filters.NONE);

            assertThat(i.period()).isEqualTo(H1_2024);
            assertThat(i.sales().totalHt()).isEqualByComparingTo("791.00");
            // AUTRE, RESTAURANT, RESTAURATION_COLLECTIVE_AUTRE, RESTAURATION_MEDICO_SOCIALE, RESTAURATION_SCOLAIRE
            assertThat(i.bySegment()).hasSize(5);
            assertThat(i.collectiveCatering().totals().totalHt()).isEqualByComparingTo("661.00");
            assertThat(i.collectiveCatering().activeBuyers()).isEqualTo(3);
            assertThat(i.egalim().egalimHt()).isEqualByComparingTo("506.00");
            assertThat(i.producers().active()).isEqualTo(5);
            assertThat(i.producers().newOnes()).isEqualTo(3);
            assertThat(i.buyers().active()).isEqualTo(5);
            assertThat(i.buyers().newOnes()).isEqualTo(3);
        }
    }

    @Test
    void anEmptyPeriodHasZeroCountsAndNoRatio() throws Exception {
        try (AnalyticsFixture fx = AnalyticsFixture.inMemory(dir).perche()) {
            Indicators i = fx.analytics().indicators(Period.year(2022), Filters.NONE);

            assertThat(i.sales().lines()).isZero();
            assertThat(i.sales().totalHt()).isEqualByComparingTo("0");
            assertThat(i.sales().localShare()).isEmpty();
            assertThat(i.sales().parcShare()).isEmpty();
            assertThat(i.sales().localShareVolume()).isEmpty();
            assertThat(i.bySegment()).isEmpty();
            assertThat(i.collectiveCatering().activeBuyers()).isZero();
            assertThat(i.collectiveCatering().totals().localShare()).isEmpty();
            assertThat(i.egalim().bioShare()).isEmpty();
            assertThat(i.egalim().egalimShare()).isEmpty();
            assertThat(i.egalim().meatFishEgalimShare()).isEmpty();
            assertThat(i.producers().active()).isZero();
            assertThat(i.producers().localActive()).isZero();
            assertThat(i.producers().newOnes()).isZero();
            assertThat(i.producers().top5Share()).isEmpty();
            assertThat(i.producers().hhi()).isEmpty();
            assertThat(i.buyers().active()).isZero();
            assertThat(i.buyers().newOnes()).isZero();
        }
    }
}
