package fr.impact.dashboard.overview;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.dashboard.charts.AltText;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.Formats;
import fr.impact.dashboard.system.ReadCache;
import fr.impact.dashboard.system.Texts;
import fr.impact.reports.brief.BriefReport;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview's charts ({@code GET /graphiques/part-locale.png?du=&au=}): the local share month
 * by month. In French it is the brief's own chart, drawn by the reports' code; in English the
 * same chart (same months, same bars) with English words.
 */
@Controller
class OverviewCharts {

    /** As in the brief: beyond this many months, the last ones. */
    static final int MONTHS_SHOWN = 12;

    /** A chart and its alternative text. */
    private record Drawn(Chart chart, String altText) {}

    private final Database db;
    private final ReadCache cache;
    private final Texts texts;

    OverviewCharts(Database db, ReadCache cache, Texts texts) {
        this.db = db;
        this.cache = cache;
        this.texts = texts;
    }

    private Drawn drawn(Period p) throws java.sql.SQLException {
        return cache.get("monthlyShare/" + texts.language() + "/" + p.from() + "/" + p.to(),
                () -> db.read(c -> texts.english() ? english(new Analytics(c), p)
                        : french(BriefReport.monthlyShare(new Analytics(c), p, Filters.NONE))));
    }

    /** The local share month by month over the period (its last twelve months if longer), as in the brief. */
    Chart monthlyShare(Period p) throws java.sql.SQLException {
        return drawn(p).chart();
    }

    /** The alternative text of {@link #monthlyShare}, in the page's language. */
    String monthlyShareAlt(Period p) throws java.sql.SQLException {
        return drawn(p).altText();
    }

    private static Drawn french(Chart chart) {
        return new Drawn(chart, chart.altText());
    }

    /** The brief's chart ({@link BriefReport#monthlyShare}) in English words. */
    private Drawn english(Analytics analytics, Period period) throws java.sql.SQLException {
        Formats fr = texts.formats();
        YearMonth last = YearMonth.from(period.to());
        YearMonth first = YearMonth.from(period.from());
        boolean truncated = false;
        if (first.plusMonths(MONTHS_SHOWN - 1L).isBefore(last)) {
            first = last.minusMonths(MONTHS_SHOWN - 1L);
            truncated = true;
        }
        LocalDate from = truncated ? first.atDay(1) : period.from();
        Map<YearMonth, OriginTotals> byMonth = new HashMap<>();
        for (Group g : analytics.local().breakdown(Dimension.MONTH, new Period(from, period.to()), Filters.NONE)) {
            byMonth.put(YearMonth.parse(g.key()), g.totals());
        }
        boolean oneYear = first.getYear() == last.getYear();
        ChartData.Builder data = ChartData.builder(texts.get("chart.month"), Unit.SHARE)
                .series(texts.get("chart.localShare"));
        BigDecimal best = null;
        YearMonth bestMonth = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Optional<BigDecimal> share = Optional.ofNullable(byMonth.get(m)).flatMap(OriginTotals::localShare);
            data.category(oneYear ? fr.shortMonth(m) : fr.shortMonth(m) + " " + m.getYear(), share.orElse(null));
            if (share.isPresent() && (best == null || share.get().compareTo(best) > 0)) {
                best = share.get();
                bestMonth = m;
            }
        }
        String title = oneYear ? texts.get("overview.chart.title.year", first.getYear())
                : truncated ? texts.get("overview.chart.title.last", MONTHS_SHOWN) : texts.get("overview.chart.title");
        String summary = best == null ? texts.get("chart.noSale")
                : texts.get("chart.local.best", fr.month(bestMonth), fr.percent(best, 0));
        boolean gaps = byMonth.size() < first.until(last, ChronoUnit.MONTHS) + 1;
        Chart chart = Chart.of(Chart.Kind.BARS, title, data.build(), summary, gaps ? texts.get("chart.noBar") : null);
        return new Drawn(chart, AltText.of(chart, summary, texts));
    }

    @GetMapping(value = "/graphiques/part-locale.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> monthlySharePng(
            @RequestParam(name = "du") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "au") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) throws Exception {
        if (to.isBefore(from)) {
            return ResponseEntity.badRequest().build();
        }
        Period p = new Period(from, to);
        byte[] png = cache.get("monthlyShare.png/" + texts.language() + "/" + p.from() + "/" + p.to(),
                () -> monthlyShare(p).png(800, 400, 1.5));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }
}
