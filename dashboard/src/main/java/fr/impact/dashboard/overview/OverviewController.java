package fr.impact.dashboard.overview;

import fr.impact.analytics.Period;
import fr.impact.dashboard.system.Texts;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview: the key figures of the latest full year (or the year or dates asked for)
 * beside the same period one year earlier.
 */
@Controller
class OverviewController {

    static final String VIEW = "overview/overview";

    private final IndicatorsService indicators;
    private final OverviewCharts charts;
    private final Texts texts;

    OverviewController(IndicatorsService indicators, OverviewCharts charts, Texts texts) {
        this.indicators = indicators;
        this.charts = charts;
        this.texts = texts;
    }

    @GetMapping("/")
    String overview(@RequestParam(name = "annee", required = false) Integer year,
            @RequestParam(name = "du", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "au", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "periode", required = false) String which, Model model) throws SQLException {
        Optional<Period> all = indicators.salesPeriod();
        model.addAttribute("hasData", all.isPresent());
        if (all.isEmpty()) {
            return VIEW;
        }
        Period data = all.get();
        List<Integer> years = new ArrayList<>();
        for (int y = data.to().getYear(); y >= data.from().getYear(); y--) {
            years.add(y);
        }
        Period current;
        String problem = null;
        // the form sends the year and the dates: its "Afficher" button says the year is meant
        if (from != null && to != null && !"annee".equals(which)) {
            if (to.isBefore(from)) {
                problem = texts.get("overview.problem.reversed");
                current = Period.year(latestFullYear(data));
            } else {
                current = new Period(from, to);
            }
        } else if (year != null && years.contains(year)) {
            current = Period.year(year);
        } else {
            current = Period.year(latestFullYear(data));
        }
        Period previous = new Period(current.from().minusYears(1), current.to().minusYears(1));
        model.addAttribute("years", years);
        model.addAttribute("selectedYear", isYear(current) ? current.from().getYear() : null);
        model.addAttribute("period", current);
        model.addAttribute("previousPeriod", previous);
        model.addAttribute("now", indicators.indicators(current));
        var before = indicators.indicators(previous);
        java.util.Map<String, fr.impact.analytics.local.Group> beforeSegments = new java.util.HashMap<>();
        before.bySegment().forEach(g -> beforeSegments.put(g.key(), g));
        model.addAttribute("before", before);
        model.addAttribute("beforeSegments", beforeSegments);
        model.addAttribute("dataPeriod", data);
        model.addAttribute("problem", problem);
        model.addAttribute("monthlyChart", charts.monthlyShare(current));
        model.addAttribute("monthlyChartAlt", charts.monthlyShareAlt(current));
        return VIEW;
    }

    /** The last calendar year the data covers to its end, else the year before the last sale. */
    static int latestFullYear(Period data) {
        LocalDate last = data.to();
        int y = MonthDay.from(last).equals(MonthDay.of(12, 31)) ? last.getYear() : last.getYear() - 1;
        return Math.max(y, data.from().getYear());
    }

    private static boolean isYear(Period p) {
        return p.from().getDayOfYear() == 1 && p.to().equals(p.from().withDayOfYear(p.from().lengthOfYear()));
    }
}
