package fr.impact.dashboard.local;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Period;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.dashboard.charts.Figure;
import fr.impact.dashboard.charts.FigureCache;
import fr.impact.dashboard.charts.LocalShareCharts;
import fr.impact.dashboard.filters.FiltersReader;
import fr.impact.dashboard.filters.SalesFilters;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.ReadCache;
import fr.impact.dashboard.system.Formats;
import fr.impact.dashboard.system.Texts;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Local sourcing ({@code GET /local}): the local share for a period and filters (hub, segment,
 * family), three charts (by month, by segment, by family: {@code /local/graphiques/par-mois.png}
 * and its data {@code /local/graphiques/par-mois/donnees.csv}, the same filters), and a
 * breakdown by month, segment, family, producer or buyer whose rows lead to the producers' and
 * buyers' pages.
 */
@Controller
class LocalSourcingController {

    static final String VIEW = "local/local";

    /** The breakdowns, by their key in the query string ({@code par=mois}); their names are {@code local.by.<key>}. */
    static final Map<String, Dimension> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("mois", Dimension.MONTH);
        DIMENSIONS.put("segment", Dimension.SEGMENT);
        DIMENSIONS.put("famille", Dimension.FAMILY);
        DIMENSIONS.put("producteur", Dimension.PRODUCER);
        DIMENSIONS.put("acheteur", Dimension.BUYER);
    }

    /** The breakdowns' names in the page's language, by key. */
    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : DIMENSIONS.keySet()) {
            labels.put(key, texts.get("local.by." + key));
        }
        return labels;
    }

    /** The charts, by the name in their address. */
    enum LocalChart {
        BY_MONTH("par-mois"), BY_SEGMENT("par-segment"), BY_FAMILY("par-famille");

        final String slug;

        LocalChart(String slug) {
            this.slug = slug;
        }

        static Optional<LocalChart> of(String slug) {
            for (LocalChart c : values()) {
                if (c.slug.equals(slug)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** One row of the breakdown: the group's name, its totals, the page that details it (or null). */
    record Row(String label, OriginTotals totals, String link, Cells cells) {}

    /**
     * A row's figures as the page writes them, formatted once when the row is kept (the
     * template engine calling the formatter for every cell of every request cost more than the
     * figures themselves).
     */
    record Cells(String totalHt, String parcHt, String procheHt, String unknownHt, String localShare, Object shareValue) {
        static Cells of(OriginTotals t, Formats fr) {
            return new Cells(fr.euros(t.totalHt()), fr.euros(t.parcHt()), fr.euros(t.procheHt()), fr.euros(t.unknownHt()),
                    fr.percent(t.localShare()), t.localShare().orElse(null));
        }
    }

    /** The page's figures for one breakdown and one set of filters, kept until the next import. */
    private record Figures(OriginTotals totals, List<Row> rows) {}

    private final Database db;
    private final FiltersReader filters;
    private final Formats fr;
    private final FigureCache cache;
    private final ReadCache kept;
    private final Texts texts;

    LocalSourcingController(Database db, FiltersReader filters, Formats fr, FigureCache cache, ReadCache kept,
            Texts texts) {
        this.db = db;
        this.filters = filters;
        this.fr = fr;
        this.cache = cache;
        this.kept = kept;
        this.texts = texts;
    }

    @GetMapping("/local")
    String local(@RequestParam Map<String, String> params, Model model) throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        model.addAttribute("hasData", read.isPresent());
        Map<String, String> labels = labels();
        model.addAttribute("dimensions", labels);
        if (read.isEmpty()) {
            return VIEW;
        }
        SalesFilters f = read.get();
        String key = DIMENSIONS.containsKey(params.get("par")) ? params.get("par") : "mois";
        model.addAttribute("f", f);
        model.addAttribute("by", key);
        model.addAttribute("byLabel", labels.get(key));
        // the rows hold translated labels: one copy per language
        Figures figures = kept.get("local/" + texts.language() + "/" + key + "?" + f.query(), () -> db.read(c -> {
            Analytics a = new Analytics(c);
            List<Row> rows = new ArrayList<>();
            for (Group g : a.local().breakdown(DIMENSIONS.get(key), f.period(), f.analytics())) {
                rows.add(new Row(fr.group(g.key(), g.label()), g.totals(), link(key, g, f), Cells.of(g.totals(), fr)));
            }
            return new Figures(a.local().totals(f.period(), f.analytics()), List.copyOf(rows));
        }));
        model.addAttribute("totals", figures.totals());
        model.addAttribute("rows", figures.rows());
        Map<String, Figure> charts = new LinkedHashMap<>();
        for (LocalChart chart : LocalChart.values()) {
            charts.put(chart.slug, cache.figure(key(chart, f), c -> figure(new Analytics(c), chart, f, texts)));
        }
        model.addAttribute("charts", charts);
        return VIEW;
    }

    @GetMapping("/local/graphiques/{chart}.png")
    ResponseEntity<byte[]> png(@PathVariable("chart") String chart, @RequestParam Map<String, String> params)
            throws Exception {
        Optional<LocalChart> c = LocalChart.of(chart);
        Optional<SalesFilters> f = filters.read(params);
        if (c.isEmpty() || f.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return Figure.png(cache.png(key(c.get(), f.get()), conn -> figure(new Analytics(conn), c.get(), f.get(), texts)));
    }

    @GetMapping("/local/graphiques/{chart}/donnees.csv")
    ResponseEntity<byte[]> csv(@PathVariable("chart") String chart, @RequestParam Map<String, String> params)
            throws Exception {
        Optional<LocalChart> c = LocalChart.of(chart);
        Optional<SalesFilters> f = filters.read(params);
        if (c.isEmpty() || f.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return cache.figure(key(c.get(), f.get()), conn -> figure(new Analytics(conn), c.get(), f.get(), texts))
                .csv("part-locale-" + c.get().slug + "-" + f.get().fileSuffix() + ".csv");
    }

    private static String key(LocalChart chart, SalesFilters f) {
        return "local/" + chart.slug + "?" + f.query();
    }

    private static Figure figure(Analytics a, LocalChart chart, SalesFilters f, Texts t) throws java.sql.SQLException {
        return switch (chart) {
            case BY_MONTH -> LocalShareCharts.byMonth(a, f.period(), f.analytics(),
                    t.get("chart.local.byMonth", f.describe(t)), p -> f.withPeriod(p).link("/producteurs"), t);
            case BY_SEGMENT -> LocalShareCharts.bySegment(a, f.period(), f.analytics(), f.describe(t),
                    s -> f.withSegment(s).link("/acheteurs"), t);
            case BY_FAMILY -> LocalShareCharts.byFamily(a, f.period(), f.analytics(), f.describe(t),
                    x -> f.withFamily(x).link("/producteurs"), t);
        };
    }

    /** Where a breakdown row leads: the producers or buyers of that month, segment or family, or that one. */
    static String link(String key, Group g, SalesFilters f) {
        return switch (key) {
            case "mois" -> {
                YearMonth m = YearMonth.parse(g.key());
                Period p = new Period(max(m.atDay(1), f.period().from()), min(m.atEndOfMonth(), f.period().to()));
                yield f.withPeriod(p).link("/producteurs");
            }
            case "segment" -> Segment.parse(g.key()).map(s -> f.withSegment(s).link("/acheteurs")).orElse(null);
            case "famille" -> Family.parse(g.key()).map(x -> f.withFamily(x).link("/producteurs")).orElse(null);
            case "producteur" -> member("/producteurs/", g.key(), f);
            case "acheteur" -> member("/acheteurs/", g.key(), f);
            default -> null;
        };
    }

    /** {@code hub/id} → {@code /producteurs/id?…&pole=hub}. */
    private static String member(String base, String key, SalesFilters f) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String hub = key.substring(0, slash);
        String id = key.substring(slash + 1);
        return f.withHub(hub).link(base + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
    }

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
