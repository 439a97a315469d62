package fr.impact.analytics.local;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Ratio;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One month of the series charts draw: that month's amounts inside the period, and the same
 * sums over the 12 calendar months ending that month (inclusive; never past the period's end).
 * Local figures cover every segment in the filters; EGalim figures collective catering only.
 * Every share comes from sums, never from an average of monthly ratios.
 */
public record MonthPoint(YearMonth month, long lines, BigDecimal totalHt, BigDecimal localHt,
        BigDecimal collectiveTotalHt, BigDecimal collectiveBioHt, BigDecimal collectiveEgalimHt,
        BigDecimal rollingTotalHt, BigDecimal rollingLocalHt, BigDecimal rollingCollectiveTotalHt,
        BigDecimal rollingCollectiveBioHt, BigDecimal rollingCollectiveEgalimHt) {

    public MonthPoint {
        requireNonNull(month, "month is null");
        requireNonNull(totalHt, "totalHt is null");
        requireNonNull(localHt, "localHt is null");
        requireNonNull(collectiveTotalHt, "collectiveTotalHt is null");
        requireNonNull(collectiveBioHt, "collectiveBioHt is null");
        requireNonNull(collectiveEgalimHt, "collectiveEgalimHt is null");
        requireNonNull(rollingTotalHt, "rollingTotalHt is null");
        requireNonNull(rollingLocalHt, "rollingLocalHt is null");
        requireNonNull(rollingCollectiveTotalHt, "rollingCollectiveTotalHt is null");
        requireNonNull(rollingCollectiveBioHt, "rollingCollectiveBioHt is null");
        requireNonNull(rollingCollectiveEgalimHt, "rollingCollectiveEgalimHt is null");
    }

    /** Local share (value) of the month. */
    public Optional<BigDecimal> localShare() {
        return Ratio.of(localHt, totalHt);
    }

    /** Bio share of the month's collective-catering purchases. */
    public Optional<BigDecimal> bioShare() {
        return Ratio.of(collectiveBioHt, collectiveTotalHt);
    }

    /** EGalim share (bio included) of the month's collective-catering purchases. */
    public Optional<BigDecimal> egalimShare() {
        return Ratio.of(collectiveEgalimHt, collectiveTotalHt);
    }

    /** Local share over the 12 months ending this month. */
    public Optional<BigDecimal> rollingLocalShare() {
        return Ratio.of(rollingLocalHt, rollingTotalHt);
    }

    /** Bio share of collective catering over the 12 months ending this month. */
    public Optional<BigDecimal> rollingBioShare() {
        return Ratio.of(rollingCollectiveBioHt, rollingCollectiveTotalHt);
    }

    /** EGalim share of collective catering over the 12 months ending this month. */
    public Optional<BigDecimal> rollingEgalimShare() {
        return Ratio.of(rollingCollectiveEgalimHt, rollingCollectiveTotalHt);
    }
}
