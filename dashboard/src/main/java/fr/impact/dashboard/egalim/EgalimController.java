package fr.impact.dashboard.egalim;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.egalim.Egalim;
import fr.impact.analytics.egalim.EgalimTargets;
import fr.impact.analytics.egalim.EgalimTotals;
import fr.impact.dashboard.charts.Figure;
import fr.impact.dashboard.charts.FigureCache;
import fr.impact.dashboard.filters.FiltersReader;
import fr.impact.dashboard.filters.SalesFilters;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.ReadCache;
import fr.impact.dashboard.system.Texts;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.model.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * EGalim ({@code GET /egalim}, filtered like the local page): the collective-catering
 * purchases from the hub by EGalim category, year by year against the targets (bio 20 %,
 * EGalim 50 %, meat and fish 60 %), by product family, and per canteen — a chart
 * ({@code /egalim/graphiques/cantines.png}) and its data ({@code …/cantines/donnees.csv}).
 */
@Controller
class EgalimController {

    static final String VIEW = "egalim/egalim";

    /** One row: a year or a family, and its totals. */
    record Row(String label, EgalimTotals totals) {}

    private final Database db;
    private final FiltersReader filters;
    private final ParkConfig config;
    private final FigureCache cache;
    private final Texts texts;
    private final ReadCache kept;

    /** The page's EGalim tables for one set of filters. */
    private record Tables(EgalimTotals total, List<Row> byYear, List<Row> byFamily) {}

    EgalimController(Database db, FiltersReader filters, ParkConfig config, FigureCache cache, Texts texts,
            ReadCache kept) {
        this.kept = kept;
        this.db = db;
        this.filters = filters;
        this.config = config;
        this.cache = cache;
        this.texts = texts;
    }

    @GetMapping("/egalim")
    String egalim(@RequestParam Map<String, String> params, Model model) throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        model.addAttribute("hasData", read.isPresent());
        if (read.isEmpty()) {
            return VIEW;
        }
        SalesFilters f = read.get();
        Filters filters = f.analytics();
        int first = f.data().from().getYear();
        int last = f.data().to().getYear();
        // kept until the next import, per language (family names are translated)
        Tables tables = kept.get("egalim/" + texts.language() + "?" + f.query(), () -> db.read(c -> {
            Egalim e = new Egalim(c);
            List<Row> byYear = new ArrayList<>();
            List<Row> byFamily = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                byYear.add(new Row(String.valueOf(y), e.totals(Period.year(y), filters)));
            }
            for (Family fam : Family.values()) {
                if (f.family().isPresent() && f.family().get() != fam) {
                    continue;
                }
                EgalimTotals t = e.totals(f.period(), filters.withFamily(fam));
                if (t.totalHt().signum() != 0) {
                    byFamily.add(new Row(texts.formats().label(fam), t));
                }
            }
            return new Tables(e.totals(f.period(), filters), List.copyOf(byYear), List.copyOf(byFamily));
        }));
        model.addAttribute("total", tables.total());
        model.addAttribute("canteens", canteens(f));
        model.addAttribute("f", f);
        model.addAttribute("byYear", tables.byYear());
        model.addAttribute("byFamily", tables.byFamily());
        model.addAttribute("dataEnd", f.data().to());
        return VIEW;
    }

    @GetMapping("/egalim/graphiques/cantines.png")
    ResponseEntity<byte[]> canteensPng(@RequestParam Map<String, String> params) throws Exception {
        Optional<SalesFilters> f = filters.read(params);
        if (f.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return Figure.png(cache.png("egalim/cantines?" + f.get().query(),
                c -> EgalimCharts.canteens(new Analytics(c), f.get(), parkTargets(), texts)));
    }

    @GetMapping("/egalim/graphiques/cantines/donnees.csv")
    ResponseEntity<byte[]> canteensCsv(@RequestParam Map<String, String> params) throws Exception {
        Optional<SalesFilters> f = filters.read(params);
        if (f.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return canteens(f.get()).csv("egalim-par-cantine-" + f.get().fileSuffix() + ".csv");
    }

    private Figure canteens(SalesFilters f) throws java.sql.SQLException {
        return cache.figure("egalim/cantines?" + f.query(), c -> EgalimCharts.canteens(new Analytics(c), f, parkTargets(), texts));
    }

    private EgalimTargets parkTargets() {
        return EgalimTargets.ofZone(config.egalimZone()).orElse(EgalimTargets.METROPOLE);
    }
}
