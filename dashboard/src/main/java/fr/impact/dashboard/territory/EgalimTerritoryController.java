package fr.impact.dashboard.territory;

import fr.impact.analytics.territory.EgalimBenchmark;
import fr.impact.analytics.territory.EgalimTerritory;
import fr.impact.dashboard.system.Database;
import fr.impact.ingestion.config.ParkConfig;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Cantines du territoire: per campaign year, the park's PAT canteens (ParkConfig.patCode) beside
 * the national mean of ma-cantine's open data — unweighted means of declarations.
 */
@Controller
class EgalimTerritoryController {

    static final String VIEW = "territory/territory";

    private final Database db;
    private final ParkConfig park;

    EgalimTerritoryController(Database db, ParkConfig park) {
        this.db = db;
        this.park = park;
    }

    @GetMapping("/territoire")
    String territory(Model model) throws Exception {
        String pat = park.patCode();
        model.addAttribute("pat", pat);
        EgalimBenchmark b = pat == null || pat.isBlank() ? null : db.read(c -> new EgalimTerritory(c).benchmark(pat));
        model.addAttribute("years", b == null ? java.util.List.of() : b.years());
        return VIEW;
    }
}
