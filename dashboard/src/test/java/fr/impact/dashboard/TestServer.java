package fr.impact.dashboard;

import fr.impact.dashboard.system.UsersFile;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real dashboard on a random port over a real DuckDB file, with an officer and an elected user. */
final class TestServer implements AutoCloseable {

    static final String OFFICER = "agent";
    static final String OFFICER_PASSWORD = "agent-mot-de-passe";
    static final String ELECTED = "elu";
    static final String ELECTED_PASSWORD = "elu-mot-de-passe";
    static final String ADMIN_PASSWORD = "admin-mot-de-passe";
    static final String SALES_HEADER = "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht";

    final Path dir;
    final Path db;
    final Store store;
    final DashboardApplication.Running running;

    /** Something to do on the store before the server starts (load data). */
    interface Setup {
        void apply(Store store) throws Exception;
    }

    TestServer(Path dir) throws Exception {
        this(dir, store -> {});
    }

    TestServer(Path dir, Setup setup) throws Exception {
        this(dir, ParkConfig.defaults(), setup);
    }

    /** With a park configuration of the test's own (a small upload limit, say). */
    TestServer(Path dir, ParkConfig config, Setup setup) throws Exception {
        this.dir = dir;
        this.db = dir.resolve("impact.duckdb");
        UsersFile users = UsersFile.load(dir.resolve(UsersFile.FILE_NAME));
        users.put("admin", UsersFile.Role.OFFICER, ADMIN_PASSWORD);
        users.put(OFFICER, UsersFile.Role.OFFICER, OFFICER_PASSWORD);
        users.put(ELECTED, UsersFile.Role.ELECTED, ELECTED_PASSWORD);
        this.store = Store.open(db, "512MB");
        setup.apply(store);
        this.running = DashboardApplication.start(
                new DashboardApplication.Launch(store, config, 0, Locale.FRENCH, line -> {}));
    }

    String url(String path) {
        return "http://localhost:" + running.port() + path;
    }

    /** A client with its own cookie jar, following no redirect. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(HttpClient c, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs a browser client in through the form; returns the response of the login POST. */
    HttpResponse<String> login(HttpClient c, String user, String password) throws Exception {
        String token = csrf(get(c, "/connexion").body());
        String form = "username=" + user + "&password=" + password + "&_csrf=" + token;
        return c.send(HttpRequest.newBuilder(URI.create(url("/connexion")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    /** A multipart POST: text fields, and one file in the part {@code file}. */
    HttpResponse<String> postMultipart(HttpClient c, String path, Map<String, String> fields, String fileName,
            byte[] content, String... headers) throws Exception {
        String boundary = "----impact" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A sales file: three good lines and one with a bad amount on physical line 4. */
    static byte[] salesWithOneBadLine() {
        return salesWithOneBadLine("Carottes");
    }

    /** The same, with {@code product} on the first line (a different file content for each product). */
    static byte[] salesWithOneBadLine(String product) {
        return String.join("\n", SALES_HEADER,
                "15/03/2024;F1;1;C1;P1;" + product + ";FRUITS_ET_LEGUMES;10;kg;25,00",
                "15/03/2024;F1;2;C1;P1;Navets;FRUITS_ET_LEGUMES;5;kg;12,50",
                "16/03/2024;F2;1;C2;P2;Yaourts;PRODUITS_LAITIERS;20;piece;12,5O",
                "17/03/2024;F3;1;C2;P2;Beurre;PRODUITS_LAITIERS;2;kg;18,40", "").getBytes(StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Override
    public void close() throws Exception {
        running.close();
        store.close();
    }
}
