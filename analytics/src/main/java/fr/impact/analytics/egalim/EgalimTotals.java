package fr.impact.analytics.egalim;

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

    public static EgalimTotals read(ResultSet r) throws SQLException {
        return new EgalimTotals(r.getBigDecimal("total_ht"), r.getBigDecimal("bio_ht"), r.getBigDecimal("siqo_ht"),
                r.getBigDecimal("autres_egalim_ht"), r.getBigDecimal("externalites_performance_ht"),
                r.getBigDecimal("meat_fish_total_ht"), r.getBigDecimal("meat_fish_egalim_ht"));
    }
}
