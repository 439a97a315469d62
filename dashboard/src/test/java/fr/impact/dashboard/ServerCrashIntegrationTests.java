package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.backup.Backups;
import fr.impact.dashboard.cli.ImpactCli;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.bench.SyntheticSales;
import fr.impact.ingestion.store.Fingerprint;
import fr.impact.ingestion.store.Fingerprints;
import fr.impact.ingestion.store.Store;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A dashboard killed (SIGKILL) while it imports an upload restarts clean on the same file:
 * the server runs as {@code bin/impact serve} does, in a child JVM; a large sales file is
 * posted to {@code /api/imports/sales}, and the server is killed at a random point of the
 * import's measured duration (seeded, printed). It then starts again on the same file, the
 * database holds exactly the state before the upload (or after it), the history does not show
 * the file as loaded unless it was, and the same upload then loads.
 */
class ServerCrashIntegrationTests {

    static final long LINES = 150_000;
    static final long SEED = 9;
    /**
     * The kill's seed: its first draw is 0.39 of the measured duration. The server, a fresh
     * JVM, may import faster or slower than this process did, so a draw near the end would
     * often find the import committed (a valid outcome, but the less instructive one).
     */
    static final long KILL_SEED = 5;
    static final String PASSWORD = "admin-mot-de-passe-crash";
    static final String FILE_NAME = "ventes-gros-export.csv";

    @TempDir
    Path dir;

    @Test
    void aServerKilledMidImportRestartsCleanWithTheDatabaseAsBeforeOrAfter() throws Exception {
        Path db = dir.resolve("impact.duckdb");
        Path big = dir.resolve("gros.csv");
        SyntheticSales.write(big, LINES, SEED, 2019, 2023);
        // invoices the large export does not repeat: 2 lines loaded, 1 quarantined
        Path small = TestServer.write(dir, "ventes-petit.csv", String.join("\n", TestServer.SALES_HEADER,
                "15/03/2024;PETIT-1;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;25,00",
                "15/03/2024;PETIT-1;2;C1;P1;Navets;FRUITS_ET_LEGUMES;5;kg;12,50",
                "16/03/2024;PETIT-2;1;C2;P2;Yaourts;PRODUITS_LAITIERS;20;piece;12,5O", "").getBytes(StandardCharsets.UTF_8));
        Map<String, Fingerprint> before;
        try (Store store = Store.open(db, "512MB")) {
            assertThat(new Importer(store).importFile(ImportKind.SALES, small, ImportOptions.defaults()).accepted())
                    .isEqualTo(2);
            before = Fingerprints.of(store.connection(), Backups.WALL_CLOCK_COLUMNS);
        }
        // the "after" state and the import's duration: the same upload imported in this process, on a copy
        Path reference = dir.resolve("reference.duckdb");
        Files.copy(db, reference);
        Map<String, Fingerprint> after;
        long durationMs;
        try (Store store = Store.open(reference, "512MB")) {
            long t = System.nanoTime();
            FileReport r = new Importer(store).importFile(ImportKind.SALES, big,
                    ImportOptions.defaults().withHub("default").withDisplayName(FILE_NAME));
            durationMs = (System.nanoTime() - t) / 1_000_000;
            assertThat(r.accepted()).isEqualTo(LINES);
            after = Fingerprints.of(store.connection(), Backups.WALL_CLOCK_COLUMNS);
        }

        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Server first = Server.start(db, tmp);
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> upload = http.sendAsync(first.upload(big),
                HttpResponse.BodyHandlers.ofString());
        // the import has begun once its scratch folder exists (the upload itself came before)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!importRunning(tmp) && !upload.isDone()) {
            assertThat(System.nanoTime()).as("the import never started").isLessThan(deadline);
            Thread.sleep(2);
        }
        long offset = (long) (durationMs * new SplittableRandom(KILL_SEED).nextDouble());
        Thread.sleep(offset);
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        String outcome;
        try (Store store = Store.open(db, "512MB")) {
            Map<String, Fingerprint> state = Fingerprints.of(store.connection(), Backups.WALL_CLOCK_COLUMNS);
            outcome = state.equals(before) ? "before" : state.equals(after) ? "after" : "NEITHER";
            assertThat(outcome).as("state after a kill at %d ms of a %d ms import: %s", offset, durationMs, state)
                    .isIn("before", "after");
            assertThat(count(store, "SELECT count(*) FROM imports WHERE status = 'LOADING'")).isZero();
        }
        System.out.printf("server killed %d ms into a %d ms import (seed %d): %s%n", offset, durationMs, KILL_SEED,
                outcome);

        Server second = Server.start(db, tmp);
        try {
            String auth = TestServer.basic("admin", PASSWORD);
            HttpResponse<String> history = http.send(HttpRequest.newBuilder(URI.create(second.url("/imports")))
                    .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(history.statusCode()).isEqualTo(200);
            assertThat(history.body()).contains("ventes-petit.csv");
            if (outcome.equals("before")) {
                assertThat(history.body()).as("the killed import is not in the history").doesNotContain(FILE_NAME);
            } else {
                assertThat(history.body()).contains(FILE_NAME);
            }
            HttpResponse<String> again = http.send(second.upload(big), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            JsonNode report = new ObjectMapper().readTree(again.body()).at("/files/0");
            assertThat(report.get("status").asString()).isEqualTo(outcome.equals("before") ? "LOADED" : "UNCHANGED");
            if (outcome.equals("before")) {
                assertThat(report.get("accepted").asLong()).isEqualTo(LINES);
            }
        } finally {
            second.process.destroy(); // SIGTERM: a clean stop
            assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (Store store = Store.open(db, "512MB")) {
            assertThat(count(store, "SELECT count(*) FROM sales")).isEqualTo(LINES + 2);
            assertThat(count(store, "SELECT count(*) FROM imports WHERE status = 'LOADED'")).isEqualTo(2);
        }
    }

    private static boolean importRunning(Path tmp) throws Exception {
        try (var files = Files.list(tmp)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("impact-import-"));
        }
    }

    private static long count(Store store, String sql) throws Exception {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** {@code bin/impact serve --port 0} in a child JVM, with the admin's password in its environment. */
    record Server(Process process, int port) {

        static Server start(Path db, Path tmp) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m", "-Djava.io.tmpdir=" + tmp,
                    "-cp", System.getProperty("java.class.path"), ImpactCli.class.getName(),
                    "--db", db.toString(), "serve", "--port", "0").redirectErrorStream(true);
            pb.environment().put("IMPACT_ADMIN_PASSWORD", PASSWORD);
            Process p = pb.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
            Pattern url = Pattern.compile("http://localhost:(\\d+)/");
            StringBuilder seen = new StringBuilder();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    seen.append(line).append('\n');
                    Matcher m = url.matcher(line);
                    if (m.find()) {
                        return new Server(p, Integer.parseInt(m.group(1)));
                    }
                }
                if (!p.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            p.destroyForcibly();
            throw new AssertionError("the server did not start:\n" + seen);
        }

        String url(String path) {
            return "http://localhost:" + port + path;
        }

        HttpRequest upload(Path file) throws Exception {
            String boundary = "----impact-crash";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + FILE_NAME
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(url("/api/imports/sales")))
                    .header("Authorization", TestServer.basic("admin", PASSWORD))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        }
    }
}
