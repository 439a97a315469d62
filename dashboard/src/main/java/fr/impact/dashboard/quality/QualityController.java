package fr.impact.dashboard.quality;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.quality.DataQuality;
import fr.impact.dashboard.overview.IndicatorsService;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.Texts;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The data-quality page: what to fix so the figures can be trusted. */
@Controller
class QualityController {

    static final String VIEW = "quality/quality";
    static final int MAX_ROWS = 200;

    private final Database db;
    private final IndicatorsService indicators;
    private final Texts texts;

    QualityController(Database db, IndicatorsService indicators, Texts texts) {
        this.db = db;
        this.indicators = indicators;
        this.texts = texts;
    }

    @GetMapping("/qualite")
    String quality(@RequestParam(name = "du", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "au", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) throws Exception {
        LocalDate today = LocalDate.now();
        Period all = indicators.salesPeriod().orElse(new Period(today, today));
        LocalDate start = from != null ? from : all.from();
        LocalDate end = to != null ? to : all.to();
        if (end.isBefore(start)) {
            model.addAttribute("problem", texts.get("quality.problem.reversed"));
            start = all.from();
            end = all.to();
        }
        Period p = new Period(start, end);
        model.addAttribute("q", db.read(c -> new DataQuality(c).summary(p, Filters.NONE, MAX_ROWS)));
        model.addAttribute("period", p);
        return VIEW;
    }
}
