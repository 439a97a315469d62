package fr.impact.analytics.impact;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import fr.impact.analytics.Ratio;
import fr.impact.ingestion.model.OriginLevel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Producer and buyer impact: who is active, who is new, how concentrated the hub's sales are. */
public final class Impact {

    /** Buyers active in the period, the new ones among them, and those active in collective catering. */
    public record BuyerFigures(long active, long newOnes, long collectiveActive) {}

    private final Connection c;

    public Impact(Connection c) {
        this.c = c;
    }

    public ProducerFigures producers(Period p, Filters f) throws SQLException {
        List<ProducerFigures.ProducerSales> list = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, "impact", "sales_by_producer_with_first_date", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new ProducerFigures.ProducerSales(r.getString("hub"), r.getString("producteur_id"),
                        r.getString("name"), r.getString("origin_level"), r.getBigDecimal("net_ht"),
                        r.getBoolean("active"), r.getDate("first_date").toLocalDate()));
            }
        }
        return figures(p, list);
    }

    /**
     * The producer figures from each producer's sales in the period and first line ever:
     * active, local and active, new; top-5 share and HHI over producers with positive net.
     */
    public static ProducerFigures figures(Period p, List<ProducerFigures.ProducerSales> list) {
        long active = 0;
        long localActive = 0;
        long newOnes = 0;
        BigDecimal positiveTotal = BigDecimal.ZERO;
        List<BigDecimal> positives = new ArrayList<>();
        for (ProducerFigures.ProducerSales ps : list) {
            if (ps.active()) {
                active++;
                if (ps.originLevel().equals("PARC") || ps.originLevel().equals("PROCHE")) {
                    localActive++;
                }
                if (!ps.firstDate().isBefore(p.from()) && !ps.firstDate().isAfter(p.to())) {
                    newOnes++;
                }
            }
            if (ps.netHt().signum() > 0) {
                positives.add(ps.netHt());
                positiveTotal = positiveTotal.add(ps.netHt());
            }
        }
        positives.sort(java.util.Comparator.reverseOrder());
        BigDecimal top5 = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(5, positives.size()); i++) {
            top5 = top5.add(positives.get(i));
        }
        Optional<BigDecimal> hhi = Optional.empty();
        if (positiveTotal.signum() > 0) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal v : positives) {
                BigDecimal share = Ratio.of(v, positiveTotal).orElseThrow();
                sum = sum.add(share.multiply(share));
            }
            hhi = Optional.of(sum);
        }
        return new ProducerFigures(active, localActive, newOnes, Ratio.of(top5, positiveTotal), hhi, list);
    }

    /** Revenue through the hub per producer with lines in the period, largest first. */
    public List<ProducerRevenue> revenueByProducer(Period p, Filters f) throws SQLException {
        List<ProducerRevenue> out = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, "impact", "revenue_by_producer", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new ProducerRevenue(r.getString("hub"), r.getString("producteur_id"), r.getString("name"),
                        OriginLevel.valueOf(r.getString("origin_level")), r.getLong("lines"),
                        r.getBigDecimal("sales_ht"), r.getBigDecimal("credit_notes_ht"),
                        r.getBigDecimal("revenue_ht")));
            }
        }
        return out;
    }

    /**
     * Buyer retention for each calendar year of the period, from the buyers active the year
     * before (see {@code retention_by_year.sql}: whole calendar years, nothing after the period's end).
     */
    public List<Retention> retentionByYear(Period p, Filters f) throws SQLException {
        List<Retention> out = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, "impact", "retention_by_year", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Retention(r.getInt("year"), r.getLong("previous_active"), r.getLong("retained"),
                        r.getLong("active")));
            }
        }
        return out;
    }

    /**
     * The producer and buyer figures of the indicator document from the cube's producer and
     * buyer groupings, with one more scan for first lines ever (the fast path of
     * {@link #producers} and {@link #buyers}, same definitions).
     */
    public record Figures(ProducerFigures producers, BuyerFigures buyers) {}

    public Figures figures(Period p, fr.impact.analytics.local.IndicatorCube cube) throws SQLException {
        java.util.Map<String, java.time.LocalDate> producerFirst = new java.util.HashMap<>();
        java.util.Map<String, java.time.LocalDate> buyerFirst = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement(Queries.sql("impact",
                cube.fromRollup() ? "first_dates_from_rollup" : "first_dates_by_producer_and_buyer"))) {
            s.setDate(1, java.sql.Date.valueOf(p.from()));
            s.setDate(2, java.sql.Date.valueOf(p.to()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String producer = r.getString("producteur_id");
                    java.time.LocalDate first = r.getDate("first_date").toLocalDate();
                    if (producer != null) {
                        producerFirst.put(r.getString("hub") + '\u0000' + producer, first);
                    } else {
                        buyerFirst.put(r.getString("hub") + '\u0000' + r.getString("client_id"), first);
                    }
                }
            }
        }
        List<ProducerFigures.ProducerSales> list = new ArrayList<>();
        for (var row : cube.producers()) {
            list.add(new ProducerFigures.ProducerSales(row.hub(), row.id(), row.name(), row.originLevel(), row.netHt(),
                    row.active(), producerFirst.get(row.hub() + '\u0000' + row.id())));
        }
        long active = 0;
        long newOnes = 0;
        long collective = 0;
        for (var b : cube.buyers()) {
            if (!b.active()) {
                continue;
            }
            active++;
            if (b.collectiveActive()) {
                collective++;
            }
            java.time.LocalDate first = buyerFirst.get(b.hub() + '\u0000' + b.id());
            if (first != null && !first.isBefore(p.from()) && !first.isAfter(p.to())) {
                newOnes++;
            }
        }
        return new Figures(figures(p, list), new BuyerFigures(active, newOnes, collective));
    }

    public BuyerFigures buyers(Period p, Filters f) throws SQLException {
        try (PreparedStatement s = Queries.prepare(c, "impact", "buyers_totals", p, f); ResultSet r = s.executeQuery()) {
            r.next();
            return new BuyerFigures(r.getLong("active"), r.getLong("new"), r.getLong("collective_active"));
        }
    }
}
