package fr.impact.dashboard.filters;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.dashboard.system.Texts;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a figures page shows: a period (a calendar year, or dates), and optionally one hub, one
 * segment, one family; with the choices the form offers (the years and hubs that have sales).
 *
 * @param period the period shown
 * @param year the calendar year, when the period is one (null for dates)
 * @param hub one hub, or all
 * @param segment one segment, or all
 * @param family one family, or all
 * @param data the first and last sale dates
 * @param years the years that have sales, latest first
 * @param hubs the hubs that have sales, by name
 * @param problems what could not be used among the values asked for (none when all could), as
 *     messages the page writes in its language
 */
public record SalesFilters(Period period, Integer year, Optional<String> hub, Optional<Segment> segment,
        Optional<Family> family, Period data, List<Integer> years, List<String> hubs, List<Problem> problems) {

    /** A value asked for that could not be used, and what is shown instead: a message key and its arguments. */
    public record Problem(String key, List<String> args) implements MessageSourceResolvable {
        public Problem {
            requireNonNull(key, "key is null");
            args = List.copyOf(args);
        }

        static Problem of(String key, String... args) {
            return new Problem(key, List.of(args));
        }

        @Override
        public String[] getCodes() {
            return new String[] {key};
        }

        @Override
        public Object[] getArguments() {
            return args.toArray();
        }
    }

    public SalesFilters {
        requireNonNull(period, "period is null");
        requireNonNull(hub, "hub is null");
        requireNonNull(segment, "segment is null");
        requireNonNull(family, "family is null");
        requireNonNull(data, "data is null");
        years = List.copyOf(years);
        hubs = List.copyOf(hubs);
        problems = List.copyOf(problems);
    }

    /**
     * Reads the query string: {@code annee}, or {@code du} and {@code au} (ISO dates), {@code pole},
     * {@code segment} and {@code famille} (codes). The form's two buttons say which period they
     * mean ({@code periode=annee} or {@code periode=dates}), since it sends both; a link carries
     * only one. The default is the latest year with sales; an unusable value is left out and
     * said in {@link #problems}.
     */
    public static SalesFilters read(Map<String, String> params, Period data, List<String> hubs) {
        List<Integer> years = new ArrayList<>();
        for (int y = data.to().getYear(); y >= data.from().getYear(); y--) {
            years.add(y);
        }
        List<Problem> problems = new ArrayList<>();
        Period period = null;
        Integer year = null;
        boolean yearAsked = "annee".equals(params.get("periode"));
        String from = yearAsked ? null : blankToNull(params.get("du"));
        String to = yearAsked ? null : blankToNull(params.get("au"));
        if (from != null || to != null) {
            try {
                LocalDate f = from == null ? data.from() : LocalDate.parse(from);
                LocalDate t = to == null ? data.to() : LocalDate.parse(to);
                if (t.isBefore(f)) {
                    problems.add(Problem.of("filters.problem.reversed"));
                } else {
                    period = new Period(f, t);
                }
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(Problem.of("filters.problem.date"));
            }
        }
        if (period == null) {
            String y = blankToNull(params.get("annee"));
            int chosen = years.get(0);
            if (y != null) {
                try {
                    int asked = Integer.parseInt(y);
                    if (years.contains(asked)) {
                        chosen = asked;
                    } else {
                        problems.add(Problem.of("filters.problem.noSaleIn", String.valueOf(asked)));
                    }
                } catch (NumberFormatException e) {
                    problems.add(Problem.of("filters.problem.year"));
                }
            }
            year = chosen;
            period = Period.year(chosen);
        } else if (isYear(period)) {
            year = period.from().getYear();
        }
        Optional<String> hub = Optional.ofNullable(blankToNull(params.get("pole")));
        if (hub.isPresent() && !hubs.contains(hub.get())) {
            problems.add(Problem.of("filters.problem.hub", hub.get()));
            hub = Optional.empty();
        }
        Optional<Segment> segment = Optional.empty();
        String s = blankToNull(params.get("segment"));
        if (s != null) {
            segment = Segment.parse(s);
            if (segment.isEmpty()) {
                problems.add(Problem.of("filters.problem.segment", s));
            }
        }
        Optional<Family> family = Optional.empty();
        String fam = blankToNull(params.get("famille"));
        if (fam != null) {
            family = Family.parse(fam);
            if (family.isEmpty()) {
                problems.add(Problem.of("filters.problem.family", fam));
            }
        }
        return new SalesFilters(period, year, hub, segment, family, data, years, hubs, problems);
    }

    /** The filters for the analytics API. */
    public Filters analytics() {
        return new Filters(hub, segment, family, Optional.empty(), Optional.empty());
    }

    public SalesFilters withPeriod(Period p) {
        return new SalesFilters(p, isYear(p) ? p.from().getYear() : null, hub, segment, family, data, years, hubs, List.of());
    }

    public SalesFilters withHub(String h) {
        return new SalesFilters(period, year, Optional.ofNullable(h), segment, family, data, years, hubs, List.of());
    }

    public SalesFilters withSegment(Segment s) {
        return new SalesFilters(period, year, hub, Optional.ofNullable(s), family, data, years, hubs, List.of());
    }

    public SalesFilters withFamily(Family f) {
        return new SalesFilters(period, year, hub, segment, Optional.ofNullable(f), data, years, hubs, List.of());
    }

    /** The query-string parameters, in order ({@code annee} or {@code du}/{@code au}, then the others set). */
    public Map<String, String> params() {
        Map<String, String> m = new LinkedHashMap<>();
        if (year != null) {
            m.put("annee", String.valueOf(year));
        } else {
            m.put("du", period.from().toString());
            m.put("au", period.to().toString());
        }
        hub.ifPresent(h -> m.put("pole", h));
        segment.ifPresent(s -> m.put("segment", s.name()));
        family.ifPresent(f -> m.put("famille", f.name()));
        return m;
    }

    /** The query string ({@code annee=2025&segment=RESTAURATION_SCOLAIRE}), encoded. */
    public String query() {
        List<String> parts = new ArrayList<>();
        params().forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** {@code path} with these filters ({@code /producteurs?annee=2025}). */
    public String link(String path) {
        return path + "?" + query();
    }

    /** {@code path} with these filters and one more parameter (a sort, a hub). */
    public String link(String path, String key, String value) {
        return link(path) + "&" + key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The period in words: {@code 2025}, or {@code du 01/03/2024 au 31/03/2024} ({@code from … to …}). */
    public String periodText(Texts t) {
        return year != null ? String.valueOf(year)
                : t.get("filters.describe.dates", t.formats().date(period.from()), t.formats().date(period.to()));
    }

    /**
     * The period and the filters set, in words, for titles and captions:
     * {@code 2025 · pôle mil-perche · Restauration scolaire · Boissons}.
     */
    public String describe(Texts t) {
        StringBuilder b = new StringBuilder(periodText(t));
        hub.ifPresent(h -> b.append(" · ").append(t.get("filters.describe.hub", h)));
        segment.ifPresent(s -> b.append(" · ").append(t.formats().label(s)));
        family.ifPresent(f -> b.append(" · ").append(t.formats().label(f)));
        return b.toString();
    }

    /** For file names: {@code 2025}, or {@code 2024-03-01_2024-03-31}. */
    public String fileSuffix() {
        return year != null ? String.valueOf(year) : period.from() + "_" + period.to();
    }

    /** Whether one of hub, segment or family is set. */
    public boolean narrowed() {
        return hub.isPresent() || segment.isPresent() || family.isPresent();
    }

    /** The segments the form offers. */
    public List<Segment> segmentChoices() {
        return List.of(Segment.values());
    }

    /** The families the form offers. */
    public List<Family> familyChoices() {
        return List.of(Family.values());
    }

    private static boolean isYear(Period p) {
        return p.from().getDayOfYear() == 1 && p.to().equals(p.from().withDayOfYear(p.from().lengthOfYear()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
