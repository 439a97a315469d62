package fr.impact.reports.canteen;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.analytics.egalim.BuyerEgalim;
import fr.impact.analytics.egalim.EgalimGaps;
import fr.impact.analytics.egalim.EgalimTargets;
import fr.impact.analytics.egalim.EgalimTotals;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.store.Sql;
import fr.impact.reports.ReportDataException;
import fr.impact.reports.ReportKind;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import fr.impact.reports.coverage.Coverage;
import fr.impact.reports.format.French;
import fr.impact.reports.pdf.A4Document;
import fr.impact.reports.pdf.A4Document.Align;
import fr.impact.reports.pdf.A4Document.KeyFigure;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One canteen's purchases through the hub for a period: {@code canteen-<period>-<buyer>.xlsx}
 * (the canteen, EGalim against the targets, family × category with ma-cantine's detailed keys,
 * every {@code valeur_<famille>_<label>} key ready to copy, the sources) and
 * {@code canteen-<period>-<buyer>.pdf}.
 *
 * <p>The shares are {@link Analytics#indicators}' for that buyer (EGalim over its
 * collective-catering lines, as the law counts them); the gaps are {@link EgalimGaps}'. A hub
 * supplies only part of a canteen's food: these are the values the canteen declares for its hub
 * purchases, not its whole-year ratio.
 */
public final class CanteenReport {

    /** ma-cantine's detailed labels, in the order the first that applies is taken. */
    public enum Label {
        BIO("bio", "Bio", Group.BIO),
        LABEL_ROUGE("label_rouge", "Label rouge", Group.SIQO),
        AOCAOP_IGP_STG("aocaop_igp_stg", "AOC/AOP, IGP, STG", Group.SIQO),
        HVE("hve", "HVE", Group.AUTRES_EGALIM),
        PECHE_DURABLE("peche_durable", "Pêche durable", Group.AUTRES_EGALIM),
        RUP("rup", "Région ultrapériphérique", Group.AUTRES_EGALIM),
        COMMERCE_EQUITABLE("commerce_equitable", "Commerce équitable", Group.AUTRES_EGALIM),
        FERMIER("fermier", "Fermier", Group.AUTRES_EGALIM),
        EXTERNALITES("externalites", "Externalités environnementales", Group.EXTERNALITES_PERFORMANCE),
        PERFORMANCE("performance", "Performance environnementale", Group.EXTERNALITES_PERFORMANCE),
        NON_EGALIM("non_egalim", "Non EGalim", Group.NON_EGALIM);

        private final String key;
        private final String text;
        private final Group group;

        Label(String key, String text, Group group) {
            this.key = key;
            this.text = text;
            this.group = group;
        }

        public String key() {
            return key;
        }

        public String text() {
            return text;
        }

        public Group group() {
            return group;
        }

