package fr.impact.ingestion.spark;

import static fr.impact.ingestion.spark.Fixtures.SALES_HEADER;
import static fr.impact.ingestion.spark.Fixtures.lines;
import static fr.impact.ingestion.spark.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.sales.SalesEngine;
import fr.impact.ingestion.store.Store;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture of the embedded engine's sales tests ({@code SalesImportIntegrationTests},
 * built the same way) through both engines: the embedded importer, and the Spark job (one run
 * over all the fixtures, local[2]) whose Parquet the importer then loads. Both stores must hold
 * the same sales lines, quarantined rows, findings, import history and indicators, and every
 * file must get the same report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineParityIntegrationTests {

    /** One import of a scenario: a file, strict or not; or the undo of the n-th import. */
    record Step(String file, boolean strict, int undo) {
        static Step of(String file) {
            return new Step(file, false, -1);
        }

        static Step strict(String file) {
            return new Step(file, true, -1);
        }

        static Step undo(int n) {
            return new Step(null, false, n);
        }
    }

    /** Files written under the scenario's folder, then imported step by step. */
    record Scenario(String name, Map<String, byte[]> files, List<Step> steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String GOOD = rows(
            "15/03/2024;F1;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Carottes;FRUITS_ET_LEGUMES;10;kg;1,50;15,00;BIO",
            "15/03/2024;F1;2;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P2;GAEC Perche;Yaourts;PRODUITS_LAITIERS;24;piece;0,45;10,80;",
            "2024-03-20;F2;1;C2;Le Bistrot;RESTAURANT;P1;Ferme du Bois;Poireaux;Fruits et légumes frais et surgelés;2 500;g;0,004;10,00;HVE|BIO",
            "20/03/24;AV1;1;C2;Le Bistrot;RESTAURANT;P1;Ferme du Bois;Avoir carottes;FRUITS_ET_LEGUMES;-2;kg;1,50;-3,00;");

    static final String FRENCH = lines(
            "Date livraison;N° facture;N° ligne;Code client;Client;Type client;Code producteur;Producteur;"
                    + "Désignation;Famille;Qté;Unité;PU HT;Montant HT;Labels EGalim;Remarque",
            "15/03/2024;F1;1;C1;Collège Émile Zola;Restauration scolaire;P1;Ferme de l'Œuf;\"Œufs; plein air\";"
                    + "BOF (Produits laitiers, beurre et œufs);2;douzaine;3,90;7,80;Label Rouge;rien",
            "16/03/2024;F1;2;C1;Collège Émile Zola;Restauration scolaire;P1;Ferme de l'Œuf;\"Crème\n"
                    + "épaisse \"\"fermière\"\"\";produits laitiers;1 000;g;0,012;12,00;fermier;",
            "17/03/2024;F1;3;C1;Collège Émile Zola;Restauration scolaire;P1;Ferme de l'Œuf;Lait;"
                    + "Produits laitiers;1\u00A0000;l;0,90;900,00;;");

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bom(String s) {
        byte[] body = utf8(s);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    static Scenario one(String name, String file, byte[] content) {
        return new Scenario(name, Map.of(file, content), List.of(Step.of(file)));
    }

    static Scenario oneRows(String name, String... rows) {
        return one(name, "rows.csv", utf8(rows(rows)));
    }

    static List<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        s.add(one("loadsEveryValidRowWithExactAmounts", "ventes.csv", utf8(GOOD)));
        Map<String, byte[]> copies = new LinkedHashMap<>();
        copies.put("ventes.csv", utf8(GOOD));
        copies.put("ventes-copie.csv", utf8(GOOD));
        s.add(new Scenario("sameContentAgainIsUnchanged", copies,
                List.of(Step.of("ventes.csv"), Step.of("ventes-copie.csv"))));
        Map<String, byte[]> later = new LinkedHashMap<>();
        later.put("ventes-1.csv", utf8(GOOD));
        later.put("ventes-2.csv", utf8(rows(
                "15/03/2024;F1;2;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P2;GAEC Perche;Yaourts;PRODUITS_LAITIERS;12;piece;0,45;5,40;",
                "22/03/2024;F3;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P2;GAEC Perche;Beurre;PRODUITS_LAITIERS;1;kg;9;9,00;")));
        s.add(new Scenario("aLaterExportReplacesRepeatedKeysAndUndoRestoresThem", later,
                List.of(Step.of("ventes-1.csv"), Step.of("ventes-2.csv"), Step.undo(1), Step.of("ventes-2.csv"))));
        Map<String, byte[]> versions = new LinkedHashMap<>();
        versions.put("v1.csv", utf8(rows("15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1,00;")));
        versions.put("v2.csv", utf8(rows("15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;2,00;")));
        versions.put("v3.csv", utf8(rows("15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;3,00;")));
        s.add(new Scenario("undoingAMiddleImportKeepsTheLatestVersionCurrent", versions,
                List.of(Step.of("v1.csv"), Step.of("v2.csv"), Step.of("v3.csv"), Step.undo(1))));
        s.add(oneRows("rejectsEachBrokenRuleWithLineColumnValueAndCode",
                "15/03/2024;F1;1;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;15,00;",
                "15/03/2024;F1;2;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;12,5O;",
                "31/02/2024;F1;3;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;1;",
                "15/07/2024;F1;4;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;1;",
                "15/03/2024;F1;5;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;0;kg;;0;",
                "15/03/2024;F1;6;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;-1;kg;;3;",
                "15/03/2024;F1;7;C1;;;P1;;Carottes;Épicerie fine;1;kg;;3;",
                "15/03/2024;F1;8;C1;;;P1;;Carottes;AUTRES;1;sac;;3;",
                "15/03/2024;F1;9;C1;;;P1;;Carottes;AUTRES;1;kg;;3;BIO|LOCAL",
                "15/03/2024;F1;10;C1;;CANTINE;P1;;Carottes;AUTRES;1;kg;;3;",
                "15/03/2024;F1;11;C1;;;;;Carottes;AUTRES;1;kg;;3;",
                "15/03/2024;F1;0;C1;;;P1;;Carottes;AUTRES;1;kg;;3;",
                "15/03/2024;F1;12;C1;;;P1;;Carottes;AUTRES;1;kg;3;",
                "15/03/2024;F1;13;C1;;;P1;;Carottes;AUTRES;1e3;kg;;3;",
                "15/03/2024;F1;14;C1;;;P1;;Carottes;AUTRES;1;kg;;99999999999999999;"));
        s.add(oneRows("aRowBreakingSeveralRulesIsCountedOnce", "99/99/2024;F1;1;C1;;;;;Carottes;Bonbons;abc;kg;;1;"));
        s.add(oneRows("theSameKeyTwiceInOneFileRejectsBothRows",
                "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;",
                "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;1;kg;;2;",
                "15/03/2024;F1;1;C1;;;P1;;Navets;AUTRES;1;kg;;3;"));
        s.add(oneRows("aDuplicateOfAnInvalidRowRejectsTheValidOneToo",
                "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;",
                "15/03/2024;F1;1;C1;;;P1;;Navets;AUTRES;1;kg;;x;"));
        s.add(oneRows("keepsARowWhoseAmountDiffersWithAWarning",
                "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;10;kg;1,50;13,50;",
                "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;10;kg;1,50;14,90;"));
        s.add(oneRows("anAmountWithMoreThanTwoDecimalsIsRoundedHalfUp",
                "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;2,345;",
                "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;-1;kg;;-0,005;",
                "15/03/2024;F1;3;C1;;;P1;;Carottes;AUTRES;1;kg;;1 234,567;"));
        s.add(oneRows("aFileWhoseRowsAreAllRejectedIsLoaded", "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;abc;"));
        s.add(new Scenario("strictModeRefusesTheWholeFile", Map.of("strict.csv", utf8(rows(
                "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;",
                "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;1;kg;;abc;"))),
                List.of(Step.strict("strict.csv"), Step.of("strict.csv"))));
        s.add(oneRows("emptyRowsAreSkippedWithOneWarning", "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;",
                ";;;;;;;;;;;;;;", "", "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;1;kg;;1;"));
        s.add(one("aHeaderWithoutRowsIsRefusedAsEmpty", "vide.csv", utf8(lines(SALES_HEADER))));
        s.add(one("aZeroByteFileIsRefusedAsEmpty", "rien.csv", new byte[0]));
        s.add(one("aMissingRequiredColumnIsNamed", "sans-montant.csv", utf8(lines(
                "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite",
                "15/03/2024;F1;1;C1;P1;Carottes;AUTRES;1;kg"))));
        s.add(one("binaryContentIsRefusedAsNotATable", "photo.csv",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3}));
        s.add(one("aColumnNamedTwiceIsRefused", "double.csv", utf8(lines(SALES_HEADER + ";Montant HT",
                "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;;1"))));
        s.add(one("readsUtf8WithBomAliasesQuotedFieldsAndFrenchNumbers", "fr.csv", bom(FRENCH)));
        s.add(one("readsWindows1252", "cp1252.csv", FRENCH.getBytes(Charset.forName("windows-1252"))));
        String comma = FRENCH.replace(";", "\u0001").replace(",", ".").replace("\u0001", ",")
                .replace("\"Œufs, plein air\"", "\"Œufs; plein air\"")
                .replace("BOF (Produits laitiers. beurre et œufs)", "\"BOF (Produits laitiers, beurre et œufs)\"");
        s.add(one("readsCommaDelimitedFilesWithDecimalPoints", "comma.csv", utf8(comma)));
        String tab = FRENCH.replace(";", "\t").replace("\"Œufs\t plein air\"", "\"Œufs; plein air\"")
                .replace("\n", "\r\n");
        s.add(one("readsTabDelimitedFilesWithCrLf", "tab.tsv", utf8(tab)));
        s.add(one("rejectionLinesArePhysicalLinesAfterQuotedLineBreaks", "lignes.csv", utf8(rows(
                "15/03/2024;F1;1;C1;;;P1;;\"Carottes\nen\nbotte\";AUTRES;1;kg;;1;",
                "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;1;kg;;abc;"))));
        return s;
    }

    @TempDir
    static Path dir;

    Path sparkOutput;

    /** One Spark run over every scenario's files (each scenario in its own folder). */
    @BeforeAll
    void runTheSparkJobOnceOverEveryFixture() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (Scenario s : scenarios()) {
            Path folder = dir.resolve("in").resolve(s.name());
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : s.files().entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
            inputs.add(folder.toString());
        }
        sparkOutput = dir.resolve("spark-out");
        SalesIngestJob.run(LocalSpark.session(), inputs, sparkOutput.toString(), ImportOptions.DEFAULT_HUB,
                Fixtures.TODAY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void bothEnginesGiveTheSameStoreReportsAndIndicators(Scenario s) throws Exception {
        Path folder = dir.resolve("in").resolve(s.name());
        Path work = Files.createTempDirectory(dir, "stores-");
        try (Store embedded = Store.open(work.resolve("embedded.duckdb"), null);
                Store spark = Store.open(work.resolve("spark.duckdb"), null)) {
            Importer.Settings settings = Importer.Settings.defaults().withClock(Fixtures.CLOCK);
            List<String> a = run(s, folder, embedded, new Importer(embedded, settings));
            List<String> b = run(s, folder, spark, new Importer(spark, settings, SalesEngine.parquet(sparkOutput)));

            assertThat(b).as("reports").containsExactlyElementsOf(a);
            assertThat(a).as("the scenario imported something").isNotEmpty();
            for (String table : List.of(
                    "SELECT * FROM sale_lines ORDER BY import_id, source_line",
                    "SELECT * FROM sales ORDER BY import_id, source_line",
                    "SELECT * FROM quarantine_rows ORDER BY import_id, line",
                    "SELECT * FROM findings ORDER BY ALL",
                    "SELECT id, kind, hub, file_name, content_hash, file_size, profile, strict, status, accepted, "
                            + "rejected, replaced, warnings, error_code, error_message FROM imports ORDER BY id")) {
                assertThat(dump(spark, table)).as(table).containsExactlyElementsOf(dump(embedded, table));
            }
            assertThat(indicators(spark)).as("indicators").isEqualTo(indicators(embedded));
        }
    }

    private static List<String> run(Scenario s, Path folder, Store store, Importer importer) throws Exception {
        List<String> reports = new ArrayList<>();
        List<FileReport> done = new ArrayList<>();
        for (Step step : s.steps()) {
            if (step.undo() >= 0) {
                new ImportHistory(store).undo(done.get(step.undo()).importId());
                reports.add("undo " + step.undo());
                continue;
            }
            FileReport r = importer.importFile(ImportKind.SALES, folder.resolve(step.file()),
                    ImportOptions.defaults().withStrict(step.strict()));
            done.add(r);
            reports.add(r.file() + " " + r.status() + " id=" + r.importId() + " accepted=" + r.accepted()
                    + " rejected=" + r.rejected() + " replaced=" + r.replaced() + " rejections=" + r.rejections()
                    + " warnings=" + r.warningList() + " error=" + r.error());
        }
        return reports;
    }

    private static Object indicators(Store store) throws SQLException {
        Analytics analytics = new Analytics(store.connection());
        return analytics.salesPeriod().map(p -> {
            try {
                return (Object) analytics.indicators(p, Filters.NONE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).orElse("no sales");
    }

    private static List<String> dump(Store store, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    b.append(m.getColumnName(i)).append('=').append(r.getString(i)).append(' ');
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
