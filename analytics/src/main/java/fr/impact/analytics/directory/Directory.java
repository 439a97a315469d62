package fr.impact.analytics.directory;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import fr.impact.analytics.egalim.EgalimTotals;
import fr.impact.ingestion.model.OriginLevel;
import fr.impact.ingestion.model.Segment;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Producers and buyers one by one. The hub and producer filters select the producers listed
 * (the hub, buyer and segment filters the buyers listed); every other filter only selects the
 * lines their figures count, so a producer without a line in the filters is listed with zeros.
 */
public final class Directory {

    private final Connection c;

    public Directory(Connection c) {
        this.c = c;
    }

    /** The hubs that have sale lines, by name. */
    public List<String> hubs() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(Queries.sql("directory", "hubs"))) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Every producer in scope, largest net sales first. */
    public List<ProducerSummary> producers(Period p, Filters f) throws SQLException {
        List<ProducerSummary> out = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, "directory", "producers_in_period", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new ProducerSummary(r.getString("hub"), r.getString("producteur_id"), r.getString("name"),
                        Optional.ofNullable(r.getString("commune")), Optional.ofNullable(r.getString("commune_name")),
                        OriginLevel.valueOf(r.getString("origin_level")), r.getLong("lines"),
                        r.getBigDecimal("total_ht"), r.getLong("buyers"), r.getBigDecimal("hub_total_ht"),
                        date(r, "first_date")));
            }
        }
        return out;
    }

    /** One producer of one hub, with its figures over the period and the other filters; empty when unknown. */
    public Optional<ProducerSummary> producer(String hub, String id, Period p, Filters f) throws SQLException {
        return producers(p, f.withHub(hub).withProducer(id)).stream().findFirst();
    }

    /** The hubs where a producer with this id is known (producers file or sale lines), by name. */
    public List<String> hubsOfProducer(String id) throws SQLException {
        return hubsOf("producer_hubs", id);
    }

    /** Every buyer in scope, largest net purchases first. */
    public List<BuyerSummary> buyers(Period p, Filters f) throws SQLException {
        List<BuyerSummary> out = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, "directory", "buyers_in_period", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new BuyerSummary(r.getString("hub"), r.getString("client_id"), r.getString("name"),
                        Segment.valueOf(r.getString("segment")), Optional.ofNullable(r.getString("commune")),
                        Optional.ofNullable(r.getString("commune_name")), r.getLong("lines"),
                        r.getBigDecimal("total_ht"), r.getBigDecimal("local_ht"), r.getLong("producers"),
                        new EgalimTotals(r.getBigDecimal("collective_total_ht"), r.getBigDecimal("bio_ht"),
                                r.getBigDecimal("siqo_ht"), r.getBigDecimal("autres_egalim_ht"),
                                r.getBigDecimal("externalites_performance_ht"), r.getBigDecimal("meat_fish_total_ht"),
                                r.getBigDecimal("meat_fish_egalim_ht")),
                        date(r, "first_date")));
            }
        }
        return out;
    }

    /** One buyer of one hub, with its figures over the period and the other filters; empty when unknown. */
    public Optional<BuyerSummary> buyer(String hub, String id, Period p, Filters f) throws SQLException {
        return buyers(p, f.withHub(hub).withBuyer(id).withSegment(null)).stream().findFirst();
    }

    /** The hubs where a buyer with this id is known (buyers file or sale lines), by name. */
    public List<String> hubsOfBuyer(String id) throws SQLException {
        return hubsOf("buyer_hubs", id);
    }

    private List<String> hubsOf(String query, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(Queries.sql("directory", query))) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }
}
