package fr.impact.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Shares and ratios from exact sums: computed with 34 significant digits, rounded only for
 * display (4 decimals, half-up, in JSON). A zero denominator has no ratio (JSON {@code null}).
 */
public final class Ratio {

    private Ratio() {}

    public static Optional<BigDecimal> of(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.divide(denominator, MathContext.DECIMAL128));
    }

    public static Optional<BigDecimal> of(long numerator, long denominator) {
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** Rounded half-up to {@code scale} decimals. */
    public static BigDecimal round(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_UP);
    }
}
