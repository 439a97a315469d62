package fr.impact.dashboard.buyers;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.directory.BuyerSummary;
import fr.impact.analytics.egalim.EgalimTargets;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.dashboard.charts.Figure;
import fr.impact.dashboard.charts.FigureCache;
import fr.impact.dashboard.charts.LocalShareCharts;
import fr.impact.dashboard.filters.FiltersReader;
import fr.impact.dashboard.filters.SalesFilters;
import fr.impact.dashboard.filters.Sort;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.ReadCache;
import fr.impact.dashboard.system.Texts;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.model.Family;
import fr.impact.reports.format.French;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * {@code GET /acheteurs} (sorted by {@code tri} and {@code ordre}, filtered like the local
 * page; the segment filter selects buyers), {@code GET /acheteurs/{id}} (the hub in {@code pole}
 * when the id exists in several), its chart {@code /acheteurs/{id}/graphiques/part-locale-par-mois.png}
 * and the chart's data {@code …/part-locale-par-mois/donnees.csv}. An unknown buyer gets a
 * French 404 page.
 */
@Controller
class BuyersController {

    static final String LIST = "buyers/buyers";
    static final String DETAIL = "buyers/buyer";
    static final String UNKNOWN = "buyers/unknown";

    /** The list's columns: key in the query string ({@code tri=achats}) → message key of its title. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();
    static final Set<String> ASCENDING_FIRST = Set.of("nom", "segment", "commune", "premier-achat");
    static final Set<String> NUMERIC = Set.of("achats", "part-locale", "part-bio", "part-egalim", "producteurs",
            "premier-achat");

    static {
        COLUMNS.put("nom", "common.buyer");
        COLUMNS.put("segment", "filters.segment");
        COLUMNS.put("commune", "common.commune");
        COLUMNS.put("achats", "common.purchasesHt");
        COLUMNS.put("part-locale", "common.localShare");
        COLUMNS.put("part-bio", "buyers.col.bio");
        COLUMNS.put("part-egalim", "egalim.col.egalimShare");
        COLUMNS.put("producteurs", "nav.producers");
        COLUMNS.put("premier-achat", "common.firstPurchase");
    }

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    /** One buyer of the list, its page and its commune in words. */
    record Line(BuyerSummary b, String link, String commune) {}

    /** One producer or family of a buyer's page, and the page that details it (or null). */
    record Part(String label, OriginTotals totals, String link) {}

    private final Database db;
    private final FiltersReader filters;
    private final ParkConfig config;
    private final FigureCache cache;
    private final Texts texts;
    private final ReadCache kept;

    BuyersController(Database db, FiltersReader filters, ParkConfig config, FigureCache cache, Texts texts,
            ReadCache kept) {
        this.kept = kept;
        this.db = db;
        this.filters = filters;
        this.config = config;
        this.cache = cache;
        this.texts = texts;
    }

    /** The columns' titles in the page's language. */
    private Map<String, String> columns() {
        Map<String, String> titles = new LinkedHashMap<>();
        COLUMNS.forEach((key, message) -> titles.put(key, texts.get(message)));
        return titles;
    }

