package fr.impact.analytics.funding;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The treasury gap over time (DOMAIN.md): cumulative expenditures (each on its payment date,
 * else its date) minus cumulative payments received (every payment), starting at 0 and
 * evaluated at the end of every day on which money moved. Its maximum, max(0, series), and the
 * first day it is reached are the pre-financing the beneficiary had to carry.
 *
 * @param days the days money moved, in date order
 */
public record TreasuryGap(List<Day> days) {

    /**
     * One day money moved.
     *
     * @param spent Σ expenditures paid that day
     * @param received Σ payments received that day
     * @param gap the gap at the end of the day
     */
    public record Day(LocalDate date, BigDecimal spent, BigDecimal received, BigDecimal gap) {
        public Day {
            requireNonNull(date, "date is null");
            requireNonNull(spent, "spent is null");
            requireNonNull(received, "received is null");
            requireNonNull(gap, "gap is null");
        }
    }

    public TreasuryGap {
        days = List.copyOf(days);
    }

    /** max(0, the series): 0 when the gap never exceeds 0 (or nothing moved). */
    public BigDecimal max() {
        BigDecimal max = BigDecimal.ZERO;
        for (Day d : days) {
            if (d.gap().compareTo(max) > 0) {
                max = d.gap();
            }
        }
        return max;
    }

    /** The first day the maximum is reached; empty when the gap never exceeds 0. */
    public Optional<LocalDate> maxDate() {
        BigDecimal max = max();
        if (max.signum() <= 0) {
            return Optional.empty();
        }
        return days.stream().filter(d -> d.gap().compareTo(max) == 0).map(Day::date).findFirst();
    }
}
