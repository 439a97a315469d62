package fr.impact.dashboard.egalim;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.egalim.BuyerEgalim;
import fr.impact.analytics.egalim.EgalimTargets;
import fr.impact.dashboard.charts.AltText;
import fr.impact.dashboard.charts.ChartTable;
import fr.impact.dashboard.charts.Figure;
import fr.impact.dashboard.filters.SalesFilters;
import fr.impact.dashboard.system.Texts;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriUtils;

/**
 * The EGalim shares of each collective-catering buyer (bio, EGalim bio included) from its hub
 * purchases, against the targets drawn as dashed lines; its table gives each one's amounts and
 * its own zone's targets.
 */
final class EgalimCharts {

    /** The chart draws the largest canteens only beyond this many (the table lists them all). */
    static final int MAX_DRAWN = 30;

    private EgalimCharts() {}

    /**
     * @param park the park's zone's targets (the dashed lines); each canteen's own zone (from its
     *     commune) gives the targets in the table
     * @param t the page's language
     */
    static Figure canteens(Analytics a, SalesFilters f, EgalimTargets park, Texts t) throws SQLException {
        List<BuyerEgalim> rows = a.egalim().byBuyer(f.period(), f.analytics());
        String title = t.get("egalim.chart.title", f.describe(t));
        ChartData.Builder data = ChartData.builder(t.get("egalim.chart.canteen"), Unit.SHARE)
                .series(t.get("egalim.chart.bio"), t.get("egalim.chart.egalim"));
        ChartTable.Builder table = ChartTable.builder(title, t.formats())
                .column(t.get("egalim.chart.canteen"), ChartTable.Kind.TEXT)
                .column(t.get("filters.segment"), ChartTable.Kind.TEXT)
                .column(t.get("egalim.chart.col.purchases"), ChartTable.Kind.MONEY)
                .column(t.get("egalim.chart.col.bio"), ChartTable.Kind.MONEY)
                .column(t.get("egalim.chart.col.egalim"), ChartTable.Kind.MONEY)
                .column(t.get("egalim.chart.col.bioShare"), ChartTable.Kind.SHARE)
                .column(t.get("egalim.chart.col.bioTarget"), ChartTable.Kind.SHARE)
                .column(t.get("egalim.chart.col.egalimShare"), ChartTable.Kind.SHARE)
                .column(t.get("egalim.chart.col.egalimTarget"), ChartTable.Kind.SHARE);
        Set<String> names = new HashSet<>();
        int bioReached = 0;
        int egalimReached = 0;
        int drawn = 0;
        for (BuyerEgalim b : rows) {
            EgalimTargets own = b.commune().map(EgalimTargets::forCommune).orElse(park);
            String name = names.add(b.name()) ? b.name() : b.name() + " (" + b.hub() + "/" + b.buyerId() + ")";
            names.add(name);
            if (drawn < MAX_DRAWN) {
                data.category(name, b.totals().bioShare().orElse(null), b.totals().egalimShare().orElse(null));
                drawn++;
            }
            table.row(f.withHub(b.hub()).withSegment(null).link("/acheteurs/"
                            + UriUtils.encodePathSegment(b.buyerId(), StandardCharsets.UTF_8)),
                    name, t.formats().label(b.segment()), b.totals().totalHt(), b.totals().bioHt(), b.totals().egalimHt(),
                    b.totals().bioShare(), own.bio(), b.totals().egalimShare(), own.egalim());
            if (reaches(b.totals().bioShare().orElse(null), own.bio())) {
                bioReached++;
            }
            if (reaches(b.totals().egalimShare().orElse(null), own.egalim())) {
                egalimReached++;
            }
        }
        String summary = rows.isEmpty() ? t.get("egalim.chart.none")
                : t.get(rows.size() > 1 ? "egalim.chart.summary.many" : "egalim.chart.summary.one", bioReached,
                        rows.size(), egalimReached);
        String note = rows.size() > MAX_DRAWN ? t.get("egalim.chart.largest", MAX_DRAWN) : null;
        Chart chart = Chart.of(Chart.Kind.HORIZONTAL_BARS, title, data.build(), summary, note,
                List.of(new Chart.Target(t.get("egalim.chart.target.bio"), park.bio()),
                        new Chart.Target(t.get("egalim.chart.target.egalim"), park.egalim())));
        return new Figure(chart, table.build(), 800, Math.max(180, 90 + 34 * drawn), AltText.of(chart, summary, t));
    }

    private static boolean reaches(BigDecimal share, BigDecimal target) {
        return share != null && share.compareTo(target) >= 0;
    }
}
