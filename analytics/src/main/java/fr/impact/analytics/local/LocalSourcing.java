package fr.impact.analytics.local;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import fr.impact.analytics.Rollup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Local-origin figures: totals, collective catering, and breakdowns by any {@link Dimension}. */
public final class LocalSourcing {

    /** Collective catering's totals and its active buyers. */
    public record Collective(OriginTotals totals, long activeBuyers) {}

    private final Connection c;

    public LocalSourcing(Connection c) {
        this.c = c;
    }

    public OriginTotals totals(Period p, Filters f) throws SQLException {
        try (PreparedStatement s = Queries.prepare(c, "local",
                Rollup.usable(c, p, f, false) ? "rollup_sales_totals" : "sales_totals", p, f);
                ResultSet r = s.executeQuery()) {
            r.next();
            return OriginTotals.read(r);
        }
    }

    public Collective collective(Period p, Filters f) throws SQLException {
        try (PreparedStatement s = Queries.prepare(c, "local", "collective_totals", p, f);
                ResultSet r = s.executeQuery()) {
            r.next();
            return new Collective(OriginTotals.read(r), r.getLong("active_buyers"));
        }
    }

    public List<Group> breakdown(Dimension d, Period p, Filters f) throws SQLException {
        List<Group> out = new ArrayList<>();
        boolean perEntity = d == Dimension.PRODUCER || d == Dimension.BUYER;
        try (PreparedStatement s = Rollup.usable(c, p, f, perEntity)
                    ? Queries.prepare(c, "local", "rollup_sales_by_dimension", p, f, d.sqlName(),
                            d == Dimension.PRODUCER ? 1 : d == Dimension.BUYER ? 2 : 0)
                    : Queries.prepare(c, "local", "sales_by_" + d.sqlName(), p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Group(r.getString("key"), r.getString("label"), OriginTotals.read(r)));
            }
        }
        return out;
    }

    /**
     * The monthly series for charts: every calendar month the period touches, in order, with
     * its local and collective-catering EGalim figures and their rolling 12-month sums.
     */
    public List<MonthPoint> seriesByMonth(Period p, Filters f) throws SQLException {
        List<MonthPoint> out = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, "local", "series_by_month", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new MonthPoint(YearMonth.parse(r.getString("month")), r.getLong("lines"),
                        r.getBigDecimal("total_ht"), r.getBigDecimal("local_ht"), r.getBigDecimal("collective_total_ht"),
                        r.getBigDecimal("collective_bio_ht"), r.getBigDecimal("collective_egalim_ht"),
                        r.getBigDecimal("rolling_total_ht"), r.getBigDecimal("rolling_local_ht"),
                        r.getBigDecimal("rolling_collective_total_ht"), r.getBigDecimal("rolling_collective_bio_ht"),
                        r.getBigDecimal("rolling_collective_egalim_ht")));
            }
        }
        return out;
    }
}
