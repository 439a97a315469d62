package fr.impact.analytics.impact;

import fr.impact.analytics.Ratio;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Buyer retention from one calendar year to the next: of the buyers active in {@code year − 1}
 * (a line with a positive amount), how many are still active in {@code year}.
 *
 * @param year the year Y
 * @param previousActive buyers active in Y − 1
 * @param retained of those, buyers active in Y too
 * @param active buyers active in Y (retained or not)
 */
public record Retention(int year, long previousActive, long retained, long active) {

    public Retention {
        if (previousActive < 0 || retained < 0 || active < 0 || retained > previousActive || retained > active) {
            throw new IllegalArgumentException("inconsistent retention counts for " + year + ": " + previousActive
                    + " previous, " + retained + " retained, " + active + " active");
        }
    }

    /** retained / previousActive; empty when no buyer was active the year before. */
    public Optional<BigDecimal> rate() {
        return Ratio.of(retained, previousActive);
    }
}
