package fr.impact.analytics.local;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import fr.impact.analytics.Rollup;
import fr.impact.analytics.egalim.EgalimTotals;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The filtered lines summed, in one scan, by segment, origin level, EGalim group and
 * meat-or-fish family; the indicator document's totals, segments and EGalim figures are sums
 * of these cells (a few dozen), so the document costs one pass over the period's lines, or
 * over its months in the writer's rollup when {@link Rollup#usable} says so.
 */
public final class IndicatorCube {

    /** One producer's figures in the period (grouping 1). */
    public record ProducerRow(String hub, String id, String name, String originLevel, BigDecimal netHt,
            boolean active) {}

    /** One buyer's activity in the period (grouping 2). */
    public record BuyerRow(String hub, String id, boolean active, boolean collectiveActive) {}

    /** One cell of the cube. */
    public record Cell(String segment, boolean collective, String originLevel, String egalimGroup, boolean meatFish,
            long lines, BigDecimal totalHt, BigDecimal totalKg, BigDecimal totalLitres) {}

    private final List<Cell> cells;
    private final List<ProducerRow> producers;
    private final List<BuyerRow> buyers;

    private final boolean fromRollup;

    private IndicatorCube(List<Cell> cells, List<ProducerRow> producers, List<BuyerRow> buyers, boolean fromRollup) {
        this.cells = cells;
        this.producers = producers;
        this.buyers = buyers;
        this.fromRollup = fromRollup;
    }

    /** Whether it was read from the writer's rollup (so the rest of the document may be too). */
    public boolean fromRollup() {
        return fromRollup;
    }

    /** Every producer with lines in the period, largest net sales first. */
    public List<ProducerRow> producers() {
        return producers;
    }

    /** Every buyer with lines in the period. */
    public List<BuyerRow> buyers() {
        return buyers;
    }

    public static IndicatorCube load(Connection c, Period p, Filters f) throws SQLException {
        List<Cell> cells = new ArrayList<>();
        List<ProducerRow> producers = new ArrayList<>();
        List<BuyerRow> buyers = new ArrayList<>();
        boolean rollup = Rollup.usable(c, p, f, true);
        try (PreparedStatement s = Queries.prepare(c, "local",
                rollup ? "indicator_cube_from_rollup" : "indicator_cube_by_segment_origin_group", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                switch (r.getInt("grp")) {
                    case 0 -> cells.add(new Cell(r.getString("segment"), r.getBoolean("collective"),
                            r.getString("origin_level"), r.getString("egalim_group"), r.getBoolean("meat_fish"),
                            r.getLong("lines"), r.getBigDecimal("total_ht"), r.getBigDecimal("total_kg"),
                            r.getBigDecimal("total_litres")));
                    case 1 -> producers.add(new ProducerRow(r.getString("hub"), r.getString("producteur_id"),
                            r.getString("producer_name"), r.getString("origin_level"), r.getBigDecimal("total_ht"),
                            r.getBoolean("active")));
                    default -> buyers.add(new BuyerRow(r.getString("hub"), r.getString("client_id"),
                            r.getBoolean("active"), r.getBoolean("collective_active")));
                }
            }
        }
        producers.sort(java.util.Comparator.comparing(ProducerRow::netHt).reversed()
                .thenComparing(ProducerRow::hub).thenComparing(ProducerRow::id));
        return new IndicatorCube(cells, List.copyOf(producers), List.copyOf(buyers), rollup);
    }

    /** Origin totals over every cell. */
    public OriginTotals totals() {
        return totals(x -> true);
    }

    /** Origin totals over collective catering. */
    public OriginTotals collective() {
        return totals(Cell::collective);
    }

    /** Origin totals per segment (segments that have lines, by code). */
    public List<Group> bySegment() {
        Map<String, Boolean> segments = new TreeMap<>();
        for (Cell x : cells) {
            segments.put(x.segment(), true);
        }
        List<Group> out = new ArrayList<>();
        for (String s : segments.keySet()) {
            out.add(new Group(s, s, totals(x -> x.segment().equals(s))));
        }
        return out;
    }

    /** EGalim amounts over collective catering. */
    public EgalimTotals egalim() {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal[] byGroup = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal meatFish = BigDecimal.ZERO;
        BigDecimal meatFishEgalim = BigDecimal.ZERO;
        for (Cell x : cells) {
            if (!x.collective()) {
                continue;
            }
            total = total.add(x.totalHt());
            int g = switch (x.egalimGroup()) {
                case "BIO" -> 0;
                case "SIQO" -> 1;
                case "AUTRES_EGALIM" -> 2;
                case "EXTERNALITES_PERFORMANCE" -> 3;
                default -> -1;
            };
            if (g >= 0) {
                byGroup[g] = byGroup[g].add(x.totalHt());
            }
            if (x.meatFish()) {
                meatFish = meatFish.add(x.totalHt());
                if (g >= 0) {
                    meatFishEgalim = meatFishEgalim.add(x.totalHt());
                }
            }
        }
        return new EgalimTotals(total, byGroup[0], byGroup[1], byGroup[2], byGroup[3], meatFish, meatFishEgalim);
    }

    private OriginTotals totals(Predicate<Cell> in) {
        long lines = 0;
        long unknownLines = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal parc = BigDecimal.ZERO;
        BigDecimal proche = BigDecimal.ZERO;
        BigDecimal eloigne = BigDecimal.ZERO;
        BigDecimal unknown = BigDecimal.ZERO;
        BigDecimal kg = BigDecimal.ZERO;
        BigDecimal localKg = BigDecimal.ZERO;
        BigDecimal litres = BigDecimal.ZERO;
        for (Cell x : cells) {
            if (!in.test(x)) {
                continue;
            }
            lines += x.lines();
            total = total.add(x.totalHt());
            kg = kg.add(x.totalKg());
            litres = litres.add(x.totalLitres());
            switch (x.originLevel()) {
                case "PARC" -> {
                    parc = parc.add(x.totalHt());
                    localKg = localKg.add(x.totalKg());
                }
                case "PROCHE" -> {
                    proche = proche.add(x.totalHt());
                    localKg = localKg.add(x.totalKg());
                }
                case "ELOIGNE" -> eloigne = eloigne.add(x.totalHt());
                default -> {
                    unknown = unknown.add(x.totalHt());
                    unknownLines += x.lines();
                }
            }
        }
        return new OriginTotals(lines, total, parc.add(proche), parc, proche, eloigne, unknown, kg, localKg, litres,
                unknownLines);
    }
}
