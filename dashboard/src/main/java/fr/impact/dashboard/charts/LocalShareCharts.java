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
import fr.impact.dashboard.system.Formats;
import fr.impact.dashboard.system.Texts;
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
 * beside the share, so that anyone can check it. Every word is in the page's language.
 */
public final class LocalShareCharts {

    /** Beyond this many months, the monthly chart shows the last ones. */
    static final int MAX_MONTHS = 36;

    private LocalShareCharts() {}

    /**
     * The local share month by month: every calendar month the period touches (the last {@value
     * #MAX_MONTHS} if more), a month without sales drawn without a bar.
     *
     * @param title the chart's title (what it counts, the period and filters in words)
     * @param link the page detailing a month (null for none)
     * @param t the page's language
     */
    public static Figure byMonth(Analytics a, Period p, Filters f, String title, Function<Period, String> link,
            Texts t) throws SQLException {
        Formats fr = t.formats();
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
        ChartData.Builder data = ChartData.builder(t.get("chart.month"), Unit.SHARE).series(t.get("chart.localShare"));
        ChartTable.Builder table = ChartTable.builder(title, fr)
                .column(t.get("chart.month"), ChartTable.Kind.TEXT).column(t.get("chart.col.sales"), ChartTable.Kind.MONEY)
                .column(t.get("chart.col.local"), ChartTable.Kind.MONEY)
                .column(t.get("chart.col.share"), ChartTable.Kind.SHARE);
        BigDecimal best = null;
        YearMonth bestMonth = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            OriginTotals o = byMonth.get(m);
            Optional<BigDecimal> share = o == null ? Optional.empty() : o.localShare();
            data.category(oneYear ? fr.shortMonth(m) : fr.shortMonth(m) + " " + m.getYear(), share.orElse(null));
            LocalDate from = m.atDay(1).isBefore(shown.from()) ? shown.from() : m.atDay(1);
            LocalDate to = m.atEndOfMonth().isAfter(shown.to()) ? shown.to() : m.atEndOfMonth();
            table.row(link == null ? null : link.apply(new Period(from, to)), fr.month(m),
                    o == null ? BigDecimal.ZERO : o.totalHt(), o == null ? BigDecimal.ZERO : o.localHt(), share);
            if (share.isPresent() && (best == null || share.get().compareTo(best) > 0)) {
                best = share.get();
                bestMonth = m;
            }
        }
        String summary = best == null ? t.get("chart.noSale")
                : t.get("chart.local.best", fr.month(bestMonth), fr.percent(best, 0));
        String note = truncated ? t.get("chart.local.lastMonths", MAX_MONTHS) : null;
        if (byMonth.size() < first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1) {
            note = (note == null ? "" : note + " ") + t.get("chart.noBar");
        }
        Chart chart = Chart.of(Chart.Kind.BARS, title, data.build(), summary, note);
        return new Figure(chart, table.build(), 800, 340, AltText.of(chart, summary, t));
    }

    /**
     * The local share by segment (those with sales, in the usual order).
     *
     * @param link the page detailing a segment (null for none)
     */
    public static Figure bySegment(Analytics a, Period p, Filters f, String scope, Function<Segment, String> link,
            Texts t) throws SQLException {
        List<Group> groups = new ArrayList<>(a.local().breakdown(Dimension.SEGMENT, p, f));
        groups.sort(Comparator.comparing(g -> Segment.parse(g.key()).map(Enum::ordinal).orElse(99)));
        return byGroup(groups, t.get("chart.segment"), t.get("chart.local.bySegment", scope),
                g -> Segment.parse(g.key()).map(t.formats()::label).orElse(g.key()),
                g -> link == null ? null : Segment.parse(g.key()).map(link).orElse(null), t);
    }

    /**
     * The local share by product family (those with sales, in the usual order).
     *
     * @param link the page detailing a family (null for none)
     */
    public static Figure byFamily(Analytics a, Period p, Filters f, String scope, Function<Family, String> link,
            Texts t) throws SQLException {
        List<Group> groups = new ArrayList<>(a.local().breakdown(Dimension.FAMILY, p, f));
        groups.sort(Comparator.comparing(g -> Family.parse(g.key()).map(Enum::ordinal).orElse(99)));
        return byGroup(groups, t.get("chart.family"), t.get("chart.local.byFamily", scope),
                g -> Family.parse(g.key()).map(t.formats()::label).orElse(g.key()),
                g -> link == null ? null : Family.parse(g.key()).map(link).orElse(null), t);
    }

    private static Figure byGroup(List<Group> groups, String what, String title, Function<Group, String> label,
            Function<Group, String> link, Texts t) {
        Formats fr = t.formats();
        ChartData.Builder data = ChartData.builder(what, Unit.SHARE).series(t.get("chart.localShare"));
        ChartTable.Builder table = ChartTable.builder(title, fr).column(what, ChartTable.Kind.TEXT)
                .column(t.get("chart.col.sales"), ChartTable.Kind.MONEY)
                .column(t.get("chart.col.local"), ChartTable.Kind.MONEY)
                .column(t.get("chart.col.share"), ChartTable.Kind.SHARE);
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
            summary = t.get("chart.noSale");
        } else if (highest == lowest) {
            summary = t.get("chart.local.one", label.apply(highest), fr.percent(highest.totals().localShare(), 0));
        } else {
            summary = t.get("chart.local.range", fr.percent(lowest.totals().localShare(), 0), label.apply(lowest),
                    fr.percent(highest.totals().localShare(), 0), label.apply(highest));
        }
        Chart chart = Chart.of(Chart.Kind.HORIZONTAL_BARS, title, data.build(), summary);
        return new Figure(chart, table.build(), 800, Math.max(150, 60 + 28 * groups.size()),
                AltText.of(chart, summary, t));
    }
}
