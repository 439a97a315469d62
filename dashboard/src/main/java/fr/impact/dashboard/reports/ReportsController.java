package fr.impact.dashboard.reports;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.egalim.BuyerEgalim;
import fr.impact.analytics.egalim.Egalim;
import fr.impact.dashboard.overview.IndicatorsService;
import fr.impact.dashboard.system.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Rapports: one small form per report kind (year, and a buyer or a payment claim where the
 * report takes one); each form downloads from {@code /rapports/{kind}}, the page twin of
 * {@code /api/reports/{kind}}.
 */
@Controller
class ReportsController {

    static final String VIEW = "reports/reports";

    /** The payment claims of a FEADER file, in order. */
    static final List<String> CLAIMS = List.of("AVANCE", "ACOMPTE 1", "ACOMPTE 2", "ACOMPTE 3", "SOLDE");

    /** A collective-catering buyer to choose from. */
    record Buyer(String id, String name) {}

    private final Database db;
    private final IndicatorsService indicators;

    ReportsController(Database db, IndicatorsService indicators) {
        this.db = db;
        this.indicators = indicators;
    }

    @GetMapping("/rapports")
    String reports(Model model) throws Exception {
        Optional<Period> all = indicators.salesPeriod();
        List<Integer> years = new ArrayList<>();
        List<Buyer> buyers = new ArrayList<>();
        if (all.isPresent()) {
            for (int y = all.get().to().getYear(); y >= all.get().from().getYear(); y--) {
                years.add(y);
            }
            Map<String, Buyer> byId = new LinkedHashMap<>();
            db.read(c -> {
                for (BuyerEgalim b : new Egalim(c).byBuyer(all.get(), Filters.NONE)) {
                    byId.putIfAbsent(b.buyerId(), new Buyer(b.buyerId(), b.name()));
                }
                return null;
            });
            buyers.addAll(byId.values());
            buyers.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        }
        model.addAttribute("hasData", all.isPresent());
        model.addAttribute("years", years);
        model.addAttribute("buyers", buyers);
        model.addAttribute("claims", CLAIMS);
        return VIEW;
    }
}
