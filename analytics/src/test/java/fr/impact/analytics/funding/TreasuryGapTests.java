package fr.impact.analytics.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The maximum of the treasury gap: max(0, series), first reached; none when never above 0. */
class TreasuryGapTests {

    static TreasuryGap.Day day(String date, String gap) {
        return new TreasuryGap.Day(LocalDate.parse(date), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(gap));
    }

    @Test
    void theMaximumIsDatedTheFirstDayItIsReached() {
        TreasuryGap g = new TreasuryGap(List.of(day("2018-01-31", "100.00"), day("2018-03-31", "250.00"),
                day("2018-05-02", "40.00"), day("2018-06-30", "250.00")));

        assertThat(g.max()).isEqualByComparingTo("250");
        assertThat(g.maxDate()).contains(LocalDate.of(2018, 3, 31));
    }

    @Test
    void aGapThatNeverExceedsZeroHasNoDate() {
        TreasuryGap g = new TreasuryGap(List.of(day("2018-01-31", "-100.00"), day("2018-03-31", "0.00")));

        assertThat(g.max()).isEqualByComparingTo("0");
        assertThat(g.maxDate()).isEmpty();
    }

    @Test
    void nothingMovedIsZero() {
        TreasuryGap g = new TreasuryGap(List.of());

        assertThat(g.max()).isEqualByComparingTo("0");
        assertThat(g.maxDate()).isEmpty();
    }
}
