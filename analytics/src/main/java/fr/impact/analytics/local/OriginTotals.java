package fr.impact.analytics.local;

import fr.impact.analytics.Ratio;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Sales and local-origin totals of a set of lines (a period and filters, or one group of a
 * breakdown). Local = PARC + PROCHE; {@code unknownHt} (INCONNU) stays in {@code totalHt}.
 */
public record OriginTotals(long lines, BigDecimal totalHt, BigDecimal localHt, BigDecimal parcHt,
        BigDecimal procheHt, BigDecimal eloigneHt, BigDecimal unknownHt, BigDecimal totalKg, BigDecimal localKg,
        BigDecimal totalLitres, long unknownLines) {

    public Optional<BigDecimal> localShare() {
        return Ratio.of(localHt, totalHt);
    }

    public Optional<BigDecimal> parcShare() {
        return Ratio.of(parcHt, totalHt);
    }

    public Optional<BigDecimal> localShareVolume() {
        return Ratio.of(localKg, totalKg);
    }

    /** Reads the measure columns (named as in {@code sales_totals.sql}) of the current row. */
    public static OriginTotals read(ResultSet r) throws SQLException {
        return new OriginTotals(r.getLong("lines"), r.getBigDecimal("total_ht"), r.getBigDecimal("local_ht"),
                r.getBigDecimal("parc_ht"), r.getBigDecimal("proche_ht"), r.getBigDecimal("eloigne_ht"),
                r.getBigDecimal("unknown_ht"), r.getBigDecimal("total_kg"), r.getBigDecimal("local_kg"),
                r.getBigDecimal("total_litres"), r.getLong("unknown_lines"));
    }
}
