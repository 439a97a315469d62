package fr.impact.dashboard.local;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.LocalSourcing;
import fr.impact.dashboard.overview.IndicatorsService;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.ReadCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Local sourcing: the local share by month, segment, family or producer for a year. */
@Controller
class LocalSourcingController {

    static final String VIEW = "local/local";

    static final Map<String, Dimension> DIMENSIONS = new LinkedHashMap<>();
    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("mois", Dimension.MONTH);
        DIMENSIONS.put("segment", Dimension.SEGMENT);
        DIMENSIONS.put("famille", Dimension.FAMILY);
        DIMENSIONS.put("producteur", Dimension.PRODUCER);
        LABELS.put("mois", "Mois");
        LABELS.put("segment", "Segment de clientèle");
        LABELS.put("famille", "Famille de produits");
        LABELS.put("producteur", "Producteur");
    }

    private final Database db;
    private final IndicatorsService indicators;
    private final ReadCache cache;

    LocalSourcingController(Database db, IndicatorsService indicators, ReadCache cache) {
        this.db = db;
        this.indicators = indicators;
        this.cache = cache;
    }

    @GetMapping("/local")
    String local(@RequestParam(name = "annee", required = false) Integer year,
            @RequestParam(name = "par", defaultValue = "mois") String by, Model model) throws Exception {
        var all = indicators.salesPeriod();
        model.addAttribute("hasData", all.isPresent());
        model.addAttribute("dimensions", LABELS);
        if (all.isEmpty()) {
            return VIEW;
        }
        List<Integer> years = new ArrayList<>();
        for (int y = all.get().to().getYear(); y >= all.get().from().getYear(); y--) {
            years.add(y);
        }
        int y = year != null && years.contains(year) ? year : all.get().to().getYear();
        String key = DIMENSIONS.containsKey(by) ? by : "mois";
        Period p = Period.year(y);
        model.addAttribute("years", years);
        model.addAttribute("selectedYear", y);
        model.addAttribute("by", key);
        model.addAttribute("byLabel", LABELS.get(key));
        model.addAttribute("period", p);
        model.addAttribute("groups", cache.get("breakdown/" + key + "/" + p.from() + "/" + p.to(),
                () -> db.read(c -> new LocalSourcing(c).breakdown(DIMENSIONS.get(key), p, Filters.NONE))));
        model.addAttribute("today", LocalDate.now());
        return VIEW;
    }
}
