package fr.impact.analytics;

import fr.impact.ingestion.store.Rollups;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * When a query may read the writer's pre-aggregated sales ({@code sales_rollup}, by month)
 * instead of the lines: the period is whole calendar months, the filters are ones the rollup
 * keeps (hub, segment; family only without per-producer or per-buyer figures), and the rollup
 * still matches the lines (see {@link Rollups#current}). Otherwise the lines are read; both
 * paths give the same figures (RollupEquivalenceTests).
 */
public final class Rollup {

    private Rollup() {}

    /**
     * @param perEntity whether the query needs the per-producer or per-buyer groupings
     *     (which do not keep the family)
     */
    public static boolean usable(Connection c, Period p, Filters f, boolean perEntity) throws SQLException {
        return wholeMonths(p) && f.buyer().isEmpty() && f.producer().isEmpty()
                && (!perEntity || f.family().isEmpty()) && Rollups.current(c);
    }

    static boolean wholeMonths(Period p) {
        return p.from().getDayOfMonth() == 1 && p.to().getDayOfMonth() == p.to().lengthOfMonth();
    }
}
