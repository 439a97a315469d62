package fr.impact.dashboard.egalim;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.egalim.BuyerEgalim;
import fr.impact.analytics.egalim.EgalimTargets;
import fr.impact.dashboard.charts.ChartTable;
import fr.impact.dashboard.charts.Figure;
import fr.impact.dashboard.filters.SalesFilters;
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
     */
    static Figure canteens(Analytics a, SalesFilters f, EgalimTargets park) throws SQLException {
        List<BuyerEgalim> rows = a.egalim().byBuyer(f.period(), f.analytics());
        String title = "Parts bio et EGalim par restaurant collectif, face aux objectifs — " + f.describe();
        ChartData.Builder data = ChartData.builder("Restaurant collectif", Unit.SHARE)
                .series("Part bio", "Part EGalim (bio compris)");
        ChartTable.Builder table = ChartTable.builder(title)
                .column("Restaurant collectif", ChartTable.Kind.TEXT).column("Segment", ChartTable.Kind.TEXT)
                .column("Achats HT (€)", ChartTable.Kind.MONEY).column("dont bio HT (€)", ChartTable.Kind.MONEY)
                .column("dont EGalim HT (€)", ChartTable.Kind.MONEY).column("Part bio (%)", ChartTable.Kind.SHARE)
                .column("Objectif bio (%)", ChartTable.Kind.SHARE).column("Part EGalim (%)", ChartTable.Kind.SHARE)
                .column("Objectif EGalim (%)", ChartTable.Kind.SHARE);
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
                    name, b.segment().label(), b.totals().totalHt(), b.totals().bioHt(), b.totals().egalimHt(),
                    b.totals().bioShare(), own.bio(), b.totals().egalimShare(), own.egalim());
            if (reaches(b.totals().bioShare().orElse(null), own.bio())) {
                bioReached++;
            }
            if (reaches(b.totals().egalimShare().orElse(null), own.egalim())) {
                egalimReached++;
            }
        }
        String summary = rows.isEmpty() ? "Aucun achat de la restauration collective sur la période."
                : "Objectif bio atteint : " + bioReached + " sur " + rows.size() + " restaurant"
                        + (rows.size() > 1 ? "s collectifs" : " collectif") + " ; objectif EGalim atteint : "
                        + egalimReached + " sur " + rows.size() + ".";
        String note = rows.size() > MAX_DRAWN ? "Les " + MAX_DRAWN + " plus gros acheteurs ; le tableau les donne tous."
                : null;
        Chart chart = Chart.of(Chart.Kind.HORIZONTAL_BARS, title, data.build(), summary, note,
                List.of(new Chart.Target("Objectif bio", park.bio()), new Chart.Target("Objectif EGalim", park.egalim())));
        return new Figure(chart, table.build(), 800, Math.max(180, 90 + 34 * drawn));
    }

    private static boolean reaches(BigDecimal share, BigDecimal target) {
        return share != null && share.compareTo(target) >= 0;
    }
}
