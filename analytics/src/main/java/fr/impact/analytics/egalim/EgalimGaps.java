package fr.impact.analytics.egalim;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How far a set of purchases is from its EGalim targets, in euros: for each target, the extra
 * amount of that category that would reach it if total purchases grew by that same amount —
 * x such that (category + x) / (total + x) = target, i.e. x = (target × total − category) /
 * (1 − target); 0 when the target is already met. Exact (34 significant digits); round to the
 * cent for display only.
 *
 * @param targets the targets measured against
 * @param bioHt bio purchases to add
 * @param egalimHt EGalim purchases (bio or any other EGalim group) to add
 * @param meatFishEgalimHt EGalim meat and fish purchases to add
 */
public record EgalimGaps(EgalimTargets targets, BigDecimal bioHt, BigDecimal egalimHt, BigDecimal meatFishEgalimHt) {

    public EgalimGaps {
        requireNonNull(targets, "targets is null");
        requireNonNull(bioHt, "bioHt is null");
        requireNonNull(egalimHt, "egalimHt is null");
        requireNonNull(meatFishEgalimHt, "meatFishEgalimHt is null");
    }

    /** The gaps of these totals to these targets. */
    public static EgalimGaps of(EgalimTotals t, EgalimTargets targets) {
        return new EgalimGaps(targets,
                gap(t.bioHt(), t.totalHt(), targets.bio()),
                gap(t.egalimHt(), t.totalHt(), targets.egalim()),
                gap(t.meatFishEgalimHt(), t.meatFishTotalHt(), targets.meatFishEgalim()));
    }

    /**
     * The amount of a category to add (total growing by as much) to reach {@code target}:
     * max(0, (target × total − category) / (1 − target)).
     */
    public static BigDecimal gap(BigDecimal category, BigDecimal total, BigDecimal target) {
        BigDecimal x = target.multiply(total).subtract(category)
                .divide(BigDecimal.ONE.subtract(target), MathContext.DECIMAL128);
        return x.signum() > 0 ? x : BigDecimal.ZERO;
    }

    /** {@code true} when every target is met (no gap). */
    public boolean allMet() {
        return bioHt.signum() == 0 && egalimHt.signum() == 0 && meatFishEgalimHt.signum() == 0;
    }
}
