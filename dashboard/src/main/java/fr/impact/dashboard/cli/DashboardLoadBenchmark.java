package fr.impact.dashboard.cli;

import fr.impact.analytics.bench.IndicatorsBenchmark;
import fr.impact.dashboard.DashboardApplication;
import fr.impact.dashboard.system.UsersFile;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A benchmark, not a test: the real dashboard on loopback over a large generated sales table,
 * and concurrent clients (each a browser: its own connection and session, logged in through the
 * form as an elected official) asking for the overview and the local-sourcing pages in turn. Bounded in
 * requests and in time; reports latency percentiles per page and errors.
 */
final class DashboardLoadBenchmark {

    /** The pages measured. */
    static final List<String> PAGES = List.of("/", "/local");

    /** Latencies of one page, in milliseconds. */
    record PageFigures(String page, int requests, double p50, double p95, double p99, double max) {}

    record Result(long rows, int clients, double generateSeconds, double seconds, int requests, int errors,
            List<PageFigures> pages) {
        double p95() {
            return pages.stream().mapToDouble(PageFigures::p95).max().orElse(0);
        }
    }

    private DashboardLoadBenchmark() {}

    static Result run(Path dir, long rows, int clients, int requestsPerClient, int maxSeconds, long seed)
            throws Exception {
        Files.createDirectories(dir);
        Path db = dir.resolve("bench-dashboard.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        Files.deleteIfExists(dir.resolve(UsersFile.FILE_NAME));
        String password = HexFormat.of().formatHex(SecureRandom.getInstanceStrong().generateSeed(12));
        UsersFile users = UsersFile.load(dir.resolve(UsersFile.FILE_NAME));
        users.put("admin", UsersFile.Role.OFFICER, password);
        users.put("banc", UsersFile.Role.ELECTED, password);
        try (Store store = Store.open(db, "2GB")) {
            long t0 = System.nanoTime();
            IndicatorsBenchmark.generate(store, rows, 2015, 10, seed);
            double generate = (System.nanoTime() - t0) / 1e9;
            try (DashboardApplication.Running server = DashboardApplication.start(new DashboardApplication.Launch(
                    store, ParkConfig.defaults(), 0, Locale.FRENCH, line -> {}))) {
                String base = "http://127.0.0.1:" + server.port();
                // each client logs in once (a bcrypt check, as a browser at the start of its visit),
                // then a warm-up round, not measured
                List<HttpClient> browsers = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
                    login(http, base, password);
                    browsers.add(http);
                }
                load(base, browsers, 1, 60, new ArrayList<>(), new AtomicInteger());
                List<double[]> samples = Collections.synchronizedList(new ArrayList<>());
                AtomicInteger errors = new AtomicInteger();
                long t1 = System.nanoTime();
                load(base, browsers, requestsPerClient, maxSeconds, samples, errors);
                double seconds = (System.nanoTime() - t1) / 1e9;
                List<PageFigures> pages = new ArrayList<>();
                for (int i = 0; i < PAGES.size(); i++) {
                    int page = i;
                    List<Double> ms = new ArrayList<>();
                    synchronized (samples) {
                        samples.stream().filter(s -> s[0] == page).forEach(s -> ms.add(s[1]));
                    }
                    Collections.sort(ms);
                    pages.add(new PageFigures(PAGES.get(i), ms.size(), pct(ms, 50), pct(ms, 95), pct(ms, 99),
                            ms.isEmpty() ? 0 : ms.get(ms.size() - 1)));
                }
                return new Result(rows, clients, generate, seconds, samples.size(), errors.get(), pages);
            }
        } finally {
            if (!Boolean.getBoolean("impact.bench.keep")) {
                Files.deleteIfExists(db);
                Files.deleteIfExists(Path.of(db + ".wal"));
            }
        }
    }

    /** Each client (logged in) asks for the pages in turn, {@code perClient} times each, within {@code maxSeconds}. */
    private static void load(String base, List<HttpClient> browsers, int perClient, int maxSeconds,
            List<double[]> samples, AtomicInteger errors) throws Exception {
        int clients = browsers.size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    HttpClient http = browsers.get(client); // its own connection and session cookie
                    for (int n = 0; n < perClient * PAGES.size() && System.nanoTime() < deadline; n++) {
                        int page = (client + n) % PAGES.size();
                        HttpRequest r = HttpRequest.newBuilder(URI.create(base + PAGES.get(page)))
                                .timeout(Duration.ofSeconds(60)).GET().build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                            double ms = (System.nanoTime() - t) / 1e6;
                            if (resp.statusCode() == 200) {
                                samples.add(new double[] {page, ms});
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The login form, as a browser fills it (its CSRF token included). */
    private static void login(HttpClient http, String base, String password) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=banc&password=" + password + "&_csrf=" + m.group(1);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("erreur")) {
            throw new IllegalStateException("login refused: HTTP " + r.statusCode());
        }
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static Map<String, Object> json(Result r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rows", r.rows());
        doc.put("clients", r.clients());
        doc.put("requests", r.requests());
        doc.put("errors", r.errors());
        doc.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        doc.put("requests_per_second", Math.round(r.requests() / r.seconds() * 10) / 10.0);
        List<Map<String, Object>> pages = new ArrayList<>();
        for (PageFigures p : r.pages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", p.page());
            m.put("requests", p.requests());
            m.put("p50_ms", Math.round(p.p50() * 10) / 10.0);
            m.put("p95_ms", Math.round(p.p95() * 10) / 10.0);
            m.put("p99_ms", Math.round(p.p99() * 10) / 10.0);
            m.put("max_ms", Math.round(p.max() * 10) / 10.0);
            pages.add(m);
        }
        doc.put("pages", pages);
        return doc;
    }
}
