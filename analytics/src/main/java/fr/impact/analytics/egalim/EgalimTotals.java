package fr.impact.analytics.egalim;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Ratio;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * EGalim amounts over collective-catering lines, each line counted once in its group.
 * {@code egalimHt} = bio + SIQO + other EGalim + externalities/performance (it includes bio).
 */
public record EgalimTotals(BigDecimal totalHt, BigDecimal bioHt, BigDecimal siqoHt, BigDecimal autresEgalimHt,
        BigDecimal externalitesPerformanceHt, BigDecimal meatFishTotalHt, BigDecimal meatFishEgalimHt) {

    public EgalimTotals {
        requireNonNull(totalHt, "totalHt is null");
        requireNonNull(bioHt, "bioHt is null");
        requireNonNull(siqoHt, "siqoHt is null");
        requireNonNull(autresEgalimHt, "autresEgalimHt is null");
        requireNonNull(externalitesPerformanceHt, "externalitesPerformanceHt is null");
        requireNonNull(meatFishTotalHt, "meatFishTotalHt is null");
        requireNonNull(meatFishEgalimHt, "meatFishEgalimHt is null");
    }

    public BigDecimal egalimHt() {
        return bioHt.add(siqoHt).add(autresEgalimHt).add(externalitesPerformanceHt);
    }

    public Optional<BigDecimal> bioShare() {
        return Ratio.of(bioHt, totalHt);
    }

    public Optional<BigDecimal> egalimShare() {
        return Ratio.of(egalimHt(), totalHt);
    }

    public Optional<BigDecimal> meatFishEgalimShare() {
        return Ratio.of(meatFishEgalimHt, meatFishTotalHt);
    }

    /** The amounts still to buy to reach these targets (see {@link EgalimGaps}). */
    public EgalimGaps gaps(EgalimTargets targets) {
        return EgalimGaps.of(this, targets);
    }

    /** Reads the measure columns (named as in {@code egalim_totals.sql}) of the current row. */
    public static EgalimTotals read(ResultSet r) throws SQLException {
        return new EgalimTotals(r.getBigDecimal("total_ht"), r.getBigDecimal("bio_ht"), r.getBigDecimal("siqo_ht"),
                r.getBigDecimal("autres_egalim_ht"), r.getBigDecimal("externalites_performance_ht"),
                r.getBigDecimal("meat_fish_total_ht"), r.getBigDecimal("meat_fish_egalim_ht"));
    }
}
