package fr.impact.analytics.egalim;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** EGalim figures over collective catering (the law applies to it; local is tracked beside it). */
public final class Egalim {

    private final Connection c;

    public Egalim(Connection c) {
        this.c = c;
    }

    public EgalimTotals totals(Period p, Filters f) throws SQLException {
        try (PreparedStatement s = Queries.prepare(c, "egalim", "egalim_totals", p, f); ResultSet r = s.executeQuery()) {
            r.next();
            return EgalimTotals.read(r);
        }
    }
}
