package fr.impact.ingestion.store;

import static fr.impact.ingestion.TestFiles.SALES_HEADER;
import static fr.impact.ingestion.TestFiles.lines;
import static fr.impact.ingestion.TestFiles.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.TestFiles;
import fr.impact.ingestion.bench.SyntheticSales;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an import: a child JVM imports a large file and is killed at
 * random points of the import's duration; each time the database reopens and holds exactly
 * the state before that file (or after it, if the kill came after the commit).
 */
class CrashSafetyIntegrationTests {

    static final int LINES = 150_000;
    static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheDatabaseExactlyAsBeforeOrAfter() throws Exception {
        Path db = dir.resolve("impact.duckdb");
        Path big = dir.resolve("big.csv");
        SyntheticSales.write(big, LINES, 7, 2019, 2023);
        // the "before" state: one small file loaded
        try (Store store = Store.open(db, null)) {
            TestFiles.importer(store).importFile(ImportKind.SALES, TestFiles.write(dir, "small.csv", lines(SALES_HEADER,
                    "15/03/2024;S1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1,00;",
                    "15/03/2024;S1;2;C1;;;P1;;Navets;AUTRES;1;kg;;2,00;")), ImportOptions.defaults());
        }
        // the whole import once, to know its duration (as the child measures it, JVM start excluded)
        Process full = child(db, big);
        String done = lastLine(full);
        assertThat(full.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(done).startsWith("done LOADED " + LINES);
        long durationMs = Long.parseLong(done.substring(done.lastIndexOf(' ') + 1));
        String expectedAfterSum;
        try (Store store = Store.open(db, null)) {
            assertThat(scalar(store, "SELECT count(*) FROM sales")).isEqualTo(String.valueOf(LINES + 2));
            expectedAfterSum = scalar(store, "SELECT sum(montant_ht) FROM sales");
            // undo it to return to the before state for the crash runs
            long id = Long.parseLong(scalar(store, "SELECT max(id) FROM imports"));
            new fr.impact.ingestion.ImportHistory(store).undo(id);
        }
        SplittableRandom rnd = new SplittableRandom(2024);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            Process p = child(db, big);
            waitForLine(p, "started");
            // at random points of the import (its first two thirds: on a loaded machine the
            // import may run faster than the measured one, and a kill after the commit tests less)
            long delay = (long) (durationMs * (0.05 + 0.6 * rnd.nextDouble()));
            Thread.sleep(delay);
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Store store = Store.open(db, null)) {
                String count = scalar(store, "SELECT count(*) FROM sales");
                String loaded = scalar(store, "SELECT count(*) FROM imports WHERE status = 'LOADED'");
                if (count.equals("2")) {
                    outcomes.add("before");
                    assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo("3.00");
                    assertThat(loaded).isEqualTo("1");
                    assertThat(scalar(store, "SELECT count(*) FROM sale_lines")).isEqualTo("2");
                } else {
                    outcomes.add("after");
                    assertThat(count).isEqualTo(String.valueOf(LINES + 2));
                    assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo(expectedAfterSum);
                    long id = Long.parseLong(scalar(store, "SELECT max(id) FROM imports WHERE status = 'LOADED'"));
                    new fr.impact.ingestion.ImportHistory(store).undo(id);
                }
                assertThat(scalar(store, "SELECT count(*) FROM imports WHERE status = 'LOADING'")).isEqualTo("0");
            }
        }
        System.out.println("crash runs (" + durationMs + " ms import): " + outcomes);
        assertThat(outcomes).hasSize(KILLS).contains("before");
    }

    private static Process child(Path db, Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), db.toString(), file.toString())
                .redirectErrorStream(true).start();
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
