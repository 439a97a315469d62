package fr.impact.analytics;

import fr.impact.analytics.egalim.Egalim;
import fr.impact.analytics.impact.Impact;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.LocalSourcing;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.FileReport.Status;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A real DuckDB filled the way users fill it: small French CSV files (territory, producers,
 * buyers, sales) written to a folder and imported with the {@link Importer}. A fixture file
 * that does not load whole (refused, or a row rejected) fails the test at once, so every
 * expectation rests on exactly the rows written here.
 *
 * <p>{@link #perche()} loads the standard data set, {@code PERCHE_*}: every line is numbered
 * (L01…L13) so that tests can show their sums by hand.
 */
public final class AnalyticsFixture implements AutoCloseable {

    /** "Today" for the imports: every date up to 31/12/2024 is in the past. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-31T12:00:00Z"), ZoneId.of("Europe/Paris"));

    public static final String TERRITORY_HEADER = "code;niveau;nom";
    public static final String PRODUCERS_HEADER = "producteur_id;nom;commune_insee";
    public static final String BUYERS_HEADER = "client_id;nom;type;commune_insee";
    public static final String SALES_HEADER = "date;facture;ligne;client_id;client_nom;client_type;producteur_id;"
            + "producteur_nom;produit;famille;quantite;unite;prix_unitaire_ht;montant_ht;labels";

    /** The first half of 2024, where most of the standard lines fall. */
    public static final Period H1_2024 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));

    // ---------------------------------------------------------------------------------------
    // The standard data set: a park (communes 61293, 61345), the rest of the Orne (61) and the
    // Eure-et-Loir (28) as its surroundings.

    public static final String[] PERCHE_TERRITORY = {
        "61293;PARC;Mortagne-au-Perche",
        "61345;PARC;Rémalard-en-Perche",
        "61;PROCHE;Orne",
        "28;PROCHE;Eure-et-Loir"};

    // P1 commune listed → PARC; P2 only its department (61) listed → PROCHE; P3 department 28
    // → PROCHE; P4 Pas-de-Calais, listed nowhere → ELOIGNE. P9 (on the sales) is in no file → INCONNU.
    public static final String[] PERCHE_PRODUCERS = {
        "P1;Ferme du Bois Joli;61293",
        "P2;GAEC de la Vallée;61214",
        "P3;Fromagerie de Nogent;28280",
        "P4;Coopérative de la Côte d'Opale;62160"};

    // C4 is missing (typed on its lines), C5 is missing and untyped (→ AUTRE).
    public static final String[] PERCHE_BUYERS = {
        "C1;École Jules Ferry;RESTAURATION_SCOLAIRE;61293",
        "C2;EHPAD Les Tilleuls;Restauration médico-sociale;61345",
        "C3;Le Bistrot du Perche;RESTAURANT;28280"};

    /**
     * The standard sales. Segment and origin of each line (C… buyer, P… producer):
     * <pre>
     * line date        buyer (segment)          producer (level)  family              qty      amount  labels → group
     * L01  15/11/2023  C1 SCOLAIRE               P1 PARC           FRUITS_ET_LEGUMES   10 kg     20.00  BIO → BIO
     * L02  05/12/2023  C3 RESTAURANT             P2 PROCHE         VIANDES_VOLAILLES    5 kg     60.00  LABEL_ROUGE → SIQO
     * L03  10/01/2024  C1 SCOLAIRE               P1 PARC           FRUITS_ET_LEGUMES   50 kg    100.00  AB → BIO
     * L04  10/01/2024  C1 SCOLAIRE               P2 PROCHE         VIANDES_VOLAILLES   12 kg    150.00  LABEL_ROUGE|BIO → BIO
     * L05  25/01/2024  C2 MEDICO_SOCIALE         P3 PROCHE         PRODUITS_LAITIERS  200 piece  80.00  HVE+IGP → SIQO
     * L06  14/02/2024  C2 MEDICO_SOCIALE         P4 ELOIGNE        PRODUITS_DE_LA_MER 8000 g    120.00  PECHE_DURABLE, EXTERNALITES → AUTRES_EGALIM
     * L07  20/02/2024  C3 RESTAURANT (line says  P1 PARC           BOISSONS            30 l      90.00  BIO → BIO
     *                  SCOLAIRE: the file wins)
     * L08  05/03/2024  C4 COLLECTIVE_AUTRE       P9 INCONNU        VIANDES_VOLAILLES   10 kg    130.00  (none) → NON_EGALIM
     *                  (typed on the line)
     * L09  18/03/2024  C5 AUTRE (nowhere)        P2 PROCHE         PRODUITS_LAITIERS   10 dz     40.00  FERMIER → AUTRES_EGALIM
     * L10  02/04/2024  C1 SCOLAIRE               P1 PARC           FRUITS_ET_LEGUMES   -5 kg    -10.00  BIO → BIO (credit note)
     * L11  15/04/2024  C1 SCOLAIRE               P3 PROCHE         PRODUITS_LAITIERS  1500 g     30.00  AOC → SIQO
     * L12  06/05/2024  C2 MEDICO_SOCIALE         P2 PROCHE         CHARCUTERIE          2 kg     36.00  PERFORMANCE → EXTERNALITES_PERFORMANCE
     * L13  12/06/2024  C4 COLLECTIVE_AUTRE       P4 ELOIGNE        BOISSONS           500 cl     25.00  (none) → NON_EGALIM
     * </pre>
     */
    public static final String[] PERCHE_SALES = {
        /* L01 */ "15/11/2023;F2311-01;1;C1;École Jules Ferry;;P1;Ferme du Bois Joli;Carottes;FRUITS_ET_LEGUMES;10;kg;;20,00;BIO",
        /* L02 */ "05/12/2023;F2312-01;1;C3;Le Bistrot du Perche;;P2;GAEC de la Vallée;Poulet fermier;VIANDES_VOLAILLES;5;kg;;60,00;LABEL_ROUGE",
        /* L03 */ "10/01/2024;F2401-01;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois Joli;Carottes;Fruits et légumes frais et surgelés;50;kg;;100,00;AB",
        /* L04 */ "10/01/2024;F2401-01;2;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P2;GAEC de la Vallée;Poulet fermier;VIANDES_VOLAILLES;12;kg;;150,00;LABEL_ROUGE|BIO",
        /* L05 */ "25/01/2024;F2401-02;1;C2;EHPAD Les Tilleuls;;P3;Fromagerie de Nogent;Yaourts nature;PRODUITS_LAITIERS;200;piece;;80,00;HVE+IGP",
        /* L06 */ "14/02/2024;F2402-01;1;C2;EHPAD Les Tilleuls;;P4;Coopérative de la Côte d'Opale;Filets de truite;PRODUITS_DE_LA_MER;8000;g;;120,00;PECHE_DURABLE, EXTERNALITES",
        /* L07 */ "20/02/2024;F2402-02;1;C3;Le Bistrot du Perche;RESTAURATION_SCOLAIRE;P1;Ferme du Bois Joli;Jus de pomme;BOISSONS;30;l;;90,00;BIO",
        /* L08 */ "05/03/2024;F2403-01;1;C4;Restaurant administratif de Mortagne;RESTAURATION_COLLECTIVE_AUTRE;P9;Boucherie Martin;Bœuf haché;VIANDES_VOLAILLES;10;kg;;130,00;",
        /* L09 */ "18/03/2024;F2403-02;1;C5;Association Perche Nature;;P2;GAEC de la Vallée;Œufs;PRODUITS_LAITIERS;10;douzaine;;40,00;FERMIER",
        /* L10 */ "02/04/2024;AV2404-01;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois Joli;Avoir carottes abîmées;FRUITS_ET_LEGUMES;-5;kg;;-10,00;BIO",
        /* L11 */ "15/04/2024;F2404-01;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P3;Fromagerie de Nogent;Fromage de chèvre;PRODUITS_LAITIERS;1500;g;;30,00;AOC",
        /* L12 */ "06/05/2024;F2405-01;1;C2;EHPAD Les Tilleuls;;P2;GAEC de la Vallée;Pâté de campagne;CHARCUTERIE;2;kg;;36,00;PERFORMANCE",
        /* L13 */ "12/06/2024;F2406-01;1;C4;Restaurant administratif de Mortagne;RESTAURATION_COLLECTIVE_AUTRE;P4;Coopérative de la Côte d'Opale;Cidre;BOISSONS;500;cl;;25,00;"};

    /** A share rounded half-up to 6 decimals, to compare with a hand-computed value. */
    public static BigDecimal sixDecimals(BigDecimal share) {
        return Ratio.round(share, 6);
    }

    /** A number as written by hand: {@code 330}, {@code -3.5}, {@code 0}. */
    public static String num(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /**
     * One group of a breakdown on one line, e.g.
     * {@code 2024-01 "2024-01" lines=3 total=330 local=330 parc=100 proche=230 eloigne=0 unknown=0/0 kg=62/62 l=0}
     * (unknown = amount/lines, kg = total/local).
     */
    public static String describe(Group g) {
        OriginTotals t = g.totals();
        return g.key() + " \"" + g.label() + "\" lines=" + t.lines() + " total=" + num(t.totalHt()) + " local="
                + num(t.localHt()) + " parc=" + num(t.parcHt()) + " proche=" + num(t.procheHt()) + " eloigne="
                + num(t.eloigneHt()) + " unknown=" + num(t.unknownHt()) + "/" + t.unknownLines() + " kg="
                + num(t.totalKg()) + "/" + num(t.localKg()) + " l=" + num(t.totalLitres());
    }

    private final Path dir;
    private final Store store;
    private final Importer importer;
    private int files;

    private AnalyticsFixture(Path dir, Store store) {
        this.dir = dir;
        this.store = store;
        this.importer = new Importer(store, Importer.Settings.defaults().withClock(CLOCK));
    }

    /** An in-memory database; the CSV files are written to {@code dir}. */
    public static AnalyticsFixture inMemory(Path dir) throws SQLException, IOException {
        return new AnalyticsFixture(dir, Store.inMemory());
    }

    /** A database file in {@code dir}, beside the CSV files. */
    public static AnalyticsFixture onDisk(Path dir) throws SQLException, IOException {
        return new AnalyticsFixture(dir, Store.open(dir.resolve("impact.duckdb"), null));
    }

    /** Loads the standard data set (territory, producers, buyers, sales L01–L13) in hub {@code default}. */
    public AnalyticsFixture perche() throws SQLException, IOException {
        territory(PERCHE_TERRITORY);
        producers(PERCHE_PRODUCERS);
        buyers(PERCHE_BUYERS);
        sales(PERCHE_SALES);
        return this;
    }

    /** Imports a territory file (it replaces the whole territory). */
    public FileReport territory(String... rows) throws SQLException, IOException {
        return load(ImportKind.TERRITORY, ImportOptions.DEFAULT_HUB, TERRITORY_HEADER, rows);
    }

    /** Imports a producers file into hub {@code default} (producers upserted by id). */
    public FileReport producers(String... rows) throws SQLException, IOException {
        return load(ImportKind.PRODUCERS, ImportOptions.DEFAULT_HUB, PRODUCERS_HEADER, rows);
    }

    /** Imports a buyers file into hub {@code default} (buyers upserted by id). */
    public FileReport buyers(String... rows) throws SQLException, IOException {
        return load(ImportKind.BUYERS, ImportOptions.DEFAULT_HUB, BUYERS_HEADER, rows);
    }

    /** Imports a sales file into hub {@code default}. */
    public FileReport sales(String... rows) throws SQLException, IOException {
        return load(ImportKind.SALES, ImportOptions.DEFAULT_HUB, SALES_HEADER, rows);
    }

    /** Imports a sales file into another hub. */
    public FileReport salesInHub(String hub, String... rows) throws SQLException, IOException {
        return load(ImportKind.SALES, hub, SALES_HEADER, rows);
    }

    /** Imports a producers file into another hub. */
    public FileReport producersInHub(String hub, String... rows) throws SQLException, IOException {
        return load(ImportKind.PRODUCERS, hub, PRODUCERS_HEADER, rows);
    }

    /**
     * Writes {@code header} and {@code rows} to a new UTF-8 CSV file and imports it; fails unless
     * the file is loaded with no rejected row.
     */
    public FileReport load(ImportKind kind, String hub, String header, String... rows)
            throws SQLException, IOException {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(List.of(rows));
        Path file = dir.resolve(kind.cliName() + "-" + (++files) + ".csv");
        Files.writeString(file, String.join("\n", all) + "\n", StandardCharsets.UTF_8);
        FileReport r = importer.importFile(kind, file, ImportOptions.defaults().withHub(hub));
        if (r.status() != Status.LOADED || r.rejected() != 0) {
            throw new IllegalStateException("fixture file " + file.getFileName() + " did not load whole: "
                    + r.status() + ", " + r.rejected() + " rejected " + r.rejections() + " " + r.error());
        }
        return r;
    }

    public Store store() {
        return store;
    }

    public Connection connection() {
        return store.connection();
    }

    public Analytics analytics() {
        return new Analytics(connection());
    }

    public LocalSourcing local() {
        return new LocalSourcing(connection());
    }

    public Egalim egalim() {
        return new Egalim(connection());
    }

    public Impact impact() {
        return new Impact(connection());
    }

    @Override
    public void close() throws SQLException {
        store.close();
    }
}