        static Label ofKey(String key) {
            for (Label l : values()) {
                if (l.key.equals(key)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown label " + key);
        }
    }

    /** The EGalim groups, each line counted once (DOMAIN.md). */
    public enum Group {
        BIO("Bio"), SIQO("SIQO"), AUTRES_EGALIM("Autres EGalim"), EXTERNALITES_PERFORMANCE("Externalités, perf."),
        NON_EGALIM("Non EGalim");

        private final String text;

        Group(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** One family × label cell. */
    public record Cell(String family, Label label, BigDecimal totalHt, BigDecimal localHt, BigDecimal unknownHt,
            long lines) {
        public Cell {
            requireNonNull(family, "family is null");
            requireNonNull(label, "label is null");
        }

        /** ma-cantine's key: {@code valeur_<famille>_<label>}. */
        public String maCantineKey() {
            return key(family, label);
        }
    }

    /** ma-cantine's key of a family and label. */
    public static String key(String family, Label label) {
        return "valeur_" + family.toLowerCase(Locale.ROOT) + "_" + label.key();
    }

    private final Connection connection;
    private final ParkConfig park;

    public CanteenReport(Connection connection, ParkConfig park) {
        this.connection = requireNonNull(connection, "connection is null");
        this.park = requireNonNull(park, "park is null");
    }

    /** The files written: the workbook, then the PDF. */
    public record Files(Path xlsx, Path pdf) {
        public List<Path> all() {
            return List.of(xlsx, pdf);
        }
    }

    record Buyer(String id, String name, Optional<Segment> segment, Optional<String> commune) {}

    public Files write(ReportRequest request) throws SQLException, IOException, ReportDataException {
        String buyerId = request.filters().buyer().orElseThrow(
                () -> new ReportDataException("Le rapport cantine porte sur un acheteur : précisez --buyer CODE."));
        Buyer buyer = buyer(buyerId);
        Period period = request.period();
        Analytics analytics = new Analytics(connection);
        Indicators ind = analytics.indicators(period, request.filters());
        List<BuyerEgalim> egalimRows = analytics.egalim().byBuyer(period, request.filters());
        EgalimTargets targets = egalimRows.stream().findFirst().map(BuyerEgalim::targets)
                .or(() -> buyer.commune().map(EgalimTargets::forCommune))
                .or(() -> EgalimTargets.ofZone(park.egalimZone()))
                .orElse(EgalimTargets.METROPOLE);
        EgalimTotals egalim = ind.egalim();
        EgalimGaps gaps = EgalimGaps.of(egalim, targets);
        List<Cell> cells = cells(period, buyerId);
        Coverage all = Coverage.load(connection, period, request.generatedOn(), ind.sales());
        // the funding ledger says nothing of a canteen's purchases
        Coverage coverage = new Coverage(all.period(), all.generatedOn(),
                all.sources().stream().filter(s -> !s.kind().equals("funding")).toList(), all.unknownHt(),
                all.unknownLines(), all.quarantinedRows());
        Path xlsx = request.file(ReportKind.CANTEEN, "xlsx");
        Path pdf = request.file(ReportKind.CANTEEN, "pdf");
        String title = "Achats de " + buyer.name() + " au pôle alimentaire local";
        writeXlsx(xlsx, title, request, buyer, ind, egalim, targets, gaps, cells, coverage);
        writePdf(pdf, title, request, buyer, ind, egalim, targets, gaps, cells, coverage);
        return new Files(xlsx, pdf);
    }

    Buyer buyer(String id) throws SQLException, ReportDataException {
        try (PreparedStatement s = connection.prepareStatement(sql("buyer"))) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong("lines") == 0 && r.getLong("listed") == 0) {
                    throw new ReportDataException("Acheteur « " + id + " » inconnu : ni dans le fichier des clients, "
                            + "ni dans les ventes.");
                }
                String name = r.getString("name");
                return new Buyer(id, name == null ? id : name,
                        Optional.ofNullable(r.getString("segment")).flatMap(Segment::parse),
                        Optional.ofNullable(r.getString("commune")));
            }
        }
    }

