package fr.impact.dashboard.producers;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.directory.ProducerSummary;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.dashboard.charts.AltText;
import fr.impact.dashboard.charts.ChartTable;
import fr.impact.dashboard.charts.Figure;
import fr.impact.dashboard.charts.FigureCache;
import fr.impact.dashboard.filters.FiltersReader;
import fr.impact.dashboard.filters.SalesFilters;
import fr.impact.dashboard.filters.Sort;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.ReadCache;
import fr.impact.dashboard.system.Formats;
import fr.impact.dashboard.system.Texts;
import fr.impact.ingestion.model.Family;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import fr.impact.reports.format.French;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * {@code GET /producteurs} (sorted by {@code tri} and {@code ordre}, filtered like the local
 * page), {@code GET /producteurs/{id}} (the hub in {@code pole} when the id exists in several),
 * its chart {@code /producteurs/{id}/graphiques/ventes-par-mois.png} and the chart's data
 * {@code …/ventes-par-mois/donnees.csv}. An unknown producer gets a French 404 page.
 */
@Controller
class ProducersController {

    static final String LIST = "producers/producers";
    static final String DETAIL = "producers/producer";
    static final String UNKNOWN = "producers/unknown";

    /** The list's columns: key in the query string ({@code tri=ventes}) → message key of its title. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();
    static final Set<String> ASCENDING_FIRST = Set.of("nom", "commune", "origine", "premiere-vente");
    static final Set<String> NUMERIC = Set.of("ventes", "part", "acheteurs", "premiere-vente");

    static {
        COLUMNS.put("nom", "common.producer");
        COLUMNS.put("commune", "common.commune");
        COLUMNS.put("origine", "producers.col.origin");
        COLUMNS.put("ventes", "common.salesHt");
        COLUMNS.put("part", "producers.col.share");
        COLUMNS.put("premiere-vente", "common.firstSale");
        COLUMNS.put("acheteurs", "nav.buyers");
    }

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    /** One producer of the list, its page and its commune in words. */
    record Line(ProducerSummary p, String link, String commune) {}

    /** One buyer or family of a producer's page, and the page that details it (or null). */
    record Part(String label, BigDecimal totalHt, long lines, String link) {}

    private final Database db;
    private final FiltersReader filters;
    private final FigureCache cache;
    private final Texts texts;
    private final ReadCache kept;

    ProducersController(Database db, FiltersReader filters, FigureCache cache, Texts texts, ReadCache kept) {
        this.kept = kept;
        this.db = db;
        this.filters = filters;
        this.cache = cache;
        this.texts = texts;
    }

    /** The columns' titles in the page's language. */
    private Map<String, String> columns() {
        Map<String, String> titles = new LinkedHashMap<>();
        COLUMNS.forEach((key, message) -> titles.put(key, texts.get(message)));
        return titles;
    }

