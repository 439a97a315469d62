package fr.impact.dashboard.cli;

import fr.impact.dashboard.backup.Backups;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.bench.SyntheticSales;
import fr.impact.ingestion.store.Fingerprint;
import fr.impact.ingestion.store.Fingerprints;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code impact bench crash}: a benchmark of crash safety, not a test. A seeded sales file is
 * imported by a child JVM running the command line exactly as {@code bin/impact ingest sales}
 * does; one complete run gives the import's duration (from the moment the child opens the
 * database to its exit) and the "after" state; then each run starts again from the "before"
 * database, kills the child (SIGKILL) at a uniformly random point of that duration, reopens
 * the database and compares every table's fingerprint with the two states.
 */
final class CrashBench {

    /** One killed run. */
    record Kill(long offsetMs, String outcome, long reopenMs) {}

    /**
     * The figures.
     *
     * @param importMs the complete import, from the child opening the database to its exit
     * @param processMs the complete child process, JVM start included
     */
    record Result(long lines, long fileBytes, long seed, long importMs, long processMs, List<Kill> kills) {
        long count(String outcome) {
            return kills.stream().filter(k -> k.outcome().equals(outcome)).count();
        }

        long corrupted() {
            return kills.size() - count("before") - count("after");
        }

        long reopenMedianMs() {
            long[] sorted = kills.stream().mapToLong(Kill::reopenMs).sorted().toArray();
            return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        }

        long reopenMaxMs() {
            return kills.stream().mapToLong(Kill::reopenMs).max().orElse(0);
        }
    }

    private CrashBench() {}

    static Result run(Path dir, long lines, int kills, long seed) throws Exception {
        Path work = dir.resolve("crash");
        Files.createDirectories(work);
        Path csv = work.resolve("ventes-" + lines + "-" + seed + ".csv");
        if (!Files.exists(csv)) {
            SyntheticSales.write(csv, lines, seed, 2019, 2023);
        }
        // the "before" state: another, smaller export already loaded
        Path before = work.resolve("avant.duckdb");
        Path db = work.resolve("impact.duckdb");
        deleteDb(before);
        Path earlier = work.resolve("ventes-anterieures.csv");
        SyntheticSales.write(earlier, 1_000, seed + 1, 2018, 2018);
        Map<String, Fingerprint> beforeState;
        try (Store store = Store.open(before, "1GB")) {
            new Importer(store).importFile(ImportKind.SALES, earlier, ImportOptions.defaults());
            beforeState = Fingerprints.of(store.connection(), Backups.WALL_CLOCK_COLUMNS);
        }

        restore(before, db);
        long t0 = System.nanoTime();
        Process full = child(db, csv);
        long opened = waitUntilOpen(full, db);
        int exit = full.waitFor() ;
        long end = System.nanoTime();
        if (exit != 0) {
            throw new IllegalStateException("the complete import failed, exit " + exit);
        }
        long importMs = (end - opened) / 1_000_000;
        long processMs = (end - t0) / 1_000_000;
        Map<String, Fingerprint> afterState;
        try (Store store = Store.open(db, "1GB")) {
            afterState = Fingerprints.of(store.connection(), Backups.WALL_CLOCK_COLUMNS);
        }

        SplittableRandom rnd = new SplittableRandom(seed);
        List<Kill> out = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            restore(before, db);
            Process p = child(db, csv);
            waitUntilOpen(p, db);
            long offset = (long) (importMs * rnd.nextDouble());
            Thread.sleep(offset);
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
            long t = System.nanoTime();
            String outcome;
            long reopenMs;
            try (Store store = Store.open(db, "1GB")) {
                reopenMs = (System.nanoTime() - t) / 1_000_000;
                Map<String, Fingerprint> state = Fingerprints.of(store.connection(), Backups.WALL_CLOCK_COLUMNS);
                outcome = loading(store) > 0 ? "LOADING left"
                        : state.equals(beforeState) ? "before" : state.equals(afterState) ? "after" : "NEITHER";
            } catch (Exception e) {
                reopenMs = (System.nanoTime() - t) / 1_000_000;
                outcome = "UNREADABLE: " + e.getMessage();
            }
            out.add(new Kill(offset, outcome, reopenMs));
        }
        deleteDb(db);
        deleteDb(before);
        return new Result(lines, Files.size(csv), seed, importMs, processMs, out);
    }

    private static long loading(Store store) throws Exception {
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM imports WHERE status = 'LOADING'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** What bin/impact runs: the same JVM options and main class. */
    private static Process child(Path db, Path csv) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xms64m", "-Xmx768m", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ImpactCli.class.getName(),
                "--db", db.toString(), "ingest", "sales", csv.toString(), "--json")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Waits until the child has the database file open (Linux: one of its {@code /proc/PID/fd}
     * links points to it), or has ended; returns that moment ({@link System#nanoTime()}).
     */
    private static long waitUntilOpen(Process p, Path db) throws InterruptedException {
        Path fds = Path.of("/proc", String.valueOf(p.pid()), "fd");
        Path target = db.toAbsolutePath();
        while (p.isAlive()) {
            try (var links = Files.list(fds)) {
                if (links.anyMatch(l -> {
                    try {
                        return Files.readSymbolicLink(l).equals(target);
                    } catch (IOException e) {
                        return false;
                    }
                })) {
                    return System.nanoTime();
                }
            } catch (IOException | RuntimeException e) {
                if (!Files.isDirectory(Path.of("/proc", "self"))) {
                    return System.nanoTime(); // no /proc: the whole process is the import
                }
            }
            Thread.sleep(2);
        }
        return System.nanoTime();
    }

    private static void restore(Path before, Path db) throws IOException {
        deleteDb(db);
        Files.copy(before, db, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteDb(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }
}
