package fr.impact.analytics.egalim;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import fr.impact.ingestion.model.Segment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * Per collective-catering buyer with lines in the period: its amounts per group, shares and
     * meat and fish (and, through {@link BuyerEgalim#gaps}, its gaps to the targets); largest
     * buyers first.
     */
    public List<BuyerEgalim> byBuyer(Period p, Filters f) throws SQLException {
        List<BuyerEgalim> out = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, "egalim", "egalim_by_buyer", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new BuyerEgalim(r.getString("hub"), r.getString("client_id"), r.getString("name"),
                        Segment.valueOf(r.getString("segment")), Optional.ofNullable(r.getString("commune")),
                        r.getLong("lines"), EgalimTotals.read(r)));
            }
        }
        return out;
    }
}
