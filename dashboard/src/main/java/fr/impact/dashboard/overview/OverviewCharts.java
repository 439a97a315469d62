package fr.impact.dashboard.overview;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.ReadCache;
import fr.impact.reports.brief.BriefReport;
import fr.impact.reports.chart.Chart;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview's charts, drawn by the reports' chart code: the local share month by month
 * ({@code GET /graphiques/part-locale.png?du=&au=}).
 */
@Controller
class OverviewCharts {

    private final Database db;
    private final ReadCache cache;

    OverviewCharts(Database db, ReadCache cache) {
        this.db = db;
        this.cache = cache;
    }

    /** The local share month by month over the period (its last twelve months if longer), as in the brief. */
    Chart monthlyShare(Period p) throws java.sql.SQLException {
        return cache.get("monthlyShare/" + p.from() + "/" + p.to(),
                () -> db.read(c -> BriefReport.monthlyShare(new Analytics(c), p, Filters.NONE)));
    }

    @GetMapping(value = "/graphiques/part-locale.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> monthlySharePng(
            @RequestParam(name = "du") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "au") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) throws Exception {
        if (to.isBefore(from)) {
            return ResponseEntity.badRequest().build();
        }
        Period p = new Period(from, to);
        byte[] png = cache.get("monthlyShare.png/" + p.from() + "/" + p.to(), () -> monthlyShare(p).png(800, 400, 1.5));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }
}