    List<Cell> cells(Period p, String buyerId) throws SQLException {
        List<Cell> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql("purchases_by_family_and_label"))) {
            s.setDate(1, Date.valueOf(p.from()));
            s.setDate(2, Date.valueOf(p.to()));
            s.setString(3, buyerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Cell(r.getString("famille"), Label.ofKey(r.getString("label")),
                            r.getBigDecimal("total_ht"), r.getBigDecimal("local_ht"), r.getBigDecimal("unknown_ht"),
                            r.getLong("lines")));
                }
            }
        }
        // families in ma-cantine's order, labels in theirs
        out.sort((a, b) -> {
            int fa = familyOrder(a.family());
            int fb = familyOrder(b.family());
            return fa != fb ? Integer.compare(fa, fb) : a.label().compareTo(b.label());
        });
        return out;
    }

    // ---------------------------------------------------------------- workbook

    void writeXlsx(Path file, String title, ReportRequest request, Buyer buyer, Indicators ind, EgalimTotals egalim,
            EgalimTargets targets, EgalimGaps gaps, List<Cell> cells, Coverage coverage) throws IOException {
        try (XlsxBook book = XlsxBook.create(new XlsxBook.Info(title, coverage.periodText(), park.parkName(),
                request.generatedOn()))) {
            XlsxSheet c = book.sheet("Cantine", List.of(Column.text("Rubrique"), Column.text("Valeur")));
            c.field("Acheteur", Column.Kind.TEXT, buyer.name());
            c.field("Code acheteur", Column.Kind.TEXT, buyer.id());
            c.field("Type", Column.Kind.TEXT, buyer.segment().map(Segment::label).orElse("—"));
            c.field("Période, du", Column.Kind.DATE, request.period().from());
            c.field("Période, au", Column.Kind.DATE, request.period().to());
            c.field("Achats au pôle (€ HT)", Column.Kind.MONEY, ind.sales().totalHt());
            c.field("dont produits locaux (€ HT)", Column.Kind.MONEY, ind.sales().localHt());
            c.field("Part locale (valeur)", Column.Kind.SHARE, ind.sales().localShare());
            c.field("Lignes d'achat", Column.Kind.INTEGER, ind.sales().lines());
            c.field("Origine inconnue (€ HT)", Column.Kind.MONEY, coverage.unknownHt());
            c.field("Lignes en quarantaine non résolues (tous imports)", Column.Kind.INTEGER,
                    coverage.quarantinedRows());
            c.field("Objectifs EGalim (zone)", Column.Kind.TEXT, targets.zone());
            c.field("Produit le", Column.Kind.DATE, request.generatedOn());

            XlsxSheet e = book.sheet("EGalim", List.of(Column.text("Catégorie"), Column.money("Montant HT"),
                    Column.money("Total de référence HT"), Column.share("Part"), Column.share("Objectif"),
                    Column.money("Écart à l'objectif (€ HT à ajouter)")));
            for (Goal g : goals(egalim, targets, gaps)) {
                e.row(g.name(), g.amount(), g.base(), g.share(), g.target(), g.gap());
            }

            XlsxSheet d = book.sheet("Familles × EGalim", List.of(Column.text("Famille"), Column.text("Catégorie"),
                    Column.text("Clé ma-cantine"), Column.money("Montant HT"), Column.money("dont local HT"),
                    Column.share("Part locale"), Column.integer("Lignes")));
            String current = null;
            for (Cell x : cells) {
                if (current != null && !current.equals(x.family())) {
                    d.subtotal("Sous-total " + familyLabel(current));
                }
                current = x.family();
                d.row(familyLabel(x.family()), x.label().text(), x.maCantineKey(), x.totalHt(), x.localHt(),
                        ratio(x.localHt(), x.totalHt()), x.lines());
            }
            if (current != null) {
                d.subtotal("Sous-total " + familyLabel(current));
            }
            d.totals("Total");

            XlsxSheet k = book.sheet("Clés ma-cantine", List.of(Column.text("Clé"), Column.money("Valeur HT")));
            Map<String, BigDecimal> byKey = new java.util.HashMap<>();
            for (Cell x : cells) {
                byKey.merge(x.maCantineKey(), x.totalHt(), BigDecimal::add);
            }
            for (Family f : Family.values()) {
                for (Label l : Label.values()) {
                    String key = key(f.name(), l);
                    k.row(key, byKey.getOrDefault(key, BigDecimal.ZERO));
                }
            }
            k.totals("Total");

            XlsxSheet s = book.sheet("Sources", List.of(Column.text("Fichier"), Column.text("Type"),
                    Column.date("Importé le"), Column.text("Empreinte SHA-256"), Column.integer("Lignes acceptées"),
                    Column.integer("Lignes rejetées")));
            for (Coverage.Source src : coverage.sources()) {
                s.row(src.file(), src.kindLabel(), src.importedAt().toLocalDate(), src.contentHash(), src.accepted(),
                        src.rejected());
            }
            book.save(file);
        }
    }

    /** One EGalim target line. */
    record Goal(String name, BigDecimal amount, BigDecimal base, Optional<BigDecimal> share, BigDecimal target,
            BigDecimal gap) {}

    static List<Goal> goals(EgalimTotals t, EgalimTargets targets, EgalimGaps gaps) {
        return List.of(
                new Goal("Bio", t.bioHt(), t.totalHt(), t.bioShare(), targets.bio(), money(gaps.bioHt())),
                new Goal("EGalim, bio compris", t.egalimHt(), t.totalHt(), t.egalimShare(), targets.egalim(),
                        money(gaps.egalimHt())),
                new Goal("EGalim des viandes et poissons", t.meatFishEgalimHt(), t.meatFishTotalHt(),
                        t.meatFishEgalimShare(), targets.meatFishEgalim(), money(gaps.meatFishEgalimHt())));
    }

    // ---------------------------------------------------------------- PDF

    void writePdf(Path file, String title, ReportRequest request, Buyer buyer, Indicators ind, EgalimTotals egalim,
            EgalimTargets targets, EgalimGaps gaps, List<Cell> cells, Coverage coverage) throws IOException {
        try (A4Document doc = A4Document.create(new A4Document.Info(title, coverage.periodText(), park.parkName(),
                request.generatedOn(), coverage.line()))) {
            doc.text(park.parkName().toUpperCase(Locale.FRANCE) + " · PÔLE ALIMENTAIRE LOCAL · BILAN CANTINE",
                    Style.SMALL_STRONG);
            doc.space(4);
            doc.title(title);
            doc.text(buyer.segment().map(Segment::label).orElse("Acheteur") + " · code " + buyer.id() + " · achats "
                    + coverage.periodText() + " · document produit le " + French.date(request.generatedOn()),
                    Style.SUBTITLE);
            doc.space(6);
            doc.keyFigures(List.of(
                    KeyFigure.of(French.euros(ind.sales().totalHt()), "d'achats au pôle, hors taxes",
                            French.integer(ind.sales().lines()) + " lignes de facture"),
                    KeyFigure.of(French.percent(ind.sales().localShare(), 0), "de produits locaux",
                            French.euros(ind.sales().localHt()) + " de producteurs du Parc et des environs"),
                    KeyFigure.of(French.percent(egalim.bioShare(), 0), "de bio",
                            "objectif " + French.percent(targets.bio(), 0)),
                    KeyFigure.of(French.percent(egalim.egalimShare(), 0), "de produits EGalim, bio compris",
                            "objectif " + French.percent(targets.egalim(), 0))), 2);
            doc.heading("Objectifs EGalim");
            List<List<String>> rows = new ArrayList<>();
            for (Goal g : goals(egalim, targets, gaps)) {
                rows.add(List.of(g.name(), French.euros(g.amount()), French.percent(g.share(), 1),
                        French.percent(g.target(), 0),
                        g.gap().signum() == 0 ? "atteint" : French.euros(g.gap())));
            }
            doc.table(new Table(List.of(new A4Document.Column("Catégorie", 2.4f, Align.LEFT),
                    new A4Document.Column("Montant HT", 1.3f, Align.RIGHT),
                    new A4Document.Column("Part", 0.9f, Align.RIGHT),
                    new A4Document.Column("Objectif", 0.9f, Align.RIGHT),
                    new A4Document.Column("À ajouter pour l'atteindre (€ HT)", 1.8f, Align.RIGHT)), rows,
                    Optional.empty()));
            doc.text("Les achats au pôle ne sont qu'une partie des achats de la cantine : ces valeurs sont celles "
                    + "qu'elle déclare pour ses achats au pôle sur ma-cantine, pas son bilan annuel. « À ajouter » : "
                    + "montant d'achats de la catégorie qui, ajouté, atteindrait l'objectif.", Style.SMALL);
            doc.space(4);
            doc.heading("Achats par famille et catégorie EGalim (€ HT)");
            Map<String, Map<Group, BigDecimal>> pivot = new java.util.LinkedHashMap<>();
            Map<String, BigDecimal[]> local = new java.util.LinkedHashMap<>();
            for (Cell x : cells) {
                pivot.computeIfAbsent(x.family(), f -> new EnumMap<>(Group.class))
                        .merge(x.label().group(), x.totalHt(), BigDecimal::add);
                BigDecimal[] l = local.computeIfAbsent(x.family(), f -> new BigDecimal[] {BigDecimal.ZERO,
                        BigDecimal.ZERO});
                l[0] = l[0].add(x.totalHt());
                l[1] = l[1].add(x.localHt());
            }
            List<List<String>> table = new ArrayList<>();
            Map<Group, BigDecimal> totals = new EnumMap<>(Group.class);
            for (Map.Entry<String, Map<Group, BigDecimal>> f : pivot.entrySet()) {
                List<String> r = new ArrayList<>();
                r.add(familyLabel(f.getKey()));
                for (Group g : Group.values()) {
                    BigDecimal v = f.getValue().getOrDefault(g, BigDecimal.ZERO);
                    totals.merge(g, v, BigDecimal::add);
                    r.add(v.signum() == 0 ? "" : French.euros(v));
                }
                BigDecimal[] l = local.get(f.getKey());
                r.add(French.euros(l[0]));
                r.add(French.percent(ratio(l[1], l[0]), 0));
                table.add(r);
            }
            List<String> total = new ArrayList<>();
            total.add("Total");
            for (Group g : Group.values()) {
                total.add(French.euros(totals.getOrDefault(g, BigDecimal.ZERO)));
            }
            total.add(French.euros(ind.sales().totalHt()));
            total.add(French.percent(ind.sales().localShare(), 0));
            List<A4Document.Column> cols = new ArrayList<>();
            cols.add(new A4Document.Column("Famille", 2.0f, Align.LEFT));
            for (Group g : Group.values()) {
                cols.add(new A4Document.Column(g.text(), 1.05f, Align.RIGHT));
            }
            cols.add(new A4Document.Column("Total", 1.45f, Align.RIGHT));
            cols.add(new A4Document.Column("Part locale", 0.8f, Align.RIGHT));
            doc.table(new Table(cols, table, Optional.of(total)));
            doc.text("Le détail dans les clés de ma-cantine (valeur_<famille>_<label>) est dans le classeur joint, "
                    + "feuilles « Familles × EGalim » et « Clés ma-cantine ».", Style.SMALL);
            doc.space(4);
            doc.chart(familyChart(pivot), Math.max(130f, Math.min(220f, 70f + 20f * pivot.size())));
            doc.space(4);
            doc.rule();
            doc.text("Sur quelles données reposent ces chiffres ?", Style.SMALL_STRONG);
            doc.text(coverage.qualitySentence(), Style.SMALL);
            doc.text("Sources — fichier · date d'import · empreinte SHA-256 (" + Coverage.SHORT_HASH
                    + " premiers caractères) :", Style.SMALL);
            doc.grid(coverage.sources().stream().map(Coverage.Source::compact).toList(), 2, Style.SMALL);
            doc.save(file);
        }
    }

    static Chart familyChart(Map<String, Map<Group, BigDecimal>> pivot) {
        ChartData.Builder d = ChartData.builder("Famille", Unit.EUROS_HT)
                .series("Bio", "SIQO", "Autres EGalim et externalités", "Non EGalim");
        for (Map.Entry<String, Map<Group, BigDecimal>> f : pivot.entrySet()) {
            Map<Group, BigDecimal> v = f.getValue();
            d.category(shortFamily(f.getKey()), v.getOrDefault(Group.BIO, BigDecimal.ZERO),
                    v.getOrDefault(Group.SIQO, BigDecimal.ZERO),
                    v.getOrDefault(Group.AUTRES_EGALIM, BigDecimal.ZERO)
                            .add(v.getOrDefault(Group.EXTERNALITES_PERFORMANCE, BigDecimal.ZERO)),
                    v.getOrDefault(Group.NON_EGALIM, BigDecimal.ZERO));
        }
        return Chart.of(Chart.Kind.HORIZONTAL_STACKED_BARS, "Achats par famille de produits, selon la catégorie EGalim",
                d.build(), pivot.isEmpty() ? "Aucun achat sur la période."
                        : "Pour chaque famille, la longueur de la barre est le total de ses achats hors taxes, "
                                + "découpé par catégorie EGalim.");
    }

    // ---------------------------------------------------------------- helpers

    static String familyLabel(String code) {
        return Family.parse(code).map(Family::label).orElse(code);
    }

    private static String shortFamily(String code) {
        return switch (code) {
            case "VIANDES_VOLAILLES" -> "Viandes, volailles";
            case "PRODUITS_DE_LA_MER" -> "Produits de la mer";
            case "FRUITS_ET_LEGUMES" -> "Fruits et légumes";
            case "PRODUITS_LAITIERS" -> "Produits laitiers, œufs";
            case "BOULANGERIE" -> "Boulangerie";
            case "BOISSONS" -> "Boissons";
            case "CHARCUTERIE" -> "Charcuterie";
            case "AUTRES" -> "Épicerie, autres";
            default -> code;
        };
    }

    private static int familyOrder(String code) {
        return Family.parse(code).map(Enum::ordinal).orElse(99);
    }

    private static Optional<BigDecimal> ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? Optional.empty() : Optional.of(a.divide(b, 6, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String sql(String name) {
        return Sql.load("/fr/impact/reports/sql/canteen/" + name + ".sql");
    }
}
