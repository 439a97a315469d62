package fr.impact.reports.brief;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.model.Segment;
import fr.impact.reports.ReportKind;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import fr.impact.reports.coverage.Coverage;
import fr.impact.reports.format.French;
import fr.impact.reports.pdf.A4Document;
import fr.impact.reports.pdf.A4Document.KeyFigure;
import fr.impact.reports.pdf.A4Document.Style;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The brief: one A4 page for elected officials, in plain French — four large numbers (the
 * local share of the hub's sales, the canteens supplied, the local producers paid, the euros
 * that reached local farms), two charts (the local share month by month; sales by type of
 * buyer, local or not), and what the figures rest on. Readable printed in black and white.
 *
 * <p>Every figure comes from {@link Analytics#indicators}: local share = {@code sales.local_share};
 * canteens supplied = collective catering's active buyers; local producers paid =
 * {@code producers.local_active}; euros reaching local farms = {@code sales.local_ht}.
 */
public final class BriefReport {

    /** The four numbers, as the analytics API gives them. */
    public record Figures(Optional<BigDecimal> localShare, long canteensSupplied, long localProducersPaid,
            BigDecimal localHt, BigDecimal totalHt) {

        public static Figures of(Indicators i) {
            OriginTotals s = i.sales();
            return new Figures(s.localShare(), i.collectiveCatering().activeBuyers(), i.producers().localActive(),
                    s.localHt(), s.totalHt());
        }

        /** {@code 67 %}. */
        public String localShareText() {
            return French.percent(localShare, 0);
        }

        /** {@code 12}. */
        public String canteensText() {
            return French.integer(canteensSupplied);
        }

        /** {@code 28}. */
        public String producersText() {
            return French.integer(localProducersPaid);
        }

        /** {@code 4 550 €}. */
        public String localEurosText() {
            return French.wholeEuros(localHt);
        }
    }

    private static final int MONTHS_SHOWN = 12;

    private final Connection connection;
    private final ParkConfig park;

    public BriefReport(Connection connection, ParkConfig park) {
        this.connection = requireNonNull(connection, "connection is null");
        this.park = requireNonNull(park, "park is null");
    }

    /** Writes {@code brief-<period>.pdf} into the request's folder; returns its path. */
    public Path write(ReportRequest request) throws SQLException, IOException {
        Analytics analytics = new Analytics(connection);
        Period period = request.period();
        Filters filters = request.filters();
        Indicators indicators = analytics.indicators(period, filters);
        Figures f = Figures.of(indicators);
        Coverage coverage = Coverage.load(connection, period, request.generatedOn(), indicators.sales());
        Chart monthly = monthlyShare(analytics, period, filters);
        Chart segments = bySegment(indicators.bySegment());

        Path file = request.file(ReportKind.BRIEF, "pdf");
        String title = title(request);
        try (A4Document doc = A4Document.create(new A4Document.Info(title, coverage.periodText(), park.parkName(),
                request.generatedOn(), coverage.line()))) {
            doc.text(park.parkName().toUpperCase(java.util.Locale.FRANCE) + " · PÔLE ALIMENTAIRE LOCAL",
                    Style.SMALL_STRONG);
            doc.space(4);
            doc.title(title);
            doc.text("Ventes du pôle " + coverage.periodText()
                    + filters.buyer().map(b -> ", acheteur " + b).orElse("")
                    + " · document produit le " + French.date(request.generatedOn()), Style.SUBTITLE);
            doc.space(8);
            doc.paragraph(lead(f));
            doc.space(2);
            doc.keyFigures(List.of(
                    KeyFigure.of(f.localShareText(), "des achats au pôle sont des produits locaux",
                            "Part en valeur, hors taxes : " + French.euros(f.localHt()) + " sur "
                                    + French.euros(f.totalHt()) + " (producteurs du Parc et des environs)"),
                    KeyFigure.of(f.canteensText(),
                            plural(f.canteensSupplied(), "cantine ou restaurant collectif approvisionné",
                                    "cantines et restaurants collectifs approvisionnés"),
                            "Écoles, établissements de santé et médico-sociaux, autres restaurants collectifs "
                                    + "ayant acheté au pôle sur la période"),
                    KeyFigure.of(f.producersText(),
                            plural(f.localProducersPaid(), "producteur local rémunéré", "producteurs locaux rémunérés"),
                            "Fermes et artisans du Parc ou des environs ayant vendu par le pôle sur la période"),
                    KeyFigure.of(f.localEurosText(), "reçus par les fermes locales",
                            French.euros(f.localHt()) + " hors taxes de ventes de produits locaux")),
                    2);
            doc.space(4);
            doc.chart(monthly, 165);
            doc.space(8);
            doc.chart(segments, segmentsHeight(indicators.bySegment().size()));
            doc.space(6);
            doc.rule();
            doc.text("Sur quelles données reposent ces chiffres ?", Style.SMALL_STRONG);
            doc.text(coverage.qualitySentence() + " « Local » : producteurs dont la commune est dans le Parc "
                    + "ou dans les environs qu'il a définis.", Style.SMALL);
            sources(doc, coverage);
            doc.save(file);
        }
        return file;
    }

    static String title(ReportRequest r) {
        return r.calendarYear()
                ? "Alimentation locale : l'essentiel de " + r.period().from().getYear()
                : "Alimentation locale : l'essentiel";
    }

    /** The opening sentence, in plain words. */
    static String lead(Figures f) {
        if (f.totalHt().signum() == 0 || f.localShare().isEmpty()) {
            return "Aucune vente du pôle n'est enregistrée sur cette période : les chiffres ci-dessous sont nuls.";
        }
        BigDecimal per100 = f.localShare().get().movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return "Sur 100 € d'achats passés au pôle alimentaire local, " + French.decimal(per100, 0)
                + " € sont allés à des producteurs du Parc ou de ses environs.";
    }

    /**
     * The sources in two columns, as many as the page holds: when they do not all fit, the most
     * recent ones, and a line saying how many older ones the full list has.
     */
    private static void sources(A4Document doc, Coverage c) {
        List<Coverage.Source> sources = c.sources();
        if (sources.isEmpty()) {
            doc.text("Sources : aucun fichier importé ne couvre cette période.", Style.SMALL);
            return;
        }
        int columns = 2;
        int rows = doc.linesLeft(Style.SMALL) - 1;
        int capacity = Math.max(0, rows) * columns;
        if (capacity < columns) {
            doc.text(sources.size() + " fichiers sources : liste, dates et empreintes avec bin/impact imports.",
                    Style.SMALL);
            return;
        }
        List<Coverage.Source> listed = sources;
        if (sources.size() > capacity) {
            // the most recent ones, the last row kept for "… and N more"
            listed = sources.stream()
                    .sorted(Comparator.comparing(Coverage.Source::importedAt)
                            .thenComparing(Coverage.Source::importId).reversed())
                    .limit(capacity - columns)
                    .sorted(Comparator.comparing(Coverage.Source::importedAt).thenComparing(Coverage.Source::importId))
                    .toList();
        }
        doc.text("Sources — fichier · date d'import · empreinte SHA-256 (" + Coverage.SHORT_HASH
                + " premiers caractères) :", Style.SMALL);
        List<String> items = new ArrayList<>(listed.stream().map(Coverage.Source::compact).toList());
        if (listed.size() < sources.size()) {
            int more = sources.size() - listed.size();
            items.add("… et " + more + (more == 1 ? " autre fichier plus ancien" : " autres fichiers plus anciens")
                    + " (bin/impact imports)");
        }
        doc.grid(items, columns, Style.SMALL);
    }

    /** The local share, month by month, over the period (its last twelve months if longer). */
    public static Chart monthlyShare(Analytics analytics, Period period, Filters filters) throws SQLException {
        YearMonth last = YearMonth.from(period.to());
        YearMonth first = YearMonth.from(period.from());
        boolean truncated = false;
        if (first.plusMonths(MONTHS_SHOWN - 1L).isBefore(last)) {
            first = last.minusMonths(MONTHS_SHOWN - 1L);
            truncated = true;
        }
        LocalDate from = truncated ? first.atDay(1) : period.from();
        Map<YearMonth, OriginTotals> byMonth = new HashMap<>();
        for (Group g : analytics.local().breakdown(Dimension.MONTH, new Period(from, period.to()), filters)) {
            byMonth.put(YearMonth.parse(g.key()), g.totals());
        }
        boolean oneYear = first.getYear() == last.getYear();
        ChartData.Builder data = ChartData.builder("Mois", Unit.SHARE).series("Part locale");
        BigDecimal best = null;
        YearMonth bestMonth = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Optional<BigDecimal> share = Optional.ofNullable(byMonth.get(m)).flatMap(OriginTotals::localShare);
            data.category(oneYear ? French.shortMonth(m) : French.shortMonth(m) + " " + m.getYear(),
                    share.orElse(null));
            if (share.isPresent() && (best == null || share.get().compareTo(best) > 0)) {
                best = share.get();
                bestMonth = m;
            }
        }
        String title = "Part des produits locaux dans les achats, mois par mois"
                + (oneYear ? " (" + first.getYear() + ")" : truncated ? " (12 derniers mois)" : "");
        String summary = best == null ? "Aucune vente sur la période."
                : "Le mois le plus local est " + French.longMonth(bestMonth) + ", avec " + French.percent(best, 0) + ".";
        boolean gaps = byMonth.size() < first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        return Chart.of(Chart.Kind.BARS, title, data.build(), summary,
                gaps ? "Pas de barre : aucune vente ce mois-là." : null);
    }

    /** Sales by type of buyer, split local / not local / unknown origin. */
    static Chart bySegment(List<Group> segments) {
        List<Group> ordered = new ArrayList<>(segments);
        ordered.sort(Comparator.comparing(g -> Segment.parse(g.key()).map(Enum::ordinal).orElse(99)));
        boolean anyUnknown = ordered.stream().anyMatch(g -> g.totals().unknownHt().signum() != 0);
        ChartData.Builder data = ChartData.builder("Type de client", Unit.EUROS_HT);
        if (anyUnknown) {
            data.series("Local", "Non local", "Origine inconnue");
        } else {
            data.series("Local", "Non local");
        }
        for (Group g : ordered) {
            OriginTotals t = g.totals();
            String label = Segment.parse(g.key()).map(Segment::label).orElse(g.key());
            if (anyUnknown) {
                data.category(label, t.localHt(), t.eloigneHt(), t.unknownHt());
            } else {
                data.category(label, t.localHt(), t.eloigneHt());
            }
        }
        String summary = ordered.isEmpty() ? "Aucune vente sur la période."
                : "Pour chaque type de client, la longueur de la barre est le total de ses achats hors taxes, "
                        + "la partie foncée ce qui vient de producteurs locaux";
        return Chart.of(Chart.Kind.HORIZONTAL_STACKED_BARS, "Achats par type de client, hors taxes", data.build(),
                summary);
    }

    private static float segmentsHeight(int segments) {
        return Math.max(110f, Math.min(180f, 62f + 20f * Math.max(1, segments)));
    }

    private static String plural(long n, String one, String many) {
        return n <= 1 ? one : many;
    }
}