    @GetMapping("/acheteurs")
    String list(@RequestParam Map<String, String> params, Model model) throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        model.addAttribute("hasData", read.isPresent());
        if (read.isEmpty()) {
            return LIST;
        }
        SalesFilters f = read.get();
        Sort sort = Sort.read(params, COLUMNS, "achats", ASCENDING_FIRST);
        List<BuyerSummary> all = new ArrayList<>(kept.get("buyers?" + f.query(), // until the next import
                () -> List.copyOf(db.read(c -> new Analytics(c).directory().buyers(f.period(), f.analytics())))));
        all.sort(comparator(sort));
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        long buying = 0;
        for (BuyerSummary b : all) {
            lines.add(new Line(b, f.withHub(b.hub()).withSegment(null).link(base(b.id())),
                    commune(b.commune(), b.communeName())));
            total = total.add(b.totalHt());
            if (b.lines() > 0) {
                buying++;
            }
        }
        model.addAttribute("f", f);
        model.addAttribute("sort", sort);
        model.addAttribute("headers", sort.headers(f, "/acheteurs", columns(), ASCENDING_FIRST, NUMERIC));
        model.addAttribute("lines", lines);
        model.addAttribute("total", total);
        model.addAttribute("buying", buying);
        return LIST;
    }

    @GetMapping("/acheteurs/{id}")
    String detail(@PathVariable("id") String id, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response) throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        Optional<Selected> s = read.isEmpty() ? Optional.empty() : select(id, read.get());
        if (s.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            model.addAttribute("hub", params.get("pole"));
            return UNKNOWN;
        }
        SalesFilters f = s.get().filters();
        BuyerSummary b = s.get().buyer();
        Filters only = f.analytics().withBuyer(b.id());
        model.addAttribute("f", f);
        model.addAttribute("b", b);
        model.addAttribute("self", base(b.id()));
        model.addAttribute("commune", commune(b.commune(), b.communeName()));
        model.addAttribute("otherHubs", s.get().otherHubs());
        model.addAttribute("targets", targets(b));
        model.addAttribute("chart", cache.figure(key(b, f), c -> monthly(new Analytics(c), b, f, texts)));
        model.addAttribute("chartPng", f.link(base(b.id()) + "/graphiques/part-locale-par-mois.png"));
        model.addAttribute("chartCsv", f.link(base(b.id()) + "/graphiques/part-locale-par-mois/donnees.csv"));
        List<Part> producers = new ArrayList<>();
        List<Part> families = new ArrayList<>();
        db.read(c -> {
            Analytics a = new Analytics(c);
            for (Group g : a.local().breakdown(Dimension.PRODUCER, f.period(), only)) {
                String producerId = g.key().substring(g.key().indexOf('/') + 1);
                producers.add(new Part(g.label(), g.totals(), f.link("/producteurs/"
                        + UriUtils.encodePathSegment(producerId, StandardCharsets.UTF_8))));
            }
            for (Group g : a.local().breakdown(Dimension.FAMILY, f.period(), only)) {
                families.add(new Part(Family.parse(g.key()).map(texts.formats()::label).orElse(g.key()), g.totals(), null));
            }
            return null;
        });
        Comparator<Part> largest = Comparator.comparing((Part x) -> x.totals().totalHt()).reversed();
        producers.sort(largest);
        families.sort(largest);
        model.addAttribute("producers", producers);
        model.addAttribute("families", families);
        return DETAIL;
    }

    @GetMapping("/acheteurs/{id}/graphiques/part-locale-par-mois.png")
    ResponseEntity<byte[]> png(@PathVariable("id") String id, @RequestParam Map<String, String> params)
            throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        Optional<Selected> s = read.isEmpty() ? Optional.empty() : select(id, read.get());
        if (s.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Selected sel = s.get();
        return Figure.png(cache.png(key(sel.buyer(), sel.filters()),
                c -> monthly(new Analytics(c), sel.buyer(), sel.filters(), texts)));
    }

    @GetMapping("/acheteurs/{id}/graphiques/part-locale-par-mois/donnees.csv")
    ResponseEntity<byte[]> csv(@PathVariable("id") String id, @RequestParam Map<String, String> params)
            throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        Optional<Selected> s = read.isEmpty() ? Optional.empty() : select(id, read.get());
        if (s.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Selected sel = s.get();
        return cache.figure(key(sel.buyer(), sel.filters()), c -> monthly(new Analytics(c), sel.buyer(), sel.filters(), texts))
                .csv("part-locale-acheteur-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                        + s.get().filters().fileSuffix() + ".csv");
    }

    /** The buyer asked for, the filters with its hub (and no segment filter), the other hubs where its id exists. */
    private record Selected(BuyerSummary buyer, SalesFilters filters, List<String> otherHubs) {}

    private Optional<Selected> select(String id, SalesFilters f) throws SQLException {
        return db.read(c -> {
            var directory = new Analytics(c).directory();
            List<String> hubs = directory.hubsOfBuyer(id);
            String hub = f.hub().orElse(hubs.isEmpty() ? null : hubs.get(0));
            if (hub == null || !hubs.contains(hub)) {
                return Optional.empty();
            }
            SalesFilters own = f.withHub(hub).withSegment(null);
            return directory.buyer(hub, id, f.period(), own.analytics())
                    .map(b -> new Selected(b, own, hubs.stream().filter(h -> !h.equals(hub)).toList()));
        });
    }

    /** The EGalim targets of the buyer's zone: from its commune, else the park's zone, else mainland France. */
    EgalimTargets targets(BuyerSummary b) {
        return b.commune().map(EgalimTargets::forCommune)
                .or(() -> EgalimTargets.ofZone(config.egalimZone()))
                .orElse(EgalimTargets.METROPOLE);
    }

    private static String key(BuyerSummary b, SalesFilters f) {
        return "acheteurs/" + b.hub() + "/" + b.id() + "?" + f.query();
    }

    static Figure monthly(Analytics a, BuyerSummary b, SalesFilters f, Texts t) throws SQLException {
        return LocalShareCharts.byMonth(a, f.period(), f.analytics().withBuyer(b.id()),
                t.get("buyer.chart.title", b.name(), f.describe(t)), null, t);
    }

    static Comparator<BuyerSummary> comparator(Sort sort) {
        Comparator<Optional<BigDecimal>> share = Comparator.comparing(o -> o.orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<BuyerSummary> c = switch (sort.key()) {
            case "nom" -> Comparator.comparing(BuyerSummary::name, FRENCH);
            case "segment" -> Comparator.comparing(BuyerSummary::segment);
            case "commune" -> Comparator.comparing(b -> commune(b.commune(), b.communeName()), FRENCH);
            case "part-locale" -> Comparator.comparing(BuyerSummary::localShare, share);
            case "part-bio" -> Comparator.comparing(BuyerSummary::bioShare, share);
            case "part-egalim" -> Comparator.comparing(BuyerSummary::egalimShare, share);
            case "producteurs" -> Comparator.comparingLong(BuyerSummary::producers);
            case "premier-achat" -> Comparator.comparing(b -> b.firstPurchase().orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            default -> Comparator.comparing(BuyerSummary::totalHt);
        };
        if (!sort.ascending()) {
            c = c.reversed();
        }
        return c.thenComparing(BuyerSummary::hub).thenComparing(BuyerSummary::id);
    }

    static String commune(Optional<String> code, Optional<String> name) {
        if (code.isEmpty()) {
            return French.NONE;
        }
        return name.map(n -> n + " (" + code.get() + ")").orElse(code.get());
    }

    static String base(String id) {
        return "/acheteurs/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
