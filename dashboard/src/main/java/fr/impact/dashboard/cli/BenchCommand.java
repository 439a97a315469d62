package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.ingestion.bench.DuckDbLoad;
import fr.impact.ingestion.bench.SyntheticSales;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code impact bench ingest}: a benchmark, not a test. Generates a seeded French-format
 * sales file, then times, as whole processes (JVM start included), our validated import
 * ({@code bin/impact ingest sales}) and DuckDB's own typed {@code read_csv} of the same file,
 * with each process's peak resident memory.
 */
@Command(name = "bench", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", defaultValue = "ingest", descriptionKey = "bench.what")
    String what;

    @Option(names = {"--rows", "--lines"}, defaultValue = "5000000", descriptionKey = "bench.rows")
    long rows;

    @Option(names = "--kills", defaultValue = "20", descriptionKey = "bench.kills")
    int kills;

    @Option(names = "--dir", defaultValue = "bench", descriptionKey = "bench.dir")
    Path dir;

    @Option(names = "--seed", defaultValue = "2026", descriptionKey = "demo.seed")
    long seed;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--clients", defaultValue = "16", descriptionKey = "bench.clients")
    int clients;

    @Option(names = "--requests", defaultValue = "40", descriptionKey = "bench.requests")
    int requests;

    @Option(names = "--seconds", defaultValue = "180", descriptionKey = "bench.seconds")
    int seconds;

    /** One measured process. */
    record Run(String name, double seconds, long peakRssKb, int exit) {
        double rowsPerSecond(long rows) {
            return rows / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (what.equals("indicators")) {
            long n = rows == 5_000_000 ? 10_000_000 : rows;
            var r = fr.impact.analytics.bench.IndicatorsBenchmark.run(dir, n, 2015, 10, 2020, seed);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("rows", r.rows());
                doc.put("year", r.year());
                doc.put("indicators_ms", Math.round(r.indicatorsMs() * 10) / 10.0);
                doc.put("bare_scan_ms", Math.round(r.bareScanMs() * 10) / 10.0);
                doc.put("ratio", Math.round(r.ratio() * 100) / 100.0);
                doc.put("lines_only_ms", Math.round(r.linesOnlyMs() * 10) / 10.0);
                doc.put("rollup_build_s", Math.round(r.rollupSeconds() * 100) / 100.0);
                out.println(Json.write(doc));
            } else {
                out.printf("Table de %s lignes (2015–2024, générée en %.1f s) ; année %d, médiane de 5 à chaud :%n",
                        Numbers.integer(r.rows()), r.generateSeconds(), r.year());
                out.printf("  document d'indicateurs complet  %8.1f ms%n", r.indicatorsMs());
                out.printf("  balayage nu de DuckDB           %8.1f ms%n", r.bareScanMs());
                out.printf("  rapport %.2f × (objectif ≤ 2 ×)%n", r.ratio());
                out.printf("  (le même document lu sur les lignes seules, sans agrégats : %.1f ms ;"
                        + " agrégats reconstruits en %.2f s)%n", r.linesOnlyMs(), r.rollupSeconds());
            }
            return ImpactCli.OK;
        }
        if (what.equals("reports")) {
            return benchReports(out);
        }
        if (what.equals("dashboard")) {
            return benchDashboard(out);
        }
        if (what.equals("crash")) {
            return benchCrash(out);
        }
        if (!what.equals("ingest")) {
            throw new ImpactCli.UserError("bench : attendu « ingest », « indicators », « reports » ou « crash » / "
                    + "expected \"ingest\", \"indicators\", \"reports\" or \"crash\"");
        }
        Files.createDirectories(dir);
        Path csv = dir.resolve("ventes-" + rows + "-" + seed + ".csv");
        if (!Files.exists(csv)) {
            if (!json) {
                out.println("Génération de " + Numbers.integer(rows) + " lignes → " + csv + " …");
                out.flush();
            }
            SyntheticSales.write(csv, rows, seed, 2015, 2024, false);
        }
        long size = Files.size(csv);
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        Path ourDb = dir.resolve("bench-impact.duckdb");
        Path duckDb = dir.resolve("bench-duckdb.duckdb");
        deleteDb(ourDb);
        deleteDb(duckDb);
        String home = System.getenv("IMPACT_HOME");
        List<String> ours = new ArrayList<>();
        if (home != null) {
            ours.add(Path.of(home, "bin", "impact").toString());
        } else {
            ours.addAll(List.of(java, "-Xmx768m", "-XX:+UseParallelGC", "-cp", cp, ImpactCli.class.getName()));
        }
        ours.addAll(List.of("--db", ourDb.toString(), "ingest", "sales", csv.toString(), "--json"));
        Run duck = measure("duckdb read_csv", List.of(java, "-cp", cp, DuckDbLoad.class.getName(),
                duckDb.toString(), csv.toString()));
        Run impact = measure("impact ingest", ours);
        deleteDb(ourDb);
        deleteDb(duckDb);
        double ratio = impact.rowsPerSecond(rows) / duck.rowsPerSecond(rows);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("rows", rows);
            doc.put("file_bytes", size);
            for (Run r : List.of(impact, duck)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("seconds", Math.round(r.seconds() * 100) / 100.0);
                m.put("rows_per_second", Math.round(r.rowsPerSecond(rows)));
                m.put("peak_rss_mb", r.peakRssKb() / 1024);
                m.put("exit", r.exit());
                doc.put(r == impact ? "impact" : "duckdb", m);
            }
            doc.put("ratio", Math.round(ratio * 1000) / 1000.0);
            out.println(Json.write(doc));
        } else {
            out.printf("Fichier : %s (%s lignes, %s Mo)%n", csv, Numbers.integer(rows), Numbers.integer(size >> 20));
            for (Run r : List.of(impact, duck)) {
                out.printf("  %-16s %7.2f s  %,12.0f lignes/s  pic mémoire %,6d Mo  (code %d)%n", r.name(), r.seconds(),
                        r.rowsPerSecond(rows), r.peakRssKb() / 1024, r.exit());
            }
            out.printf("  ratio impact / duckdb : %.1f %% (objectif ≥ 50 %%), pic mémoire impact %s (objectif ≤ 1,5 Go)%n",
                    ratio * 100, impact.peakRssKb() <= 1536 * 1024 ? "tenu" : "DÉPASSÉ");
        }
        return impact.exit() == 0 && duck.exit() == 0 ? ImpactCli.OK : ImpactCli.INTERNAL;
    }

    /**
     * Each report for one year over a database whose year holds {@code rows} (default 1 M)
     * generated sales lines, with the demo's funding programme: each report as a whole
     * process ({@code bin/impact report …}, JVM start included), target ≤ 3 s each.
     */
    private int benchDashboard(PrintWriter out) throws Exception {
        long n = rows == 5_000_000 ? 10_000_000 : rows;
        if (!json) {
            out.printf("Génération de %s lignes, puis %d clients × %d requêtes par page (au plus %d s) …%n",
                    Numbers.integer(n), clients, requests, seconds);
            out.flush();
        }
        var r = DashboardLoadBenchmark.run(dir, n, clients, requests, seconds, seed);
        if (json) {
            out.println(Json.write(DashboardLoadBenchmark.json(r)));
            return ImpactCli.OK;
        }
        out.printf("Tableau de bord sur %s lignes (générées en %.1f s), %d clients simultanés, boucle locale :%n",
                Numbers.integer(r.rows()), r.generateSeconds(), r.clients());
        out.printf("  %-8s %8s %9s %9s %9s %9s%n", "page", "requêtes", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (var p : r.pages()) {
            out.printf("  %-8s %8d %9.1f %9.1f %9.1f %9.1f%n", p.page(), p.requests(), p.p50(), p.p95(), p.p99(),
                    p.max());
        }
        out.printf("  %d requêtes en %.1f s (%.1f/s), %d erreurs ; p95 le plus haut %.1f ms (objectif ≤ 150 ms)%n",
                r.requests(), r.seconds(), r.requests() / r.seconds(), r.errors(), r.p95());
        return r.errors() == 0 ? ImpactCli.OK : ImpactCli.INTERNAL;
    }

    private int benchReports(PrintWriter out) throws Exception {
        long n = rows == 5_000_000 ? 1_000_000 : rows;
        Files.createDirectories(dir);
        Path db = dir.resolve("bench-reports.duckdb");
        deleteDb(db);
        long t0 = System.nanoTime();
        try (fr.impact.ingestion.store.Store store = fr.impact.ingestion.store.Store.open(db, "2GB")) {
            fr.impact.analytics.bench.IndicatorsBenchmark.generate(store, n, 2020, 1, seed);
            var demo = fr.impact.ingestion.demo.DemoDataSet.write(dir.resolve("bench-reports-demo"), 42,
                    java.time.YearMonth.of(2024, 12));
            var importer = new fr.impact.ingestion.Importer(store);
            for (Path f : demo.funding()) {
                importer.importAll(fr.impact.ingestion.ImportKind.FUNDING, f,
                        fr.impact.ingestion.ImportOptions.defaults());
            }
        }
        double generated = (System.nanoTime() - t0) / 1e9;
        String home = System.getenv("IMPACT_HOME");
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        Path outDir = dir.resolve("bench-reports-out");
        List<Map<String, Object>> results = new ArrayList<>();
        if (!json) {
            out.printf("Base de %s lignes de ventes en 2020 (générée en %.1f s), programme de financement de la démo ; "
                    + "chaque rapport 2020 en processus entier :%n", Numbers.integer(n), generated);
        }
        boolean allOk = true;
        for (String kind : List.of("brief", "region", "feader", "canteen", "achats")) {
            List<String> cmd = new ArrayList<>();
            if (home != null) {
                cmd.add(Path.of(home, "bin", "impact").toString());
            } else {
                cmd.addAll(List.of(java, "-Xmx768m", "-cp", cp, ImpactCli.class.getName()));
            }
            cmd.addAll(List.of("--db", db.toString(), "report", kind, "--year", "2020", "--generated-on", "2026-11-26",
                    "--out", outDir.toString()));
            if (kind.equals("canteen") || kind.equals("achats")) {
                cmd.addAll(List.of("--buyer", "C0"));
            }
            Run r = measure(kind, cmd);
            allOk &= r.exit() == 0;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("report", kind);
            m.put("seconds", Math.round(r.seconds() * 100) / 100.0);
            m.put("exit", r.exit());
            results.add(m);
            if (!json) {
                out.printf("  %-8s %6.2f s  %s%n", kind, r.seconds(), r.exit() == 0
                        ? (r.seconds() <= 3.0 ? "(objectif ≤ 3 s tenu)" : "(objectif ≤ 3 s DÉPASSÉ)") : "(ÉCHEC, code " + r.exit() + ")");
            }
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("rows", n);
            doc.put("reports", results);
            out.println(Json.write(doc));
        }
        deleteDb(db);
        return allOk ? ImpactCli.OK : ImpactCli.INTERNAL;
    }

    /**
     * {@code --kills} (default 20) imports of a seeded {@code --lines}-line sales file (default
     * 200 000) killed with SIGKILL at uniformly random points: how many left the database as
     * before, as after, and how many in any other state (must be 0), with the reopen time.
     */
    private int benchCrash(PrintWriter out) throws Exception {
        long n = rows == 5_000_000 ? 200_000 : rows;
        if (kills < 1) {
            throw new ImpactCli.UserError("--kills " + kills + " : au moins 1 / at least 1");
        }
        if (!json) {
            out.printf("Import de %s lignes de ventes tué %d fois (kill -9) à des instants tirés au hasard (graine %d)…%n",
                    Numbers.integer(n), kills, seed);
            out.flush();
        }
        CrashBench.Result r = CrashBench.run(dir, n, kills, seed);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("lines", r.lines());
            doc.put("file_bytes", r.fileBytes());
            doc.put("seed", r.seed());
            doc.put("import_ms", r.importMs());
            doc.put("process_ms", r.processMs());
            doc.put("kills", r.kills().size());
            doc.put("before", r.count("before"));
            doc.put("after", r.count("after"));
            doc.put("corrupted", r.corrupted());
            doc.put("reopen_median_ms", r.reopenMedianMs());
            doc.put("reopen_max_ms", r.reopenMaxMs());
            List<Object> runs = new ArrayList<>();
            for (CrashBench.Kill k : r.kills()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kill_at_ms", k.offsetMs());
                m.put("outcome", k.outcome());
                m.put("reopen_ms", k.reopenMs());
                runs.add(m);
            }
            doc.put("runs", runs);
            out.println(Json.write(doc));
        } else {
            out.printf("  import complet : %s ms (base ouverte → fin du processus) ; processus entier %s ms%n",
                    Numbers.integer(r.importMs()), Numbers.integer(r.processMs()));
            for (int i = 0; i < r.kills().size(); i++) {
                CrashBench.Kill k = r.kills().get(i);
                out.printf("  %2d. tué à %6s ms → %-7s (réouverture %s ms)%n", i + 1, Numbers.integer(k.offsetMs()),
                        k.outcome().equals("before") ? "avant" : k.outcome().equals("after") ? "après" : k.outcome(),
                        Numbers.integer(k.reopenMs()));
            }
            out.printf("  %d arrêts : %d base comme avant, %d comme après, %d dans un autre état (objectif 0) ; "
                    + "réouverture médiane %s ms, max %s ms%n", r.kills().size(), r.count("before"), r.count("after"),
                    r.corrupted(), Numbers.integer(r.reopenMedianMs()), Numbers.integer(r.reopenMaxMs()));
        }
        return r.corrupted() == 0 ? ImpactCli.OK : ImpactCli.INTERNAL;
    }

    private static Run measure(String name, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        long peak = 0;
        while (p.isAlive()) {
            peak = Math.max(peak, peakOf(status));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(name, seconds, peak, p.exitValue());
    }

    /** VmHWM (the resident-set high-water mark) in kB, or 0 when unreadable. */
    private static long peakOf(Path status) {
        try {
            for (String l : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two looks
        }
        return 0;
    }

    private static void deleteDb(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }
}
