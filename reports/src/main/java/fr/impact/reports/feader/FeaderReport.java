package fr.impact.reports.feader;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.reports.ReportDataException;
import fr.impact.reports.ReportKind;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import fr.impact.reports.coverage.Coverage;
import fr.impact.reports.feader.FeaderClaim.Expenditure;
import fr.impact.reports.feader.FeaderClaim.Funder;
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
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The FEADER payment claim: {@code feader-<period>.xlsx}, the annex of the claim (REPORTS.md
 * tables A, B and D with the claim's header), and {@code feader-<period>.pdf}, the execution
 * report (the operation, the expenditures by heading, the indicator table beside the previous
 * period, charts, what the figures rest on).
 *
 * <p>Every total of the workbook is a formula ({@code SUBTOTAL} per heading, then over the
 * whole table) whose value is cached, so a reviewer sees both the formula and the amount in
 * any reader. The indicators are {@link Analytics#indicators}' and the project's figures
 * {@link fr.impact.analytics.funding.Funding#of}'s: the report computes no figure of its own
 * beyond adding up the lines it lists.
 */
public final class FeaderReport {

    private final Connection connection;
    private final ParkConfig park;

    public FeaderReport(Connection connection, ParkConfig park) {
        this.connection = requireNonNull(connection, "connection is null");
        this.park = requireNonNull(park, "park is null");
    }

    /** The files written: the workbook, then the PDF. */
    public record Files(Path xlsx, Path pdf) {
        public List<Path> all() {
            return List.of(xlsx, pdf);
        }
    }

    /**
     * Writes the claim of {@code request}'s period (every expenditure dated in it), or of one
     * {@code demande} when {@code claim} is given (the request's period is then the claim's).
     */
    public Files write(ReportRequest request, Optional<String> claim)
            throws SQLException, IOException, ReportDataException {
        FeaderClaim c = FeaderClaim.load(connection, request.project(), claim, Optional.of(request.period()));
        Analytics analytics = new Analytics(connection);
        Period period = c.period();
        Period previous = previous(period);
        Indicators now = analytics.indicators(period, request.filters());
        Indicators before = analytics.indicators(previous, request.filters());
        Coverage coverage = Coverage.load(connection, period, request.generatedOn(), now.sales());
        String key = claim.map(n -> n.strip().replaceAll("[^\\p{L}\\p{N}]+", "-")).map(n -> "-" + n).orElse("");
        Path xlsx = withSuffix(request.file(ReportKind.FEADER, "xlsx"), key);
        Path pdf = withSuffix(request.file(ReportKind.FEADER, "pdf"), key);
        writeXlsx(xlsx, request, c, now, before, previous, coverage);
        writePdf(pdf, request, c, now, before, previous, coverage, analytics);
        return new Files(xlsx, pdf);
    }

    // ---------------------------------------------------------------- workbook

    void writeXlsx(Path file, ReportRequest request, FeaderClaim c, Indicators now, Indicators before,
            Period previous, Coverage coverage) throws IOException {
        String title = title(c);
        try (XlsxBook book = XlsxBook.create(new XlsxBook.Info(title, coverage.periodText(), park.beneficiaryName(),
                request.generatedOn()))) {
            header(book.sheet("Demande", List.of(Column.text("Rubrique"), Column.text("Valeur"))), c, request,
                    coverage);
            expenditures(book.sheet("A. Dépenses", expenditureColumns()), c.expenditures());
            staff(book.sheet("B. Personnel", staffColumns()), c.expenditures());
            XlsxSheet indirect = book.sheet("C. Coûts indirects", List.of(Column.text("Rubrique"),
                    Column.text("Valeur")));
            indirect.field("Taux forfaitaire", Column.Kind.TEXT,
                    "Aucun taux forfaitaire de coûts indirects n'est configuré : pas de coûts indirects présentés.");
            resources(book.sheet("D. Ressources", resourceColumns()), c);
            indicators(book.sheet("Indicateurs", List.of(Column.text("Indicateur"),
                    Column.text("Période " + French.date(c.period().from()) + " – " + French.date(c.period().to())),
                    Column.text("Période précédente " + French.date(previous.from()) + " – "
                            + French.date(previous.to())))), now, before, c.project());
            sources(book.sheet("Sources et qualité", List.of(Column.text("Fichier"), Column.text("Type"),
                    Column.date("Importé le"), Column.text("Empreinte SHA-256"), Column.integer("Lignes acceptées"),
                    Column.integer("Lignes rejetées"))), coverage);
            book.save(file);
        }
    }

    private void header(XlsxSheet s, FeaderClaim c, ReportRequest request, Coverage coverage) {
        ProjectFunding p = c.project();
        s.field("Bénéficiaire", Column.Kind.TEXT, park.beneficiaryName());
        s.field("SIRET", Column.Kind.TEXT, blankAsNone(park.beneficiarySiret()));
        s.field("Adresse", Column.Kind.TEXT, park.beneficiaryAddress());
        s.field("Opération", Column.Kind.TEXT, operation(p));
        s.field("Dispositif", Column.Kind.TEXT, c.scheme());
        c.european().ifPresent(f -> {
            s.field("Subvention FEADER attribuée", Column.Kind.MONEY, f.awarded());
            s.field("Date de la décision", Column.Kind.DATE, f.decidedOn());
        });
        p.period().ifPresent(pp -> {
            s.field("Début d'exécution", Column.Kind.DATE, pp.from());
            s.field("Fin d'exécution", Column.Kind.DATE, pp.to());
        });
        s.field("Demande", Column.Kind.TEXT, c.claim().orElse("Dépenses de la période"));
        s.field("Période couverte, du", Column.Kind.DATE, c.period().from());
        s.field("Période couverte, au", Column.Kind.DATE, c.period().to());
        s.field("Nombre de dépenses", Column.Kind.INTEGER, c.expenditures().size());
        s.field("Montant des dépenses présentées", Column.Kind.MONEY, c.eligible());
        s.field("Budget total de l'opération", Column.Kind.MONEY, p.totalBudget());
        s.field("Financements publics attribués", Column.Kind.MONEY, p.publicAwarded());
        s.field("Taux d'aide publique", Column.Kind.SHARE, p.publicRate());
        s.field("Produit le", Column.Kind.DATE, request.generatedOn());
        s.field("Origine inconnue (ventes du pôle)", Column.Kind.MONEY, coverage.unknownHt());
        s.field("Lignes en quarantaine non résolues", Column.Kind.INTEGER, coverage.quarantinedRows());
    }

    static List<Column> expenditureColumns() {
        return List.of(Column.text("Poste"), Column.text("Fournisseur"), Column.text("N° de facture ou référence"),
                Column.date("Date de la facture"), Column.text("Objet de la dépense"), Column.money("Montant HT"),
                Column.money("TVA"), Column.money("Montant TTC"), Column.money("Montant présenté"),
                Column.date("Date d'acquittement"), Column.text("Demande"));
    }

    /** Table A: one row per expenditure, a subtotal per heading, the grand total. */
    static void expenditures(XlsxSheet s, List<Expenditure> all) {
        String current = null;
        String heading = null;
        for (Expenditure e : all) {
            if (current != null && !current.equals(e.headingKey())) {
                s.subtotal("Sous-total " + heading);
            }
            current = e.headingKey();
            heading = e.heading();
            s.row(e.heading(), e.supplier(), e.reference(), e.date(), e.label(), e.amountHt(), e.vat(), e.amountTtc(),
                    e.eligible(), e.paidOn(), e.claim());
        }
        if (current != null) {
            s.subtotal("Sous-total " + heading);
        }
        s.totals("Total des dépenses");
    }

    static List<Column> staffColumns() {
        return List.of(Column.text("Personne ou fonction"), Column.date("Date"), Column.text("Référence"),
                Column.money("Salaire brut"), Column.money("Charges patronales"),
                Column.money("Salaire chargé"), Column.money("Montant présenté"));
    }

    /** Table B: the staff costs (gross salary as HT, employer charges as VAT, the total as TTC). */
    static void staff(XlsxSheet s, List<Expenditure> all) {
        for (Expenditure e : all) {
            if (e.staff()) {
                s.row(e.label().or(e::supplier).orElse(e.heading()), e.date(), e.reference(), e.amountHt(), e.vat(),
                        e.amountTtc(), e.eligible());
            }
        }
        s.totals("Total des frais de personnel");
    }

    static List<Column> resourceColumns() {
        return List.of(Column.text("Financeur"), Column.text("Type"), Column.text("Dispositif"),
                Column.money("Montant attribué"), Column.date("Date de la décision"), Column.money("Montant reçu"),
                Column.text("Dates des versements"), Column.share("Reçu / attribué"));
    }

    /** Table D: the funders, what they awarded and what they had paid by the end of the period. */
    static void resources(XlsxSheet s, FeaderClaim c) {
        for (Funder f : c.funders()) {
            s.row(f.name(), f.typeLabel(), f.scheme(), f.awarded(), f.decidedOn(), f.received(), f.paymentDates(),
                    f.awarded().signum() == 0 ? null
                            : f.received().divide(f.awarded(), 6, RoundingMode.HALF_EVEN));
        }
        s.totals("Total des ressources");
    }

    static void indicators(XlsxSheet s, Indicators now, Indicators before, ProjectFunding p) {
        for (Indicator i : Indicator.ALL) {
            s.field(i.label(), i.kind(), i.value().apply(now).orElse(null),
                    hasSales(before) ? i.value().apply(before).orElse(null) : null);
        }
        s.field("Financements publics mobilisés (projet)", Column.Kind.MONEY, p.publicAwarded());
        s.field("Taux d'aide publique (projet)", Column.Kind.SHARE, p.publicRate());
        s.field("Effet levier : ventes du pôle par euro public (projet)", Column.Kind.DECIMAL,
                p.leverage().sales().map(v -> v.setScale(2, RoundingMode.HALF_EVEN)));
        s.field("Besoin de trésorerie maximal (projet)", Column.Kind.MONEY, p.treasury().max());
    }

    static void sources(XlsxSheet s, Coverage coverage) {
        for (Coverage.Source src : coverage.sources()) {
            s.row(src.file(), src.kindLabel(), src.importedAt().toLocalDate(), src.contentHash(), src.accepted(),
                    src.rejected());
        }
    }

    /** One line of the indicator table every funder report carries: how to read it from the analytics API. */
    public record Indicator(String label, Column.Kind kind, Function<Indicators, Optional<?>> value) {

        public static final List<Indicator> ALL = List.of(
                new Indicator("Ventes du pôle (€ HT)", Column.Kind.MONEY, i -> Optional.of(i.sales().totalHt())),
                new Indicator("Volume vendu au poids (kg)", Column.Kind.DECIMAL, i -> Optional.of(i.sales().totalKg())),
                new Indicator("Part locale (valeur)", Column.Kind.SHARE, i -> i.sales().localShare()),
                new Indicator("Part locale en restauration collective", Column.Kind.SHARE,
                        i -> i.collectiveCatering().totals().localShare()),
                new Indicator("Part bio (restauration collective)", Column.Kind.SHARE, i -> i.egalim().bioShare()),
                new Indicator("Part EGalim, bio compris (restauration collective)", Column.Kind.SHARE,
                        i -> i.egalim().egalimShare()),
                new Indicator("Part EGalim viandes et poissons", Column.Kind.SHARE,
                        i -> i.egalim().meatFishEgalimShare()),
                new Indicator("Producteurs fournisseurs", Column.Kind.INTEGER, i -> Optional.of(i.producers().active())),
                new Indicator("dont locaux", Column.Kind.INTEGER, i -> Optional.of(i.producers().localActive())),
                new Indicator("dont nouveaux", Column.Kind.INTEGER, i -> Optional.of(i.producers().newOnes())),
                new Indicator("Acheteurs", Column.Kind.INTEGER, i -> Optional.of(i.buyers().active())),
                new Indicator("dont restauration collective", Column.Kind.INTEGER,
                        i -> Optional.of(i.buyers().collectiveActive())),
                new Indicator("dont nouveaux", Column.Kind.INTEGER, i -> Optional.of(i.buyers().newOnes())),
                new Indicator("Ventes des producteurs locaux (€ HT)", Column.Kind.MONEY,
                        i -> Optional.of(i.sales().localHt())));

        /** The value as printed in the PDF. */
        public String text(Indicators i) {
            Optional<?> v = value.apply(i);
            if (v.isEmpty()) {
                return French.NONE;
            }
            Object o = v.get();
            return switch (kind) {
                case MONEY -> French.euros((BigDecimal) o);
                case SHARE -> French.percent((BigDecimal) o, 1);
                case DECIMAL -> French.decimal((BigDecimal) o, 0);
                case INTEGER -> French.integer(((Number) o).longValue());
                default -> o.toString();
            };
        }
    }

    // ---------------------------------------------------------------- PDF

    void writePdf(Path file, ReportRequest request, FeaderClaim c, Indicators now, Indicators before,
            Period previous, Coverage coverage, Analytics analytics) throws IOException, SQLException {
        String title = title(c);
        ProjectFunding p = c.project();
        try (A4Document doc = A4Document.create(new A4Document.Info(title, coverage.periodText(),
                park.beneficiaryName(), request.generatedOn(), coverage.line()))) {
            doc.text("FEADER · DEMANDE DE PAIEMENT · RAPPORT D'EXÉCUTION", Style.SMALL_STRONG);
            doc.space(4);
            doc.title(title);
            doc.text(operation(p) + " · période " + coverage.periodText() + " · document produit le "
                    + French.date(request.generatedOn()), Style.SUBTITLE);
            doc.space(6);
            doc.heading("L'opération");
            List<List<String>> op = new ArrayList<>();
            op.add(List.of("Bénéficiaire", park.beneficiaryName()));
            op.add(List.of("SIRET", blankAsNone(park.beneficiarySiret())));
            op.add(List.of("Adresse", park.beneficiaryAddress()));
            op.add(List.of("Opération", operation(p)));
            op.add(List.of("Dispositif", c.scheme()));
            p.period().ifPresent(pp -> op.add(List.of("Période de l'opération",
                    "du " + French.date(pp.from()) + " au " + French.date(pp.to()))));
            op.add(List.of("Demande", c.claim().orElse("Dépenses de la période") + " · " + coverage.periodText()));
            op.add(List.of("Budget total", French.euros(p.totalBudget())));
            op.add(List.of("Financements publics", French.euros(p.publicAwarded()) + " · taux d'aide publique "
                    + French.percent(p.publicRate(), 2)));
            c.european().ifPresent(f -> op.add(List.of("Subvention FEADER", French.euros(f.awarded())
                    + f.decidedOn().map(d -> " (décision du " + French.date(d) + ")").orElse(""))));
            op.add(List.of("Montant des dépenses présentées", French.euros(c.eligible()) + " ("
                    + French.integer(c.expenditures().size()) + " " + plural(c.expenditures().size(), "dépense",
                            "dépenses") + ")"));
            doc.table(new Table(List.of(new A4Document.Column("Rubrique", 1.1f, Align.LEFT),
                    new A4Document.Column("", 3f, Align.LEFT)), op, Optional.empty()));

            doc.heading("Financeurs");
            List<List<String>> funders = new ArrayList<>();
            for (Funder f : c.funders()) {
                funders.add(List.of(f.name(), f.typeLabel(), French.euros(f.awarded()),
                        French.percent(ratio(f.awarded(), p.totalBudget()), 1), French.euros(f.received())));
            }
            doc.table(new Table(List.of(new A4Document.Column("Financeur", 2.2f, Align.LEFT),
                    new A4Document.Column("Type", 1.5f, Align.LEFT),
                    new A4Document.Column("Attribué", 1.3f, Align.RIGHT),
                    new A4Document.Column("Part du budget", 1f, Align.RIGHT),
                    new A4Document.Column("Reçu au " + French.date(c.period().to()), 1.4f, Align.RIGHT)),
                    funders, Optional.of(List.of("Total", "", French.euros(sum(c.funders(), Funder::awarded)),
                            French.percent(ratio(sum(c.funders(), Funder::awarded), p.totalBudget()), 1),
                            French.euros(sum(c.funders(), Funder::received))))));

            doc.heading("Dépenses présentées par poste");
            List<List<String>> headings = new ArrayList<>();
            for (Map.Entry<String, List<Expenditure>> h : c.byHeading().entrySet()) {
                List<Expenditure> es = h.getValue();
                headings.add(List.of(es.get(0).heading(), French.integer(es.size()),
                        French.euros(sum(es, Expenditure::amountHt)), French.euros(sum(es, Expenditure::eligible))));
            }
            doc.table(new Table(List.of(new A4Document.Column("Poste", 2.5f, Align.LEFT),
                    new A4Document.Column("Dépenses", 0.8f, Align.RIGHT),
                    new A4Document.Column("Montant HT", 1.3f, Align.RIGHT),
                    new A4Document.Column("Montant présenté", 1.3f, Align.RIGHT)), headings,
                    Optional.of(List.of("Total", French.integer(c.expenditures().size()), French.euros(c.amountHt()),
                            French.euros(c.eligible())))));
            doc.text("Le détail, dépense par dépense (fournisseur, facture, dates), est dans le classeur joint, "
                    + "feuille « A. Dépenses ».", Style.SMALL);

            doc.newPage();
            doc.heading("Indicateurs de réalisation");
            List<List<String>> rows = new ArrayList<>();
            for (Indicator i : Indicator.ALL) {
                rows.add(List.of(i.label(), i.text(now), hasSales(before) ? i.text(before) : French.NONE));
            }
            rows.add(List.of("Besoin de trésorerie maximal (projet)", French.euros(p.treasury().max()), French.NONE));
            rows.add(List.of("Ventes du pôle par euro public (projet)",
                    p.leverage().sales().map(v -> French.decimal(v, 2) + " €").orElse(French.NONE), French.NONE));
            doc.table(new Table(List.of(new A4Document.Column("Indicateur", 3f, Align.LEFT),
                    new A4Document.Column("Période " + French.date(c.period().from()) + " – "
                            + French.date(c.period().to()), 1.5f, Align.RIGHT),
                    new A4Document.Column("Période précédente " + French.date(previous.from()) + " – "
                            + French.date(previous.to()), 1.5f, Align.RIGHT)), rows, Optional.empty()));
            doc.text("Parts EGalim calculées sur les ventes à la restauration collective ; « local » : producteurs "
                    + "du Parc et des environs qu'il a définis."
                    + (hasSales(before) ? "" : " Aucune vente enregistrée sur la période précédente : « — »."),
                    Style.SMALL);
            doc.space(6);
            doc.chart(expenditureChart(c), chartHeight(c.byHeading().size()));
            doc.space(6);
            doc.chart(fundersChart(c), chartHeight(c.funders().size()));
            doc.space(6);
            doc.chart(localShareChart(analytics, c.period(), request.filters()), 170);
            doc.space(6);
            doc.rule();
            doc.text("Sur quelles données reposent ces chiffres ?", Style.SMALL_STRONG);
            doc.text(coverage.qualitySentence(), Style.SMALL);
            if (!p.warnings().isEmpty()) {
                doc.text(French.integer(p.warnings().size()) + " "
                        + plural(p.warnings().size(), "avertissement", "avertissements")
                        + " sur le plan de financement (dépenses hors période de la subvention, versements sans "
                        + "subvention…) : bin/impact funding les détaille.", Style.SMALL);
            }
            doc.text("Sources — fichier · date d'import · empreinte SHA-256 (" + Coverage.SHORT_HASH
                    + " premiers caractères) :", Style.SMALL);
            doc.grid(coverage.sources().stream().map(Coverage.Source::compact).toList(), 2, Style.SMALL);
            doc.save(file);
        }
    }

    static Chart expenditureChart(FeaderClaim c) {
        ChartData.Builder d = ChartData.builder("Poste", Unit.EUROS_HT).series("Montant présenté");
        for (List<Expenditure> es : c.byHeading().values()) {
            d.category(es.get(0).heading(), sum(es, Expenditure::eligible));
        }
        return Chart.of(Chart.Kind.HORIZONTAL_BARS, "Dépenses présentées par poste", d.build(),
                c.byHeading().isEmpty() ? "Aucune dépense sur la période."
                        : "Montant présenté de chaque poste, total " + French.euros(c.eligible()) + ".");
    }

    static Chart fundersChart(FeaderClaim c) {
        ChartData.Builder d = ChartData.builder("Financeur", Unit.EUROS_HT).series("Attribué", "Reçu");
        for (Funder f : c.funders()) {
            d.category(f.name(), f.awarded(), f.received());
        }
        return Chart.of(Chart.Kind.HORIZONTAL_BARS,
                "Financements attribués et reçus au " + French.date(c.period().to()), d.build(),
                "Pour chaque financeur, ce qu'il a attribué et ce qu'il avait versé à la fin de la période ; "
                        + "le FEADER paie après les autres financeurs publics.");
    }

    /** The local share month by month (by quarter over two years or more). */
    static Chart localShareChart(Analytics analytics, Period period, Filters filters) throws SQLException {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(period.from()), YearMonth.from(period.to())) + 1;
        boolean byQuarter = months > 24;
        List<Group> groups = analytics.local().breakdown(byQuarter ? Dimension.QUARTER : Dimension.MONTH, period,
                filters);
        ChartData.Builder d = ChartData.builder(byQuarter ? "Trimestre" : "Mois", Unit.SHARE).series("Part locale");
        for (Group g : groups) {
            String label = g.key();
            if (!byQuarter) {
                YearMonth m = YearMonth.parse(g.key());
                label = French.shortMonth(m) + " " + m.getYear();
            }
            d.category(label, g.totals().localShare().orElse(null));
        }
        return Chart.of(Chart.Kind.BARS, "Part des produits locaux dans les ventes du pôle, "
                + (byQuarter ? "trimestre par trimestre" : "mois par mois"), d.build(),
                groups.isEmpty() ? "Aucune vente sur la période." : "Part locale en valeur, hors taxes.");
    }

    // ---------------------------------------------------------------- helpers

    /** Whether the store has sales in that period (else its indicators are shown as absent, not as zeros). */
    static boolean hasSales(Indicators i) {
        return i.sales().lines() > 0;
    }

    static String title(FeaderClaim c) {
        return "Demande de paiement FEADER" + c.claim().map(n -> " — " + n).orElse("");
    }

    /** The period of the same length just before (the previous year for a calendar year). */
    static Period previous(Period p) {
        if (p.from().getDayOfMonth() == 1 && p.from().getMonthValue() == 1 && p.to().getMonthValue() == 12
                && p.to().getDayOfMonth() == 31) {
            int years = p.to().getYear() - p.from().getYear() + 1;
            return new Period(p.from().minusYears(years), p.to().minusYears(years));
        }
        long days = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
        return new Period(p.from().minusDays(days), p.from().minusDays(1));
    }

    /** The project's name; for a ledger without {@code projet} column, a plain description. */
    static String operation(ProjectFunding p) {
        return p.name().equals("default") ? "Opération du plan de financement (sans nom de projet)" : p.name();
    }

    private static Path withSuffix(Path file, String suffix) {
        if (suffix.isEmpty()) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(name.substring(0, dot) + suffix + name.substring(dot));
    }

    private static <T> BigDecimal sum(List<T> list, Function<T, BigDecimal> f) {
        return list.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<BigDecimal> ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? Optional.empty() : Optional.of(a.divide(b, 6, RoundingMode.HALF_EVEN));
    }

    private static float chartHeight(int bars) {
        return Math.max(110f, Math.min(200f, 62f + 22f * Math.max(1, bars)));
    }

    private static String blankAsNone(String s) {
        return s == null || s.isBlank() ? "non renseigné (beneficiary.siret)" : s;
    }

    private static String plural(long n, String one, String many) {
        return n <= 1 ? one : many;
    }

}
