package fr.impact.analytics;

import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.store.Sql;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Loads an analytics query by name ({@code sql/<feature>/<measure_by_dimension>.sql}) and
 * binds the period and the filters, always as {@code $1 from, $2 to, $3 hub, $4 segment,
 * $5 family, $6 buyer, $7 producer}, then any extra parameters as {@code $8…}. Values are
 * always bound, never concatenated.
 */
public final class Queries {

    private Queries() {}

    public static String sql(String feature, String name) {
        return Sql.load("/fr/impact/analytics/sql/" + feature + "/" + name + ".sql");
    }

    public static PreparedStatement prepare(Connection c, String feature, String name, Period p, Filters f,
            Object... extra) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql(feature, name));
        try {
            s.setDate(1, Date.valueOf(p.from()));
            s.setDate(2, Date.valueOf(p.to()));
            text(s, 3, f.hub().orElse(null));
            text(s, 4, f.segment().map(Segment::name).orElse(null));
            text(s, 5, f.family().map(Family::name).orElse(null));
            text(s, 6, f.buyer().orElse(null));
            text(s, 7, f.producer().orElse(null));
            for (int i = 0; i < extra.length; i++) {
                s.setObject(8 + i, extra[i] instanceof java.time.LocalDate d ? Date.valueOf(d) : extra[i]);
            }
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static void text(PreparedStatement s, int i, String v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, v);
        }
    }
}
