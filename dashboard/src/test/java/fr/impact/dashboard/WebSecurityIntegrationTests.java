package fr.impact.dashboard;

import static fr.impact.dashboard.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.system.UsersFile;
import fr.impact.ingestion.config.ParkConfig;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The dashboard's defences, end to end over HTTP: CSRF, session fixation, login throttling,
 * upload limits, security headers, and error bodies without any internals.
 */
class WebSecurityIntegrationTests {

    /** The park's upload limit for this server: 64 KiB, so a "too big" file stays small. */
    static final long MAX_FILE_BYTES = 64 * 1024;
    static final String FORM_VICTIM = "cible-formulaire";
    static final String BASIC_VICTIM = "cible-basic";
    static final String VICTIM_PASSWORD = "mot-de-passe-cible";

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        ParkConfig d = ParkConfig.defaults();
        ParkConfig small = new ParkConfig(d.parkName(), d.beneficiaryName(), d.beneficiarySiret(), d.beneficiaryAddress(),
                d.logo(), d.patCode(), d.egalimZone(), d.defaultHub(), MAX_FILE_BYTES, d.duckdbMemoryLimit());
        server = new TestServer(dir, small, store -> {
            UsersFile users = UsersFile.load(dir.resolve(UsersFile.FILE_NAME));
            users.put(FORM_VICTIM, UsersFile.Role.OFFICER, VICTIM_PASSWORD);
            users.put(BASIC_VICTIM, UsersFile.Role.OFFICER, VICTIM_PASSWORD);
        });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpClient officerSession() throws Exception {
        HttpClient c = TestServer.browser();
        HttpResponse<String> login = server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("erreur"));
        return c;
    }

    static HttpResponse<String> postForm(HttpClient c, String path, String form, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean userExists(String name) throws Exception {
        return UsersFile.load(dir.resolve(UsersFile.FILE_NAME)).find(name).isPresent();
    }

    /** Sale lines whose product is {@code product}, read straight from the server's database. */
    static long linesOf(String product) throws Exception {
        try (Connection c = server.store.newConnection();
                PreparedStatement p = c.prepareStatement("SELECT count(*) FROM sale_lines WHERE produit = ?")) {
            p.setString(1, product);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static byte[] oneSale(String product) {
        return (TestServer.SALES_HEADER + "\n02/05/2024;" + product + ";1;C1;P1;" + product + ";FRUITS_ET_LEGUMES;1;kg;4,00\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String sessionId(HttpClient c) {
        return ((CookieManager) c.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(k -> k.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A client that sends exactly this session cookie and keeps none. */
    static HttpResponse<String> withCookie(String sessionId, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", "JSESSIONID=" + sessionId).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static boolean toLogin(HttpResponse<String> r) {
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/connexion");
    }

    @Nested
    class Csrf {

        @Test
        void aFormPostWithoutTokenOrWithAWrongOneIsRefusedAndChangesNothing() throws Exception {
            HttpClient c = officerSession();
            String token = TestServer.csrf(server.get(c, "/compte").body());
            String account = "&role=ELECTED&motdepasse=douze-caracteres";

            HttpResponse<String> none = postForm(c, "/compte/utilisateurs", "nom=sans-jeton" + account, "Accept", "text/html");
            HttpResponse<String> bad = postForm(c, "/compte/utilisateurs", "nom=faux-jeton" + account + "&_csrf=" + "x".repeat(48),
                    "Accept", "text/html");

            assertThat(none.statusCode()).isEqualTo(403);
            assertThat(bad.statusCode()).isEqualTo(403);
            assertThat(none.body()).contains("Accès refusé", "le formulaire a expiré");
            assertThat(userExists("sans-jeton")).isFalse();
            assertThat(userExists("faux-jeton")).isFalse();

            HttpResponse<String> good = postForm(c, "/compte/utilisateurs", "nom=avec-jeton" + account + "&_csrf=" + token);
            assertThat(good.statusCode()).isEqualTo(302);
            assertThat(userExists("avec-jeton")).isTrue();
        }

        @Test
        void anotherSessionsTokenIsRefused() throws Exception {
            HttpClient victim = officerSession();
            HttpClient attacker = officerSession();
            String attackersToken = TestServer.csrf(server.get(attacker, "/compte").body());

            HttpResponse<String> r = postForm(victim, "/compte/utilisateurs",
                    "nom=jeton-d-autrui&role=OFFICER&motdepasse=douze-caracteres&_csrf=" + attackersToken);

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(userExists("jeton-d-autrui")).isFalse();
        }

        @Test
        void anUploadWithoutTokenLoadsNothing() throws Exception {
            HttpClient c = officerSession();

            HttpResponse<String> r = server.postMultipart(c, "/imports", Map.of("kind", "sales"), "v.csv",
                    oneSale("Sans-jeton"), "Accept", "text/html");

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(linesOf("Sans-jeton")).isZero();
        }

        @Test
        void basicAuthenticatedPostsAreExempt() throws Exception {
            HttpResponse<String> upload = server.postMultipart(HttpClient.newHttpClient(), "/imports", Map.of("kind", "sales"),
                    "v.csv", oneSale("Basic-sans-jeton"), "Authorization", basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD));
            HttpResponse<String> account = postForm(HttpClient.newHttpClient(), "/compte/utilisateurs",
                    "nom=cree-en-basic&role=ELECTED&motdepasse=douze-caracteres",
                    "Authorization", basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD));

            assertThat(upload.statusCode()).isEqualTo(200);
            assertThat(linesOf("Basic-sans-jeton")).isEqualTo(1);
            assertThat(account.statusCode()).isEqualTo(302);
            assertThat(userExists("cree-en-basic")).isTrue();
        }
    }

    @Nested
    class Sessions {

        @Test
        void theSessionIdChangesAtLoginAndTheOldOneIsWorthNothing() throws Exception {
            HttpClient c = TestServer.browser();
            server.get(c, "/connexion");
            String before = sessionId(c);
            assertThat(before).as("the login page's session (it holds the CSRF token)").isNotNull();

            HttpResponse<String> login = server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            String after = sessionId(c);

            assertThat(after).isNotNull().isNotEqualTo(before);
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(v -> assertThat(v)
                    .startsWith("JSESSIONID=" + after).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
            assertThat(toLogin(withCookie(before, "/imports"))).as("the id known before login opens nothing").isTrue();
            assertThat(withCookie(after, "/imports").statusCode()).isEqualTo(200);
        }

        @Test
        void logoutInvalidatesTheSession() throws Exception {
            HttpClient c = officerSession();
            String id = sessionId(c);
            String token = TestServer.csrf(server.get(c, "/imports").body());

            HttpResponse<String> out = postForm(c, "/deconnexion", "_csrf=" + token, "Accept", "text/html");

            assertThat(out.statusCode()).isEqualTo(302);
            assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion?sortie"));
            assertThat(toLogin(withCookie(id, "/imports"))).as("the logged-out session id opens nothing").isTrue();
            assertThat(toLogin(server.get(c, "/imports"))).isTrue();
        }
    }

    @Nested
    class Throttling {

        @Test
        void fiveFailedFormLoginsLockTheNameForFormAndBasicAlike() throws Exception {
            for (int i = 1; i <= 5; i++) {
                HttpResponse<String> r = server.login(TestServer.browser(), FORM_VICTIM, "essai-" + i);
                assertThat(r.headers().firstValue("Location")).as("attempt " + i)
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/connexion?erreur"));
            }
            HttpClient c = TestServer.browser();
            HttpResponse<String> right = server.login(c, FORM_VICTIM, VICTIM_PASSWORD);

            assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion?bloque"));
            assertThat(server.get(c, "/connexion?bloque").body()).contains("Trop de tentatives de connexion échouées");
            assertThat(toLogin(server.get(c, "/imports"))).as("the locked login opened no session").isTrue();
            assertThat(server.get(HttpClient.newHttpClient(), "/api/indicators",
                    "Authorization", basic(FORM_VICTIM, VICTIM_PASSWORD)).statusCode()).isEqualTo(401);
            // another name is not affected
            assertThat(server.login(TestServer.browser(), TestServer.OFFICER, TestServer.OFFICER_PASSWORD)
                    .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("erreur", "bloque"));
        }

        @Test
        void failedBasicLoginsCountToo() throws Exception {
            for (int i = 1; i <= 5; i++) {
                assertThat(server.get(HttpClient.newHttpClient(), "/api/indicators",
                        "Authorization", basic(BASIC_VICTIM, "essai-" + i)).statusCode()).isEqualTo(401);
            }
            assertThat(server.get(HttpClient.newHttpClient(), "/api/indicators",
                    "Authorization", basic(BASIC_VICTIM, VICTIM_PASSWORD)).statusCode()).isEqualTo(401);
            assertThat(server.login(TestServer.browser(), BASIC_VICTIM, VICTIM_PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/connexion?bloque"));
        }
    }

    @Nested
    class UploadLimits {

        /** A valid sales file of about {@code bytes} bytes, every line a sale of {@code product}. */
        static byte[] salesOfSize(String product, long bytes) {
            StringBuilder b = new StringBuilder(TestServer.SALES_HEADER).append('\n');
            for (int i = 1; b.length() < bytes; i++) {
                b.append("03/05/2024;").append(product).append(';').append(i).append(";C1;P1;").append(product)
                        .append(";FRUITS_ET_LEGUMES;1;kg;1,00\n");
            }
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Test
        void theApiRefusesAFileOverTheLimitWithAFrenchJsonMessage() throws Exception {
            byte[] big = salesOfSize("Trop-gros-api", 3 * MAX_FILE_BYTES);

            HttpResponse<String> r = server.postMultipart(HttpClient.newHttpClient(), "/api/imports/sales", Map.of(),
                    "gros.csv", big, "Authorization", basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD));

            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            JsonNode error = new ObjectMapper().readTree(r.body()).get("error");
            assertThat(error.get("code").asString()).isEqualTo("FILE_TOO_LARGE");
            assertThat(error.get("message").asString()).contains("dépasse", "64 Ko");
            assertThat(linesOf("Trop-gros-api")).isZero();
        }

        @Test
        void theFormRefusesAFileOverTheLimitWithAFrenchPage() throws Exception {
            HttpClient c = officerSession();
            String token = TestServer.csrf(server.get(c, "/imports").body());
            byte[] big = salesOfSize("Trop-gros-page", 3 * MAX_FILE_BYTES);

            HttpResponse<String> r = server.postMultipart(c, "/imports", Map.of("_csrf", token, "kind", "sales"), "gros.csv",
                    big, "Accept", "text/html");

            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(r.body()).contains("Fichier trop volumineux", "64 Ko").doesNotContain("Exception");
            assertThat(linesOf("Trop-gros-page")).isZero();
            assertThat(server.get(c, "/imports").statusCode()).as("the session goes on").isEqualTo(200);

            HttpResponse<String> noToken = server.postMultipart(c, "/imports", Map.of("kind", "sales"), "gros.csv",
                    salesOfSize("Trop-gros-sans-jeton", 3 * MAX_FILE_BYTES), "Accept", "text/html");
            assertThat(noToken.statusCode()).as("refused, as too big or as forged").isIn(403, 413);
            assertThat(linesOf("Trop-gros-sans-jeton")).isZero();
        }

        @Test
        void aFileJustUnderTheLimitIsLoaded() throws Exception {
            byte[] fits = salesOfSize("Juste-assez", MAX_FILE_BYTES - 200);
            long lines = new String(fits, StandardCharsets.UTF_8).lines().count() - 1;

            HttpResponse<String> r = server.postMultipart(HttpClient.newHttpClient(), "/api/imports/sales", Map.of(),
                    "juste.csv", fits, "Authorization", basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD));

            assertThat(fits.length).isLessThan((int) MAX_FILE_BYTES);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(linesOf("Juste-assez")).isEqualTo(lines);
        }
    }

    @Nested
    class Headers {

        static void assertHardened(HttpResponse<String> r, boolean authenticated) {
            String what = r.request().method() + " " + r.uri().getPath() + " (" + r.statusCode() + ")";
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(what)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src", "frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(what).isPresent();
            if (authenticated) {
                assertThat(r.headers().firstValue("Cache-Control")).as(what)
                        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            }
        }

        @Test
        void pagesApiAndErrorsCarryTheSecurityHeaders() throws Exception {
            HttpClient officer = officerSession();
            HttpClient elected = TestServer.browser();
            server.login(elected, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            String officerBasic = basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            HttpClient plain = HttpClient.newHttpClient();

            assertHardened(server.get(plain, "/connexion"), false);
            for (String page : List.of("/", "/imports", "/rapports", "/compte", "/qualite", "/api")) {
                HttpResponse<String> r = server.get(officer, page);
                assertThat(r.statusCode()).as(page).isEqualTo(200);
                assertHardened(r, true);
            }
            assertHardened(server.get(officer, "/graphiques/part-locale.png?du=2024-01-01&au=2024-12-31"), true);
            assertHardened(server.get(officer, "/imports/1/rejets.csv"), true);
            assertHardened(server.get(plain, "/api/indicators", "Authorization", officerBasic), true);
            assertHardened(server.get(plain, "/api/indicators"), false);
            assertHardened(server.get(plain, "/api/rien", "Authorization", officerBasic), true);
            assertHardened(server.get(officer, "/pas-de-page", "Accept", "text/html"), true);
            assertHardened(server.get(elected, "/imports/1/annuler", "Accept", "text/html"), true);
            assertHardened(server.get(plain, "/v3/api-docs"), false);
        }
    }

    @Nested
    class ErrorBodies {

        /** What an error body must never show. */
        static void assertNothingInside(HttpResponse<String> r, int status) {
            String what = r.request().method() + " " + r.uri();
            assertThat(r.statusCode()).as(what).isEqualTo(status);
            assertThat(r.body()).as(what).doesNotContain("Exception", "exception", "at org.", "at fr.", "at java.",
                    "org.springframework", "fr.impact", "java.", "jakarta.", "trace", "Whitelabel", "SQL", "DuckDB");
        }

        @Test
        void notFoundMethodNotAllowedBadParameterAndServerErrorsShowNoInternals() throws Exception {
            HttpClient officer = officerSession();
            String officerBasic = basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            HttpClient plain = HttpClient.newHttpClient();

            HttpResponse<String> page404 = server.get(officer, "/pas-de-page", "Accept", "text/html");
            assertNothingInside(page404, 404);
            assertThat(page404.body()).contains("Page introuvable");
            assertNothingInside(server.get(plain, "/api/rien", "Authorization", officerBasic), 404);

            HttpResponse<String> put = plain.send(HttpRequest.newBuilder(URI.create(server.url("/api/indicators")))
                    .header("Authorization", officerBasic).PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertNothingInside(put, 405);
            HttpResponse<String> delete = plain.send(HttpRequest.newBuilder(URI.create(server.url("/imports")))
                    .header("Authorization", officerBasic).header("Accept", "text/html").DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertNothingInside(delete, 405);

            assertNothingInside(server.get(plain, "/api/indicators?from=pas-une-date", "Authorization", officerBasic), 400);
            HttpResponse<String> badChart = server.get(officer, "/graphiques/part-locale.png?du=2024-13-45&au=2024-12-31",
                    "Accept", "*/*");
            assertNothingInside(badChart, 400);
            assertNothingInside(server.get(officer, "/imports/pas-un-nombre/rejets.csv", "Accept", "text/html"), 400);
            assertNothingInside(server.get(plain, "/api/reports/brief?year=deux-mille", "Authorization", officerBasic), 400);

            // a direct call of the error page is the one 500 a client can cause: still nothing inside
            HttpResponse<String> error = server.get(officer, "/error", "Accept", "text/html");
            assertNothingInside(error, 500);
            assertThat(error.body()).contains("Une erreur est survenue");
            assertNothingInside(server.get(plain, "/error", "Accept", "application/json"), 500);
        }
    }
}
