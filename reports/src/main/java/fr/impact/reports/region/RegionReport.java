package fr.impact.reports.region;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.analytics.funding.Funding;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.analytics.impact.ProducerFigures;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.funding.FunderType;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.store.Sql;
import fr.impact.reports.ReportDataException;
import fr.impact.reports.ReportKind;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import fr.impact.reports.coverage.Coverage;
import fr.impact.reports.feader.FeaderReport.Indicator;
import fr.impact.reports.format.French;
import fr.impact.reports.pdf.A4Document;
import fr.impact.reports.pdf.A4Document.Align;
import fr.impact.reports.pdf.A4Document.Style;
import fr.impact.reports.pdf.A4Document.Table;
import fr.impact.reports.xlsx.Column;
import fr.impact.reports.xlsx.XlsxBook;
import fr.impact.reports.xlsx.XlsxSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The annual activity report for the Région: {@code region-<year>.pdf} (key figures beside
 * the previous year, the local share month by month, sales by segment, producers by origin
 * level, the funding status, the financial statement of CERFA n°15059 and its annex) and
 * {@code region-<year>.xlsx} (one sheet per chart and table, the data behind each).
 *
 * <p>Figures are {@link Analytics#indicators}', {@link Funding#of}'s and the ledger's lines
 * added up by nature and by funder.
 */
public final class RegionReport {

    /** Over this gap between forecast and realisation, the annex asks for an explanation (CERFA). */
    static final BigDecimal EXPLAIN_OVER = new BigDecimal("0.10");

    private final Connection connection;
    private final ParkConfig park;

    public RegionReport(Connection connection, ParkConfig park) {
        this.connection = requireNonNull(connection, "connection is null");
        this.park = requireNonNull(park, "park is null");
    }

    /** The files written: the workbook, then the PDF. */
    public record Files(Path xlsx, Path pdf) {
        public List<Path> all() {
            return List.of(xlsx, pdf);
        }
    }

    /** One heading of charges: spent in the period, spent since the start, its forecast. */
    public record Charge(String heading, Nature nature, BigDecimal periodHt, BigDecimal cumulativeHt,
            Optional<BigDecimal> forecast) {}

    /** One funder: awarded, received in the period and since the start. */
    public record Resource(String funder, Optional<FunderType> type, BigDecimal awarded, BigDecimal periodReceived,
            BigDecimal cumulativeReceived) {

        /** The CERFA group: État, Région, Département, EPCI et communes, Fonds européens, ressources propres. */
        public String group() {
            return type.map(t -> switch (t) {
                case PUBLIC_ETAT -> "74 Subventions — État";
                case PUBLIC_REGION -> "74 Subventions — Région";
                case PUBLIC_DEPARTEMENT -> "74 Subventions — Département";
                case PUBLIC_COLLECTIVITE -> "74 Subventions — EPCI et communes";
                case PUBLIC_UE -> "74 Subventions — Fonds européens";
                case PRIVE -> "75 Ressources privées";
                case AUTOFINANCEMENT -> "Ressources propres";
            }).orElse("Versements sans subvention enregistrée");
        }

        int order() {
            return type.map(t -> switch (t) {
                case PUBLIC_ETAT -> 0;
                case PUBLIC_REGION -> 1;
                case PUBLIC_DEPARTEMENT -> 2;
                case PUBLIC_COLLECTIVITE -> 3;
                case PUBLIC_UE -> 4;
                case PRIVE -> 5;
                case AUTOFINANCEMENT -> 6;
            }).orElse(7);
        }
    }

    public Files write(ReportRequest request) throws SQLException, IOException, ReportDataException {
        Period period = request.period();
        Period previous = period.previousYear();
        Analytics analytics = new Analytics(connection);
        Filters filters = request.filters();
        Indicators now = analytics.indicators(period, filters);
        Indicators before = analytics.indicators(previous, filters);
        Coverage coverage = Coverage.load(connection, period, request.generatedOn(), now.sales());
        Funding funding = analytics.funding();
        Optional<String> projectKey = Optional.empty();
        if (request.project().isPresent()) {
            projectKey = Optional.of(funding.project(request.project().get()).orElseThrow(() -> new ReportDataException(
                    "Projet « " + request.project().get() + " » inconnu du plan de financement.")).key());
        }
        List<ProjectFunding> projects = new ArrayList<>();
        for (Funding.Project p : funding.projects()) {
            if (projectKey.isEmpty() || projectKey.get().equals(p.key())) {
                projects.add(funding.of(p));
            }
        }
        List<Charge> charges = charges(projectKey, period);
        List<Resource> resources = resources(projectKey, period);
        boolean forecast = charges.stream().anyMatch(c -> c.forecast().isPresent());

        Chart monthly = monthly(analytics, period, filters);
        Chart segments = segments(now.bySegment());
        Chart origins = origins(analytics.local().breakdown(Dimension.ORIGIN_LEVEL, period, filters));
        Chart funders = funders(resources, period);

        String title = request.calendarYear() ? "Rapport d'activité " + period.from().getYear() : "Rapport d'activité";
        Path xlsx = request.file(ReportKind.REGION, "xlsx");
        Path pdf = request.file(ReportKind.REGION, "pdf");
        try (XlsxBook book = XlsxBook.create(new XlsxBook.Info(title, coverage.periodText(), park.parkName(),
                request.generatedOn()))) {
            XlsxSheet k = book.sheet("Chiffres clés", List.of(Column.text("Indicateur"),
                    Column.text(yearLabel(period)), Column.text(yearLabel(previous))));
            for (Indicator i : Indicator.ALL) {
                k.field(i.label(), i.kind(), i.value().apply(now).orElse(null),
                        before.sales().lines() > 0 ? i.value().apply(before).orElse(null) : null);
            }
            chartSheet(book, "Part locale par mois", monthly);
            chartSheet(book, "Segments", segments);
            XlsxSheet o = book.sheet("Origine des producteurs", List.of(Column.text("Origine"),
                    Column.integer("Producteurs actifs"), Column.money("Ventes HT")));
            Map<String, long[]> count = producersByLevel(now.producers());
            for (ChartData.Row r : origins.data().rows()) {
                o.row(r.category(), count.getOrDefault(r.category(), new long[] {0})[0], r.values().get(0));
            }
            o.totals("Total");
            chartSheet(book, "Financeurs", funders);
            XlsxSheet ch = book.sheet("Charges", List.of(Column.text("Nature"), Column.text("Poste"),
                    Column.money("Prévision"), Column.money("Réalisation " + yearLabel(period)),
                    Column.money("Réalisation cumulée"), Column.share("Écart cumulé / prévision")));
            chargeRows(ch, charges, false);
            XlsxSheet inv = book.sheet("Investissement", List.of(Column.text("Nature"), Column.text("Poste"),
                    Column.money("Prévision"), Column.money("Réalisation " + yearLabel(period)),
                    Column.money("Réalisation cumulée"), Column.share("Écart cumulé / prévision")));
            chargeRows(inv, charges, true);
            XlsxSheet rs = book.sheet("Ressources", List.of(Column.text("Groupe"), Column.text("Financeur"),
                    Column.money("Prévision (attribué)"), Column.money("Reçu " + yearLabel(period)),
                    Column.money("Réalisation (reçu cumulé)"), Column.share("Écart cumulé / prévision")));
            resourceRows(rs, resources);
            XlsxSheet s = book.sheet("Sources", List.of(Column.text("Fichier"), Column.text("Type"),
                    Column.date("Importé le"), Column.text("Empreinte SHA-256"), Column.integer("Lignes acceptées"),
                    Column.integer("Lignes rejetées")));
            for (Coverage.Source src : coverage.sources()) {
                s.row(src.file(), src.kindLabel(), src.importedAt().toLocalDate(), src.contentHash(), src.accepted(),
                        src.rejected());
            }
            book.save(xlsx);
        }

        try (A4Document doc = A4Document.create(new A4Document.Info(title, coverage.periodText(), park.parkName(),
                request.generatedOn(), coverage.line()))) {
            doc.text(park.parkName().toUpperCase(java.util.Locale.FRANCE) + " · PÔLE ALIMENTAIRE LOCAL · "
                    + "COMPTE RENDU À LA RÉGION", Style.SMALL_STRONG);
            doc.space(4);
            doc.title(title);
            doc.text(park.beneficiaryName() + " · période " + coverage.periodText() + " · document produit le "
                    + French.date(request.generatedOn()), Style.SUBTITLE);
            doc.space(6);
            doc.heading("1. Bilan qualitatif : chiffres clés");
            List<List<String>> rows = new ArrayList<>();
            boolean hasBefore = before.sales().lines() > 0;
            for (Indicator i : Indicator.ALL) {
                rows.add(List.of(i.label(), i.text(now), hasBefore ? i.text(before) : French.NONE));
            }
            doc.table(new Table(List.of(new A4Document.Column("Indicateur", 3f, Align.LEFT),
                    new A4Document.Column(yearLabel(period), 1.4f, Align.RIGHT),
                    new A4Document.Column(yearLabel(previous), 1.4f, Align.RIGHT)), rows, Optional.empty()));
            doc.chart(monthly, 165);
            doc.space(6);
            doc.chart(segments, Math.max(110f, Math.min(180f, 62f + 20f * now.bySegment().size())));
            doc.space(6);
            doc.chart(origins, 130);
            doc.space(6);
            doc.heading("2. Financements");
            if (projects.isEmpty()) {
                doc.text("Aucun plan de financement importé.", Style.SMALL);
            }
            for (ProjectFunding p : projects) {
                doc.text(p.name() + " — budget " + French.euros(p.totalBudget()) + ", financements publics "
                        + French.euros(p.publicAwarded()) + " (" + French.percent(p.publicRate(), 1)
                        + "), dépensé " + French.euros(p.spent()) + " (" + French.percent(p.consumptionRate(), 1)
                        + "), reçu " + French.euros(p.received()) + ", besoin de trésorerie maximal "
                        + French.euros(p.treasury().max()) + ".", Style.SMALL);
            }
            if (!resources.isEmpty()) {
                doc.chart(funders, Math.max(110f, Math.min(200f, 62f + 22f * resources.size())));
            }
            doc.space(6);
            doc.heading("3. Tableau financier (CERFA n°15059)");
            chargeTable(doc, charges, forecast, period, false);
            if (charges.stream().anyMatch(c -> c.nature().investment())) {
                doc.text("Investissement, présenté à part :", Style.SMALL_STRONG);
                chargeTable(doc, charges, forecast, period, true);
            }
            resourceTable(doc, resources, period);
            doc.heading("4. Annexe");
            doc.text("Coûts indirects : aucun taux forfaitaire n'est configuré ; aucun coût indirect n'est présenté. "
                    + "Prévision : budget prévisionnel du plan de financement (feuille budget), pour toute la durée du "
                    + "projet ; réalisation cumulée : dépenses depuis le début jusqu'au " + French.date(period.to())
                    + ".", Style.SMALL);
            List<String> gaps = new ArrayList<>();
            for (Charge c : charges) {
                Optional<BigDecimal> g = gap(c.cumulativeHt(), c.forecast());
                if (g.isPresent() && g.get().abs().compareTo(EXPLAIN_OVER) > 0) {
                    gaps.add(c.heading() + " : " + French.percent(g.get(), 0));
                }
            }
            Optional<java.time.LocalDate> projectEnd = projects.stream().flatMap(p -> p.period().stream())
                    .map(Period::to).max(java.time.LocalDate::compareTo);
            boolean running = projectEnd.isPresent() && projectEnd.get().isAfter(period.to());
            if (!forecast) {
                doc.text("Pas de budget prévisionnel importé : la réalisation est présentée seule.", Style.SMALL);
            } else if (gaps.isEmpty()) {
                doc.text("Aucun écart de plus de 10 % entre prévision et réalisation cumulée.", Style.SMALL);
            } else {
                doc.text((running ? "Projet en cours jusqu'au " + French.date(projectEnd.get())
                        + " : écarts de plus de 10 % à ce jour, à apprécier à la fin du projet — "
                        : "Écarts de plus de 10 % à expliquer — ") + String.join(" ; ", gaps) + ".", Style.SMALL);
            }
            doc.space(4);
            doc.rule();
            doc.text("Sur quelles données reposent ces chiffres ?", Style.SMALL_STRONG);
            doc.text(coverage.qualitySentence(), Style.SMALL);
            doc.text("Sources — fichier · date d'import · empreinte SHA-256 (" + Coverage.SHORT_HASH
                    + " premiers caractères) :", Style.SMALL);
            doc.grid(coverage.sources().stream().map(Coverage.Source::compact).toList(), 2, Style.SMALL);
            doc.save(pdf);
        }
        return new Files(xlsx, pdf);
    }

    // ---------------------------------------------------------------- data

    List<Charge> charges(Optional<String> projectKey, Period p) throws SQLException {
        List<Charge> out = new ArrayList<>();
        try (PreparedStatement s = prepare("charges_by_heading", projectKey, p); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String heading = r.getString("poste");
                out.add(new Charge(heading, Nature.of(heading), r.getBigDecimal("period_ht"),
                        r.getBigDecimal("cumulative_ht"), Optional.ofNullable(r.getBigDecimal("forecast"))));
            }
        }
        out.sort(java.util.Comparator.comparing(Charge::nature).thenComparing(Charge::heading));
        return out;
    }

    List<Resource> resources(Optional<String> projectKey, Period p) throws SQLException {
        List<Resource> out = new ArrayList<>();
        try (PreparedStatement s = prepare("resources_by_funder", projectKey, p); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Resource(r.getString("funder"),
                        Optional.ofNullable(r.getString("type")).flatMap(FunderType::parse), r.getBigDecimal("awarded"),
                        r.getBigDecimal("period_received"), r.getBigDecimal("cumulative_received")));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Resource::order));
        return out;
    }

    private PreparedStatement prepare(String name, Optional<String> projectKey, Period p) throws SQLException {
        PreparedStatement s = connection.prepareStatement(Sql.load("/fr/impact/reports/sql/region/" + name + ".sql"));
        if (projectKey.isPresent()) {
            s.setString(1, projectKey.get());
        } else {
            s.setNull(1, Types.VARCHAR);
        }
        s.setDate(2, Date.valueOf(p.from()));
        s.setDate(3, Date.valueOf(p.to()));
        return s;
    }

    static Map<String, long[]> producersByLevel(ProducerFigures f) {
        Map<String, long[]> out = new HashMap<>();
        for (ProducerFigures.ProducerSales p : f.producers()) {
            if (p.netHt().signum() > 0) {
                out.computeIfAbsent(levelLabel(p.originLevel()), k -> new long[1])[0]++;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- tables

    static void chargeRows(XlsxSheet s, List<Charge> charges, boolean investment) {
        Nature current = null;
        for (Charge c : charges) {
            if (c.nature().investment() != investment) {
                continue;
            }
            if (current != null && current != c.nature()) {
                s.subtotal("Sous-total " + current.label());
            }
            current = c.nature();
            s.row(c.nature().label(), c.heading(), c.forecast(), c.periodHt(), c.cumulativeHt(),
                    gap(c.cumulativeHt(), c.forecast()));
        }
        if (current != null) {
            s.subtotal("Sous-total " + current.label());
        }
        s.totals(investment ? "Total investissement" : "Total des charges");
    }

    static void resourceRows(XlsxSheet s, List<Resource> resources) {
        String current = null;
        for (Resource r : resources) {
            if (current != null && !current.equals(r.group())) {
                s.subtotal("Sous-total " + current);
            }
            current = r.group();
            s.row(r.group(), r.funder(), r.awarded(), r.periodReceived(), r.cumulativeReceived(),
                    gap(r.cumulativeReceived(), Optional.of(r.awarded())));
        }
        if (current != null) {
            s.subtotal("Sous-total " + current);
        }
        s.totals("Total des ressources");
    }

    void chargeTable(A4Document doc, List<Charge> charges, boolean forecast, Period period, boolean investment) {
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> subs = new HashSet<>();
        Map<Nature, List<Charge>> byNature = new LinkedHashMap<>();
        for (Charge c : charges) {
            if (c.nature().investment() == investment) {
                byNature.computeIfAbsent(c.nature(), n -> new ArrayList<>()).add(c);
            }
        }
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        boolean anyForecast = false;
        for (Map.Entry<Nature, List<Charge>> e : byNature.entrySet()) {
            BigDecimal[] sub = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            boolean subForecast = false;
            for (Charge c : e.getValue()) {
                rows.add(chargeRow("   " + c.heading(), c.forecast(), c.periodHt(), c.cumulativeHt(), forecast));
                sub[0] = sub[0].add(c.forecast().orElse(BigDecimal.ZERO));
                sub[1] = sub[1].add(c.periodHt());
                sub[2] = sub[2].add(c.cumulativeHt());
                subForecast |= c.forecast().isPresent();
            }
            subs.add(rows.size());
            rows.add(chargeRow(e.getKey().label(), subForecast ? Optional.of(sub[0]) : Optional.empty(), sub[1],
                    sub[2], forecast));
            for (int i = 0; i < 3; i++) {
                total[i] = total[i].add(sub[i]);
            }
            anyForecast |= subForecast;
        }
        List<A4Document.Column> cols = new ArrayList<>();
        cols.add(new A4Document.Column(investment ? "Investissement" : "Charges", 2.6f, Align.LEFT));
        if (forecast) {
            cols.add(new A4Document.Column("Prévision", 1.2f, Align.RIGHT));
        }
        cols.add(new A4Document.Column("Réalisation " + yearLabel(period), 1.2f, Align.RIGHT));
        cols.add(new A4Document.Column("Réalisation cumulée", 1.2f, Align.RIGHT));
        if (forecast) {
            cols.add(new A4Document.Column("Écart", 0.8f, Align.RIGHT));
        }
        doc.table(new Table(cols, rows, Optional.of(chargeRow(investment ? "Total investissement" : "Total des charges",
                anyForecast ? Optional.of(total[0]) : Optional.empty(), total[1], total[2], forecast)), subs));
    }

    private static List<String> chargeRow(String label, Optional<BigDecimal> forecast, BigDecimal period,
            BigDecimal cumulative, boolean withForecast) {
        List<String> r = new ArrayList<>();
        r.add(label);
        if (withForecast) {
            r.add(forecast.map(French::euros).orElse(French.NONE));
        }
        r.add(French.euros(period));
        r.add(French.euros(cumulative));
        if (withForecast) {
            r.add(gap(cumulative, forecast).map(g -> French.percent(g, 0)).orElse(French.NONE));
        }
        return r;
    }

    void resourceTable(A4Document doc, List<Resource> resources, Period period) {
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> subs = new HashSet<>();
        Map<String, List<Resource>> byGroup = new LinkedHashMap<>();
        for (Resource r : resources) {
            byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Map.Entry<String, List<Resource>> e : byGroup.entrySet()) {
            BigDecimal[] sub = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (Resource r : e.getValue()) {
                rows.add(List.of("   " + r.funder(), French.euros(r.awarded()), French.euros(r.periodReceived()),
                        French.euros(r.cumulativeReceived())));
                sub[0] = sub[0].add(r.awarded());
                sub[1] = sub[1].add(r.periodReceived());
                sub[2] = sub[2].add(r.cumulativeReceived());
            }
            subs.add(rows.size());
            rows.add(List.of(e.getKey(), French.euros(sub[0]), French.euros(sub[1]), French.euros(sub[2])));
            for (int i = 0; i < 3; i++) {
                total[i] = total[i].add(sub[i]);
            }
        }
        doc.table(new Table(List.of(new A4Document.Column("Ressources", 2.6f, Align.LEFT),
                new A4Document.Column("Prévision (attribué)", 1.2f, Align.RIGHT),
                new A4Document.Column("Reçu " + yearLabel(period), 1.2f, Align.RIGHT),
                new A4Document.Column("Reçu cumulé", 1.2f, Align.RIGHT)), rows,
                Optional.of(List.of("Total des ressources", French.euros(total[0]), French.euros(total[1]),
                        French.euros(total[2]))), subs));
    }

    // ---------------------------------------------------------------- charts

    static void chartSheet(XlsxBook book, String name, Chart chart) {
        XlsxSheet s = book.sheet(name, XlsxSheet.columnsOf(chart.data()));
        s.rows(chart.data());
    }

    static Chart monthly(Analytics analytics, Period period, Filters filters) throws SQLException {
        Map<YearMonth, OriginTotals> byMonth = new HashMap<>();
        for (Group g : analytics.local().breakdown(Dimension.MONTH, period, filters)) {
            byMonth.put(YearMonth.parse(g.key()), g.totals());
        }
        ChartData.Builder d = ChartData.builder("Mois", Unit.SHARE).series("Part locale");
        YearMonth last = YearMonth.from(period.to());
        boolean oneYear = period.from().getYear() == period.to().getYear();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            d.category(oneYear ? French.shortMonth(m) : French.shortMonth(m) + " " + m.getYear(),
                    Optional.ofNullable(byMonth.get(m)).flatMap(OriginTotals::localShare).orElse(null));
        }
        return Chart.of(Chart.Kind.BARS, "Part des produits locaux dans les ventes, mois par mois", d.build(),
                byMonth.isEmpty() ? "Aucune vente sur la période." : "Part locale en valeur, hors taxes.");
    }

    static Chart segments(List<Group> groups) {
        List<Group> ordered = new ArrayList<>(groups);
        ordered.sort(java.util.Comparator.comparing(g -> Segment.parse(g.key()).map(Enum::ordinal).orElse(99)));
        ChartData.Builder d = ChartData.builder("Type de client", Unit.EUROS_HT)
                .series("Local", "Non local", "Origine inconnue");
        for (Group g : ordered) {
            d.category(Segment.parse(g.key()).map(Segment::label).orElse(g.key()), g.totals().localHt(),
                    g.totals().eloigneHt(), g.totals().unknownHt());
        }
        return Chart.of(Chart.Kind.HORIZONTAL_STACKED_BARS, "Ventes par type de client, hors taxes", d.build(),
                "Pour chaque type de client, ses achats hors taxes selon l'origine des produits.");
    }

    static Chart origins(List<Group> groups) {
        ChartData.Builder d = ChartData.builder("Origine", Unit.EUROS_HT).series("Ventes HT");
        for (String level : List.of("PARC", "PROCHE", "ELOIGNE", "INCONNU")) {
            BigDecimal v = groups.stream().filter(g -> g.key().equals(level)).map(g -> g.totals().totalHt())
                    .findFirst().orElse(BigDecimal.ZERO);
            d.category(levelLabel(level), v);
        }
        return Chart.of(Chart.Kind.HORIZONTAL_BARS, "Ventes selon l'origine des producteurs", d.build(),
                "Ventes hors taxes des producteurs du Parc, des environs, plus éloignés, et d'origine inconnue.");
    }

    static Chart funders(List<Resource> resources, Period period) {
        ChartData.Builder d = ChartData.builder("Financeur", Unit.EUROS_HT).series("Attribué", "Reçu cumulé");
        for (Resource r : resources) {
            d.category(r.funder(), r.awarded(), r.cumulativeReceived());
        }
        return Chart.of(Chart.Kind.HORIZONTAL_BARS, "Financements attribués et reçus au " + French.date(period.to()),
                d.build(), "Pour chaque financeur, ce qu'il a attribué et ce qu'il a versé.");
    }

    // ---------------------------------------------------------------- helpers

    static String levelLabel(String level) {
        return switch (level) {
            case "PARC" -> "Parc";
            case "PROCHE" -> "Environs";
            case "ELOIGNE" -> "Plus loin";
            default -> "Origine inconnue";
        };
    }

    static String yearLabel(Period p) {
        return p.from().getYear() == p.to().getYear() && p.from().getDayOfYear() == 1
                && p.to().getMonthValue() == 12 && p.to().getDayOfMonth() == 31
                ? String.valueOf(p.from().getYear())
                : French.date(p.from()) + " – " + French.date(p.to());
    }

    /** (realised − forecast) / forecast. */
    static Optional<BigDecimal> gap(BigDecimal realised, Optional<BigDecimal> forecast) {
        return forecast.filter(f -> f.signum() != 0)
                .map(f -> realised.subtract(f).divide(f, 6, RoundingMode.HALF_EVEN));
    }

    static <T> BigDecimal sum(List<T> list, Function<T, BigDecimal> f) {
        return list.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
