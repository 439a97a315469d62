package fr.impact.ingestion.store;

import static fr.impact.ingestion.TestFiles.SALES_HEADER;
import static fr.impact.ingestion.TestFiles.lines;
import static fr.impact.ingestion.TestFiles.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.TestFiles;
import fr.impact.ingestion.bench.SyntheticSales;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kill -9 in the middle of every kind of write: a child JVM imports a large file (sales, a
 * reference file, the funding ledger, ma-cantine purchases) or undoes a large import, and is
 * killed at a uniformly random point of the operation's measured duration (seeded, printed).
 * Each time the database reopens and every table holds exactly the rows it held before the
 * operation, or exactly those it holds after a complete run: compared by a fingerprint of
 * every table (row count and an order-independent hash of all its rows), not by counts.
 */
class CrashSafetyIntegrationTests {

    static final long SEED = 2024;

    @TempDir
    Path dir;

    /** Builds the "before" database and returns the child's arguments after the database. */
    interface Setup {
        List<String> apply(Store store, Path dir) throws Exception;
    }

    record Scenario(String name, int kills, Setup setup) {
        @Override
        public String toString() {
            return name + " (" + kills + " kill(s))";
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("sales", 2, (store, dir) -> {
                    Path big = dir.resolve("ventes.csv");
                    SyntheticSales.write(big, 150_000, 7, 2019, 2023);
                    return List.of("sales", big.toString());
                }),
                new Scenario("producers", 1, (store, dir) -> {
                    Path big = dir.resolve("producteurs.csv");
                    write(big, "producteur_id;nom;commune_insee;siret", 3_000,
                            i -> "P" + i + ";Ferme n° " + i + ";" + (i % 3 == 0 ? "61293" : "1053") + ";");
                    return List.of("producers", big.toString());
                }),
                new Scenario("funding (dépenses)", 1, (store, dir) -> {
                    Path big = dir.resolve("depenses.csv");
                    write(big, "date;poste;libelle;fournisseur;reference;montant_ht;date_paiement;montant_ttc;"
                            + "tva_recuperable;financeur;demande", 3_000,
                            i -> "31/03/2018;PERSONNEL;Salaire " + i + ";;PAIE-" + i + ";" + (100 + i % 900)
                                    + ",50;30/04/2018;;;FEADER;Acompte 1");
                    return List.of("funding", big.toString());
                }),
                new Scenario("achats", 1, (store, dir) -> {
                    Path big = dir.resolve("achats.csv");
                    write(big, "siret,description,fournisseur,date,prix_ht,famille_produits,categories_egalim,"
                            + "origine,est_circuit_court,est_local,definition_local,definition_local_km", 3_000,
                            i -> "21010034300016,Pommes " + i + ",Le bon traiteur,2023-05-03," + (10 + i % 90)
                                    + ".25,AUTRES,BIO,,,x,DEPARTEMENT,");
                    return List.of("achats", big.toString());
                }),
                new Scenario("imports undo", 2, (store, dir) -> {
                    // a large import that replaced earlier lines: undoing it deletes its rows and restores those
                    Path big = dir.resolve("ventes.csv");
                    SyntheticSales.write(big, 150_000, 7, 2019, 2023);
                    Path earlier = dir.resolve("ventes-anterieures.csv");
                    Files.copy(big, earlier);
                    try (BufferedWriter w = Files.newBufferedWriter(earlier, StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND)) {
                        w.write("15/06/2024;AUTRE;1;C1;;;P1;;Navets;;AUTRES;1;kg;;2,00;;\n");
                    }
                    load(store, ImportKind.SALES, earlier);
                    FileReport r = load(store, ImportKind.SALES, big);
                    assertThat(r.replaced()).isEqualTo(150_000);
                    return List.of("undo", String.valueOf(r.importId()));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aKilledWriteLeavesTheDatabaseExactlyAsBeforeOrAfter(Scenario scenario) throws Exception {
        Path before = dir.resolve("before.duckdb");
        Path db = dir.resolve("impact.duckdb");
        List<String> op;
        Map<String, Fingerprint> beforeState;
        try (Store store = Store.open(before, null)) {
            // the "before" state holds something of every kind of table the operation touches
            load(store, ImportKind.SALES, TestFiles.write(dir, "small.csv", lines(SALES_HEADER,
                    "15/03/2024;S1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1,00;",
                    "15/03/2024;S1;2;C1;;;P1;;Navets;AUTRES;1;kg;;2,0O;")));
            op = scenario.setup().apply(store, dir);
            beforeState = Fingerprints.of(store.connection());
        }
        assertThat(beforeState.get("quarantine_rows").rows()).isEqualTo(1);

        // the whole operation once: its duration (as the child measures it, JVM start excluded), and the after state
        copy(before, db);
        Process full = child(db, op);
        String done = lastLine(full);
        assertThat(full.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(done).startsWith("done " + (op.get(0).equals("undo") ? "UNDONE" : "LOADED"));
        long durationMs = Long.parseLong(done.substring(done.lastIndexOf(' ') + 1));
        Map<String, Fingerprint> afterState = fingerprints(db);
        assertThat(afterState).isNotEqualTo(beforeState);

        SplittableRandom rnd = new SplittableRandom(SEED + scenario.name().hashCode());
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < scenario.kills(); i++) {
            copy(before, db);
            Process p = child(db, op);
            waitForLine(p, "started");
            long offset = (long) (durationMs * rnd.nextDouble());
            Thread.sleep(offset);
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long t = System.nanoTime();
            Map<String, Fingerprint> state;
            try (Store store = Store.open(db, null)) {
                long reopenMs = (System.nanoTime() - t) / 1_000_000;
                state = Fingerprints.of(store.connection());
                assertThat(scalar(store, "SELECT count(*) FROM imports WHERE status = 'LOADING'")).isEqualTo("0");
                String outcome = state.equals(beforeState) ? "before" : state.equals(afterState) ? "after" : "NEITHER";
                outcomes.add(outcome + " (kill at " + offset + " ms, reopened in " + reopenMs + " ms)");
                assertThat(outcome).as("state after a kill at %d ms of %d ms: %s", offset, durationMs, state)
                        .isIn("before", "after");
            }
        }
        System.out.printf("crash runs, %s (%d ms, seed %d): %s%n", scenario.name(), durationMs,
                SEED + scenario.name().hashCode(), outcomes);
    }

    static FileReport load(Store store, ImportKind kind, Path file) throws Exception {
        FileReport r = TestFiles.importer(store).importFile(kind, file, ImportOptions.defaults());
        assertThat(r.status()).isEqualTo(FileReport.Status.LOADED);
        return r;
    }

    private static Map<String, Fingerprint> fingerprints(Path db) throws Exception {
        try (Store store = Store.open(db, null)) {
            return Fingerprints.of(store.connection());
        }
    }

    interface Line {
        String of(int i);
    }

    static void write(Path file, String header, int rows, Line line) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (int i = 1; i <= rows; i++) {
                w.write(line.of(i));
                w.write('\n');
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.deleteIfExists(Path.of(to + ".wal"));
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Process child(Path db, List<String> op) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), db.toString()));
        command.addAll(op);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String lastLine(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        String last = "";
        while ((line = r.readLine()) != null) {
            last = line;
        }
        return last;
    }

    private static void waitForLine(Process p, String expected) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.startsWith(expected)) {
                return;
            }
        }
        throw new AssertionError("child ended before printing " + expected);
    }
}
