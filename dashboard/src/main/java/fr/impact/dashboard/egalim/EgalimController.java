package fr.impact.dashboard.egalim;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.egalim.Egalim;
import fr.impact.analytics.egalim.EgalimTotals;
import fr.impact.dashboard.overview.IndicatorsService;
import fr.impact.dashboard.system.Database;
import fr.impact.ingestion.model.Family;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * EGalim: the collective-catering purchases from the hub by EGalim category, year by year
 * against the targets (bio 20 %, EGalim 50 %, meat and fish 60 %), and by product family.
 */
@Controller
class EgalimController {

    static final String VIEW = "egalim/egalim";

    /** One row: a year or a family, and its totals. */
    record Row(String label, EgalimTotals totals) {}

    private final Database db;
    private final IndicatorsService indicators;

    EgalimController(Database db, IndicatorsService indicators) {
        this.db = db;
        this.indicators = indicators;
    }

    @GetMapping("/egalim")
    String egalim(@RequestParam(name = "annee", required = false) Integer year, Model model) throws Exception {
        var all = indicators.salesPeriod();
        model.addAttribute("hasData", all.isPresent());
        if (all.isEmpty()) {
            return VIEW;
        }
        int first = all.get().from().getYear();
        int last = all.get().to().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = last; y >= first; y--) {
            years.add(y);
        }
        int selected = year != null && years.contains(year) ? year : last;
        Period p = Period.year(selected);
        List<Row> byYear = new ArrayList<>();
        List<Row> byFamily = new ArrayList<>();
        db.read(c -> {
            Egalim e = new Egalim(c);
            for (int y = first; y <= last; y++) {
                byYear.add(new Row(String.valueOf(y), e.totals(Period.year(y), Filters.NONE)));
            }
            for (Family f : Family.values()) {
                EgalimTotals t = e.totals(p, Filters.NONE.withFamily(f));
                if (t.totalHt().signum() != 0) {
                    byFamily.add(new Row(f.label(), t));
                }
            }
            return null;
        });
        model.addAttribute("years", years);
        model.addAttribute("selectedYear", selected);
        model.addAttribute("byYear", byYear);
        model.addAttribute("byFamily", byFamily);
        model.addAttribute("total", byYear.get(selected - first).totals());
        model.addAttribute("partial", selected == last);
        model.addAttribute("dataEnd", all.get().to());
        return VIEW;
    }
}
