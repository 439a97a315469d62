package fr.impact.dashboard.charts;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import fr.impact.reports.format.French;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The local share of sales (PARC + PROCHE over every sale, in value) by month, by segment and
 * by family, over a period and filters: the charts of the local-sourcing page, and the monthly
 * one of a buyer's page and of the public board. Each table gives the sales and the local part
 * beside the share, so that anyone can check it.
 */
public final class LocalShareCharts {

    /** Beyond this many months, the monthly chart shows the last ones. */
    static final int MAX_MONTHS = 36;

    private static final String SALES = "Ventes HT (€)";
    private static final String LOCAL = "dont local HT (€)";
    private static final String SHARE = "Part locale (%)";

    private LocalShareCharts() {}

    /**
     * The local share month by month: every calendar month the period touches (the last {@value
     * #MAX_MONTHS} if more), a month without sales drawn without a bar.
     *
     * @param title the chart's title (what it counts, the period and filters in words)
     * @param link the page detailing a month (null for none)
     */
    public static Figure byMonth(Analytics a, Period p, Filters f, String title, Function<Period, String> link)
            throws SQLException {
        YearMonth first = YearMonth.from(p.from());
        YearMonth last = YearMonth.from(p.to());
        boolean truncated = first.plusMonths(MAX_MONTHS - 1L).isBefore(last);
        if (truncated) {
            first = last.minusMonths(MAX_MONTHS - 1L);
        }
        Period shown = truncated ? new Period(first.atDay(1), p.to()) : p;
        Map<YearMonth, OriginTotals> byMonth = new HashMap<>();
        for (Group g : a.local().breakdown(Dimension.MONTH, shown, f)) {
            byMonth.put(YearMonth.parse(g.key()), g.totals());
        }
        boolean oneYear = first.getYear() == last.getYear();
        ChartData.Builder data = ChartData.builder("Mois", Unit.SHARE).series("Part locale");
        ChartTable.Builder table = ChartTable.builder(title)
                .column("Mois", ChartTable.Kind.TEXT).column(SALES, ChartTable.Kind.MONEY)
                .column(LOCAL, ChartTable.Kind.MONEY).column(SHARE, ChartTable.Kind.SHARE);
        BigDecimal best = null;
        YearMonth bestMonth = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            OriginTotals t = byMonth.get(m);
            Optional<BigDecimal> share = t == null ? Optional.empty() : t.localShare();
            data.category(oneYear ? French.shortMonth(m) : French.shortMonth(m) + " " + m.getYear(), share.orElse(null));
            LocalDate from = m.atDay(1).isBefore(shown.from()) ? shown.from() : m.atDay(1);
            LocalDate to = m.atEndOfMonth().isAfter(shown.to()) ? shown.to() : m.atEndOfMonth();
            table.row(link == null ? null : link.apply(new Period(from, to)), French.longMonth(m),
                    t == null ? BigDecimal.ZERO : t.totalHt(), t == null ? BigDecimal.ZERO : t.localHt(), share);
            if (share.isPresent() && (best == null || share.get().compareTo(best) > 0)) {
                best = share.get();
                bestMonth = m;
            }
        }
        String summary = best == null ? "Aucune vente sur la période."
                : "Le mois le plus local est " + French.longMonth(bestMonth) + ", avec " + French.percent(best, 0) + ".";
        String note = truncated ? "Les " + MAX_MONTHS + " derniers mois de la période." : null;
        if (byMonth.size() < first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1) {
            note = (note == null ? "" : note + " ") + "Pas de barre : aucune vente ce mois-là.";
        }
        Chart chart = Chart.of(Chart.Kind.BARS, title, data.build(), summary, note);
        return new Figure(chart, table.build(), 800, 340);
    }

    /**
     * The local share by segment (those with sales, in the usual order).
     *
     * @param link the page detailing a segment (null for none)
     */
    public static Figure bySegment(Analytics a, Period p, Filters f, String scope, Function<Segment, String> link)
            throws SQLException {
        List<Group> groups = new ArrayList<>(a.local().breakdown(Dimension.SEGMENT, p, f));
        groups.sort(Comparator.comparing(g -> Segment.parse(g.key()).map(Enum::ordinal).orElse(99)));
        return byGroup(groups, "Segment de clientèle", "Part locale des ventes par segment de clientèle — " + scope,
                g -> Segment.parse(g.key()).map(Segment::label).orElse(g.key()),
                g -> link == null ? null : Segment.parse(g.key()).map(link).orElse(null));
    }

    /**
     * The local share by product family (those with sales, in the usual order).
     *
     * @param link the page detailing a family (null for none)
     */
    public static Figure byFamily(Analytics a, Period p, Filters f, String scope, Function<Family, String> link)
            throws SQLException {
        List<Group> groups = new ArrayList<>(a.local().breakdown(Dimension.FAMILY, p, f));
        groups.sort(Comparator.comparing(g -> Family.parse(g.key()).map(Enum::ordinal).orElse(99)));
        return byGroup(groups, "Famille de produits", "Part locale des ventes par famille de produits — " + scope,
                g -> Family.parse(g.key()).map(Family::label).orElse(g.key()),
                g -> link == null ? null : Family.parse(g.key()).map(link).orElse(null));
    }

    private static Figure byGroup(List<Group> groups, String what, String title, Function<Group, String> label,
            Function<Group, String> link) {
        ChartData.Builder data = ChartData.builder(what, Unit.SHARE).series("Part locale");
        ChartTable.Builder table = ChartTable.builder(title).column(what, ChartTable.Kind.TEXT)
                .column(SALES, ChartTable.Kind.MONEY).column(LOCAL, ChartTable.Kind.MONEY)
                .column(SHARE, ChartTable.Kind.SHARE);
        Group lowest = null;
        Group highest = null;
        for (Group g : groups) {
            Optional<BigDecimal> share = g.totals().localShare();
            data.category(label.apply(g), share.orElse(null));
            table.row(link.apply(g), label.apply(g), g.totals().totalHt(), g.totals().localHt(), share);
            if (share.isPresent()) {
                if (lowest == null || share.get().compareTo(lowest.totals().localShare().orElseThrow()) < 0) {
                    lowest = g;
                }
                if (highest == null || share.get().compareTo(highest.totals().localShare().orElseThrow()) > 0) {
                    highest = g;
                }
            }
        }
        String summary;
        if (highest == null) {
            summary = "Aucune vente sur la période.";
        } else if (highest == lowest) {
            summary = label.apply(highest) + " : " + French.percent(highest.totals().localShare(), 0) + " local.";
        } else {
            summary = "La part locale va de " + French.percent(lowest.totals().localShare(), 0) + " ("
                    + label.apply(lowest) + ") à " + French.percent(highest.totals().localShare(), 0) + " ("
                    + label.apply(highest) + ").";
        }
        Chart chart = Chart.of(Chart.Kind.HORIZONTAL_BARS, title, data.build(), summary);
        return new Figure(chart, table.build(), 800, Math.max(150, 60 + 28 * groups.size()));
    }
}