    @GetMapping("/producteurs")
    String list(@RequestParam Map<String, String> params, Model model) throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        model.addAttribute("hasData", read.isPresent());
        if (read.isEmpty()) {
            return LIST;
        }
        SalesFilters f = read.get();
        Sort sort = Sort.read(params, COLUMNS, "ventes", ASCENDING_FIRST);
        List<ProducerSummary> all = new ArrayList<>(kept.get("producers?" + f.query(), // until the next import
                () -> List.copyOf(db.read(c -> new Analytics(c).directory().producers(f.period(), f.analytics())))));
        all.sort(comparator(sort));
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        long selling = 0;
        long localSelling = 0;
        for (ProducerSummary p : all) {
            lines.add(new Line(p, detailLink(p.hub(), p.id(), f), commune(p.commune(), p.communeName())));
            total = total.add(p.totalHt());
            if (p.lines() > 0) {
                selling++;
                if (p.local()) {
                    localSelling++;
                }
            }
        }
        model.addAttribute("f", f);
        model.addAttribute("sort", sort);
        model.addAttribute("headers", sort.headers(f, "/producteurs", columns(), ASCENDING_FIRST, NUMERIC));
        model.addAttribute("lines", lines);
        model.addAttribute("total", total);
        model.addAttribute("selling", selling);
        model.addAttribute("localSelling", localSelling);
        return LIST;
    }

    @GetMapping("/producteurs/{id}")
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
        Selected sel = s.get();
        SalesFilters f = sel.filters();
        ProducerSummary p = sel.producer();
        Filters only = f.analytics().withProducer(p.id());
        model.addAttribute("f", f);
        model.addAttribute("p", p);
        model.addAttribute("self", base(p.id()));
        model.addAttribute("commune", commune(p.commune(), p.communeName()));
        model.addAttribute("otherHubs", sel.otherHubs());
        model.addAttribute("chart", cache.figure(key(p, f), c -> monthly(new Analytics(c), p, f, texts)));
        model.addAttribute("chartPng", f.link(base(p.id()) + "/graphiques/ventes-par-mois.png"));
        model.addAttribute("chartCsv", f.link(base(p.id()) + "/graphiques/ventes-par-mois/donnees.csv"));
        List<Part> buyers = new ArrayList<>();
        List<Part> families = new ArrayList<>();
        db.read(c -> {
            Analytics a = new Analytics(c);
            for (Group g : a.local().breakdown(Dimension.BUYER, f.period(), only)) {
                String buyerId = g.key().substring(g.key().indexOf('/') + 1);
                buyers.add(new Part(g.label(), g.totals().totalHt(), g.totals().lines(),
                        f.link("/acheteurs/" + UriUtils.encodePathSegment(buyerId, StandardCharsets.UTF_8))));
            }
            for (Group g : a.local().breakdown(Dimension.FAMILY, f.period(), only)) {
                families.add(new Part(Family.parse(g.key()).map(texts.formats()::label).orElse(g.key()), g.totals().totalHt(),
                        g.totals().lines(), null));
            }
            return null;
        });
        buyers.sort(Comparator.comparing(Part::totalHt).reversed());
        families.sort(Comparator.comparing(Part::totalHt).reversed());
        model.addAttribute("buyers", buyers);
        model.addAttribute("families", families);
        return DETAIL;
    }

    @GetMapping("/producteurs/{id}/graphiques/ventes-par-mois.png")
    ResponseEntity<byte[]> png(@PathVariable("id") String id, @RequestParam Map<String, String> params)
            throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        Optional<Selected> s = read.isEmpty() ? Optional.empty() : select(id, read.get());
        if (s.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Selected sel = s.get();
        return Figure.png(cache.png(key(sel.producer(), sel.filters()),
                c -> monthly(new Analytics(c), sel.producer(), sel.filters(), texts)));
    }

    @GetMapping("/producteurs/{id}/graphiques/ventes-par-mois/donnees.csv")
    ResponseEntity<byte[]> csv(@PathVariable("id") String id, @RequestParam Map<String, String> params)
            throws Exception {
        Optional<SalesFilters> read = filters.read(params);
        Optional<Selected> s = read.isEmpty() ? Optional.empty() : select(id, read.get());
        if (s.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Selected sel = s.get();
        return cache.figure(key(sel.producer(), sel.filters()),
                        c -> monthly(new Analytics(c), sel.producer(), sel.filters(), texts))
                .csv("ventes-producteur-" + fileSafe(id) + "-" + s.get().filters().fileSuffix() + ".csv");
    }

    /** The producer asked for, the filters with its hub, and the other hubs where its id exists. */
    private record Selected(ProducerSummary producer, SalesFilters filters, List<String> otherHubs) {}

    /**
     * The producer {@code id} of the hub asked for ({@code pole}), else of the only hub that has
     * it, else of the first (by name) of those that have it; empty when none has it.
     */
    private Optional<Selected> select(String id, SalesFilters f) throws SQLException {
        return db.read(c -> {
            var directory = new Analytics(c).directory();
            List<String> hubs = directory.hubsOfProducer(id);
            String hub = f.hub().orElse(hubs.isEmpty() ? null : hubs.get(0));
            if (hub == null || !hubs.contains(hub)) {
                return Optional.empty();
            }
            SalesFilters withHub = f.withHub(hub);
            return directory.producer(hub, id, f.period(), withHub.analytics())
                    .map(p -> new Selected(p, withHub, hubs.stream().filter(h -> !h.equals(hub)).toList()));
        });
    }

    private static String key(ProducerSummary p, SalesFilters f) {
        return "producteurs/" + p.hub() + "/" + p.id() + "?" + f.query();
    }

    /** The producer's sales month by month over the period, in the filters. */
    static Figure monthly(Analytics a, ProducerSummary p, SalesFilters f, Texts t) throws SQLException {
        Formats fr = t.formats();
        Period period = f.period();
        Map<YearMonth, BigDecimal> byMonth = new HashMap<>();
        for (Group g : a.local().breakdown(Dimension.MONTH, period, f.analytics().withProducer(p.id()))) {
            byMonth.put(YearMonth.parse(g.key()), g.totals().totalHt());
        }
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        if (first.plusMonths(35).isBefore(last)) {
            first = last.minusMonths(35);
        }
        boolean oneYear = first.getYear() == last.getYear();
        String title = t.get("producer.chart.title", p.name(), f.describe(t));
        ChartData.Builder data = ChartData.builder(t.get("chart.month"), Unit.EUROS_HT).series(t.get("common.salesHt"));
        ChartTable.Builder table = ChartTable.builder(title, fr).column(t.get("chart.month"), ChartTable.Kind.TEXT)
                .column(t.get("chart.col.sales"), ChartTable.Kind.MONEY);
        BigDecimal best = null;
        YearMonth bestMonth = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            BigDecimal v = byMonth.getOrDefault(m, BigDecimal.ZERO);
            data.category(oneYear ? fr.shortMonth(m) : fr.shortMonth(m) + " " + m.getYear(), v);
            table.row(null, fr.month(m), v);
            if (byMonth.containsKey(m) && (best == null || v.compareTo(best) > 0)) {
                best = v;
                bestMonth = m;
            }
        }
        String summary = best == null ? t.get("chart.noSale")
                : t.get("producer.chart.best", fr.month(bestMonth), fr.eurosRounded(best));
        Chart chart = Chart.of(Chart.Kind.BARS, title, data.build(), summary);
        return new Figure(chart, table.build(), 800, 340, AltText.of(chart, summary, t));
    }

    static Comparator<ProducerSummary> comparator(Sort sort) {
        Comparator<ProducerSummary> c = switch (sort.key()) {
            case "nom" -> Comparator.comparing(ProducerSummary::name, FRENCH);
            case "commune" -> Comparator.comparing(p -> commune(p.commune(), p.communeName()), FRENCH);
            case "origine" -> Comparator.comparing(ProducerSummary::originLevel);
            case "part" -> Comparator.comparing(p -> p.shareOfHub().orElse(null),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case "premiere-vente" -> Comparator.comparing(p -> p.firstSale().orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case "acheteurs" -> Comparator.comparingLong(ProducerSummary::buyers);
            default -> Comparator.comparing(ProducerSummary::totalHt);
        };
        if (!sort.ascending()) {
            c = c.reversed();
        }
        return c.thenComparing(ProducerSummary::hub).thenComparing(ProducerSummary::id);
    }

    /** {@code Mortagne-au-Perche (61293)}, {@code 61214}, or a dash. */
    static String commune(Optional<String> code, Optional<String> name) {
        if (code.isEmpty()) {
            return French.NONE;
        }
        return name.map(n -> n + " (" + code.get() + ")").orElse(code.get());
    }

    static String base(String id) {
        return "/producteurs/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    static String detailLink(String hub, String id, SalesFilters f) {
        return f.withHub(hub).link(base(id));
    }

    private static String fileSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
