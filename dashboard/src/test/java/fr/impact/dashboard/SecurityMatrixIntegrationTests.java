package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.system.ApiTokens;
import fr.impact.dashboard.system.UsersFile;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the dashboard × every kind of caller, on a real server: the status each
 * must get, written below as a table. A new mapping without a row fails the test, and so does
 * a row whose mapping has gone.
 */
class SecurityMatrixIntegrationTests {

    /** Who calls. Form sessions send their CSRF token on POSTs; the others send none. */
    enum Caller {
        ANON, ELECTED_FORM, OFFICER_FORM, ELECTED_BASIC, OFFICER_BASIC, ELECTED_TOKEN, OFFICER_TOKEN,
        WRONG_PASSWORD, BAD_TOKEN
    }

    /** What a request carries. */
    enum Body { NONE, FORM, UPLOAD }

    /**
     * One endpoint: the handler mapping it exercises ({@code "GET /imports/{id}/annuler"};
     * {@code "* /error"} for any method; {@code "filter POST /connexion"} for Spring Security's
     * own endpoints, {@code "static GET /css/**"} for static files), the request made, and the
     * expected outcome per caller in {@link Caller} order: a status, or {@code login} for a
     * redirect to the login page. {@code fresh}: each form caller logs in anew for that row
     * (logout and login would end the shared session).
     */
    record Row(String mapping, String method, String path, Body body, String form, boolean fresh, String expected) {}

    static final String PAGE = "login  200  200  200  200  login login 401  login";
    static final String OFFICER_PAGE = "login  403  200  403  200  login login 401  login";
    static final String PUBLIC = "200    200  200  200  200  200   200   401  200";
    static final String API_READ = "401    401  401  200  200  200   200   401  401";

    static Row get(String mapping, String path, String expected) {
        return new Row(mapping, "GET", path, Body.NONE, "", false, expected);
    }

    static Row post(String mapping, String path, Body body, String form, String expected) {
        return new Row(mapping, "POST", path, body, form, false, expected);
    }

    static final long NO_SUCH_IMPORT = 999_999;

    /* @formatter:off */
    static final List<Row> ROWS = List.of(
        //                                                                                anon   eluF agtF eluB agtB eluT  agtT  mdpX jetX
        get("GET /",                                "/",                                PAGE),
        get("GET /egalim",                          "/egalim",                          PAGE),
        get("GET /local",                           "/local?par=producteur",            PAGE),
        get("GET /qualite",                         "/qualite",                         PAGE),
        get("GET /territoire",                      "/territoire",                      PAGE),
        get("GET /financement",                     "/financement",                     PAGE),
        get("GET /financement/ecart-tresorerie.png", "/financement/ecart-tresorerie.png", PAGE),
        get("GET /graphiques/part-locale.png",      "/graphiques/part-locale.png?du=2024-01-01&au=2024-12-31", PAGE),
        get("GET /local/graphiques/{chart}.png",    "/local/graphiques/par-mois.png",   PAGE),
        get("GET /local/graphiques/{chart}/donnees.csv", "/local/graphiques/par-mois/donnees.csv", PAGE),
        get("GET /egalim/graphiques/cantines.png",  "/egalim/graphiques/cantines.png",  PAGE),
        get("GET /egalim/graphiques/cantines/donnees.csv", "/egalim/graphiques/cantines/donnees.csv", PAGE),
        get("GET /producteurs",                     "/producteurs",                     PAGE),
        get("GET /producteurs/{id}",                "/producteurs/P1",                  PAGE),
        get("GET /producteurs/{id}/graphiques/ventes-par-mois.png", "/producteurs/P1/graphiques/ventes-par-mois.png", PAGE),
        get("GET /producteurs/{id}/graphiques/ventes-par-mois/donnees.csv",
                "/producteurs/P1/graphiques/ventes-par-mois/donnees.csv",                     PAGE),
        get("GET /acheteurs",                       "/acheteurs",                       PAGE),
        get("GET /acheteurs/{id}",                  "/acheteurs/C1",                    PAGE),
        get("GET /acheteurs/{id}/graphiques/part-locale-par-mois.png", "/acheteurs/C1/graphiques/part-locale-par-mois.png", PAGE),
        get("GET /acheteurs/{id}/graphiques/part-locale-par-mois/donnees.csv",
                "/acheteurs/C1/graphiques/part-locale-par-mois/donnees.csv",                  PAGE),
        // the public board is off (the default): nobody sees it, and it says nothing exists
        get("GET /tableau",                         "/tableau",                         "404    404  404  404  404  404   404   401  404"),
        get("GET /tableau/part-locale.png",         "/tableau/part-locale.png",         "404    404  404  404  404  404   404   401  404"),
        get("GET /imports",                         "/imports",                         PAGE),
        get("GET /imports/{id}/rejets.csv",         "/imports/1/rejets.csv",            PAGE),
        get("GET /imports/{id}/annuler",            "/imports/1/annuler",               OFFICER_PAGE),
        get("GET /rapports",                        "/rapports",                        PAGE),
        get("GET /rapports/{kind}",                 "/rapports/achats?year=2024",       PAGE),
        get("GET /compte",                          "/compte",                          PAGE),
        get("GET /api",                             "/api",                             PAGE),
        get("GET /connexion",                       "/connexion",                       PUBLIC),
        get("GET /v3/api-docs",                     "/v3/api-docs",                     PUBLIC),
        get("GET /v3/api-docs.yaml",                "/v3/api-docs.yaml",                PAGE),
        get("static GET /css/**",                   "/css/impact.css",                  PUBLIC),
        get("static GET /js/**",                    "/js/upload.js",                    PUBLIC),
        // the error controller answers a direct call as an error without a status: 500, with nothing inside
        get("* /error",                             "/error",                           "500    500  500  500  500  500   500   401  500"),
        get("GET /api/indicators",                  "/api/indicators",                  API_READ),
        get("GET /api/funding",                     "/api/funding",                     API_READ),
        get("GET /api/egalim-territory",            "/api/egalim-territory?pat=1476",   API_READ),
        get("GET /api/reports/{kind}",              "/api/reports/achats?year=2024",    API_READ),
        post("POST /api/imports/{kind}",            "/api/imports/sales", Body.UPLOAD, "",
                                                                                        "401    401  401  403  200  403   200   401  401"),
        post("POST /api/backup",                    "/api/backup", Body.NONE, "",
                                                                                        "401    401  401  403  200  403   200   401  401"),
        post("POST /imports",                       "/imports", Body.UPLOAD, "kind=sales",
                                                                                        "403    403  200  403  200  403   403   401  403"),
        post("POST /imports/{id}/annuler",          "/imports/" + NO_SUCH_IMPORT + "/annuler", Body.FORM, "",
                                                                                        "403    403  302  403  302  403   403   401  403"),
        post("POST /compte/tableau",                "/compte/tableau", Body.FORM, "actif=non",
                                                                                        "403    403  302  403  302  403   403   401  403"),
        post("POST /compte/utilisateurs",           "/compte/utilisateurs", Body.FORM, "role=ELECTED&motdepasse=douze-caracteres",
                                                                                        "403    403  302  403  302  403   403   401  403"),
        post("POST /compte/jeton",                  "/compte/jeton", Body.FORM, "",
                                                                                        "403    200  200  200  200  403   403   401  403"),
        post("POST /compte/jeton/supprimer",        "/compte/jeton/supprimer", Body.FORM, "",
                                                                                        "403    302  302  302  302  403   403   401  403"),
        post("POST /compte/mot-de-passe",           "/compte/mot-de-passe", Body.FORM,
                                                    "actuel=pas-le-bon&nouveau=douze-caracteres&confirmation=douze-caracteres",
                                                                                        "403    302  302  302  302  403   403   401  403"),
        // Spring Security's own endpoints: a POST without a session's token is refused before anything else
        new Row("filter POST /connexion",            "POST", "/connexion", Body.FORM, "username=&password=", true,
                                                                                        "403    302  302  302  302  403   403   302  403"),
        new Row("filter POST /deconnexion",          "POST", "/deconnexion", Body.FORM, "", true,
                                                                                        "403    302  302  302  302  403   403   302  403"));
    /* @formatter:on */

    static final String ELECTED_BASIC = "elu-basic";
    static final String OFFICER_BASIC = "agent-basic";
    static final String ELECTED_TOKEN = "elu-jeton";
    static final String OFFICER_TOKEN = "agent-jeton";
    static final String PASSWORD = "mot-de-passe-matrice";
    /** Only the wrong-password column uses this name: its failures lock nobody else. */
    static final String THIRD = "tiers";

    @TempDir
    static Path dir;

    static TestServer server;
    static final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, store -> {
            UsersFile users = UsersFile.load(dir.resolve(UsersFile.FILE_NAME));
            users.put(ELECTED_BASIC, UsersFile.Role.ELECTED, PASSWORD);
            users.put(OFFICER_BASIC, UsersFile.Role.OFFICER, PASSWORD);
            users.put(ELECTED_TOKEN, UsersFile.Role.ELECTED, PASSWORD);
            users.put(OFFICER_TOKEN, UsersFile.Role.OFFICER, PASSWORD);
            users.put(THIRD, UsersFile.Role.ELECTED, PASSWORD);
            ApiTokens apiTokens = new ApiTokens(dir.resolve(ApiTokens.FILE_NAME));
            tokens.put(Caller.ELECTED_TOKEN, apiTokens.issue(ELECTED_TOKEN));
            tokens.put(Caller.OFFICER_TOKEN, apiTokens.issue(OFFICER_TOKEN));
            Importer importer = new Importer(store);
            // import 1: sales of 2024, one bad line (so the rejected-lines CSV has a row)
            importer.importAll(ImportKind.SALES, TestServer.write(dir, "ventes-2024.csv", TestServer.salesWithOneBadLine()),
                    ImportOptions.defaults());
            Path grants = TestServer.write(dir, "financements.csv", String.join("\n",
                    "financeur;type;dispositif;montant_attribue;debut;fin",
                    "FEADER;PUBLIC_UE;Mesure 16.4;9000;01/01/2024;31/12/2024", "").getBytes(StandardCharsets.UTF_8));
            Path spent = TestServer.write(dir, "depenses.csv", String.join("\n",
                    "date;poste;libelle;fournisseur;reference;montant_ht;date_paiement",
                    "10/02/2024;PRESTATIONS;Étude;Cabinet;F1;1000,00;20/02/2024", "").getBytes(StandardCharsets.UTF_8));
            importer.importAll(ImportKind.FUNDING, grants, ImportOptions.defaults());
            importer.importAll(ImportKind.FUNDING, spent, ImportOptions.defaults());
        });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The cells that differ from the table; the matrix runs once for the tests of this class. */
    static List<String> wrong;

    static synchronized List<String> runMatrix() throws Exception {
        if (wrong != null) {
            return wrong;
        }
        Map<Caller, Session> sessions = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            sessions.put(c, Session.of(c));
        }
        wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : ROWS) {
            String[] expected = row.expected().trim().split("\\s+");
            assertThat(expected).as(row.mapping()).hasSize(Caller.values().length);
            for (Caller c : Caller.values()) {
                Session s = row.fresh() ? Session.of(c) : sessions.get(c);
                HttpResponse<String> r = s.send(row);
                String got = outcome(r);
                cells++;
                if (!got.equals(expected[c.ordinal()])) {
                    wrong.add(row.method() + " " + row.path() + " × " + c + ": expected " + expected[c.ordinal()]
                            + ", got " + got + (r.statusCode() >= 300 && r.statusCode() < 400
                                    ? " → " + r.headers().firstValue("Location").orElse("?") : ""));
                }
            }
        }
        System.out.println("Security matrix: " + ROWS.size() + " endpoints × " + Caller.values().length + " callers = "
                + cells + " cells");
        return wrong;
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        assertThat(runMatrix()).as("cells that differ from the table").isEmpty();
    }

    @Test
    void uploadsAndAccountChangesByElectedOrUnauthenticatedCallersChangeNothing() throws Exception {
        runMatrix();
        // the upload rows put the caller's name in the product: only the officers' files were loaded
        Set<String> products = new TreeSet<>();
        try (Connection c = server.store.newConnection(); Statement st = c.createStatement();
                ResultSet r = st.executeQuery("SELECT DISTINCT produit FROM sale_lines WHERE produit LIKE '%-par-%'")) {
            while (r.next()) {
                products.add(r.getString(1));
            }
        }
        assertThat(products).containsExactlyInAnyOrder("page-par-OFFICER_FORM", "page-par-OFFICER_BASIC",
                "api-par-OFFICER_BASIC", "api-par-OFFICER_TOKEN");
        // the account rows named the account after the caller: only officers created one
        Set<String> created = new TreeSet<>();
        for (UsersFile.User u : UsersFile.load(dir.resolve(UsersFile.FILE_NAME)).all()) {
            if (u.name().startsWith("cree-par-")) {
                created.add(u.name());
            }
        }
        assertThat(created).containsExactlyInAnyOrder("cree-par-officer_form", "cree-par-officer_basic");
        // import 1 is still there: no undo went through (the undo rows name an import that does not exist)
        assertThat(server.get(HttpClient.newHttpClient(), "/api/indicators",
                "Authorization", TestServer.basic(OFFICER_BASIC, PASSWORD)).body()).contains("\"lines\":");
    }

    @Test
    void everyHandlerMappingHasARowAndEveryRowAMapping() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingHandlerMapping m : server.running.context()
                .getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : m.getHandlerMethods().entrySet()) {
                Set<String> patterns = e.getKey().getPatternValues();
                var methods = e.getKey().getMethodsCondition().getMethods();
                for (String p : patterns) {
                    if (methods.isEmpty()) {
                        mapped.add("* " + p);
                    }
                    for (var method : methods) {
                        mapped.add(method.name() + " " + p);
                    }
                }
            }
        }
        Set<String> rows = new TreeSet<>();
        for (Row r : ROWS) {
            if (!r.mapping().startsWith("filter ") && !r.mapping().startsWith("static ")) {
                rows.add(r.mapping());
            }
        }
        assertThat(mapped).as("handler mappings of the running dashboard (add a row to ROWS for a new one)")
                .isEqualTo(rows);
    }

    /** {@code login} for a redirect to the login page, else the status. */
    static String outcome(HttpResponse<String> r) {
        if (r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/connexion")) {
            return "login";
        }
        return String.valueOf(r.statusCode());
    }

    /** A caller's client: its cookies, its Authorization header, its CSRF token when it has a session. */
    record Session(Caller caller, HttpClient client, String authorization, String csrf) {

        static Session of(Caller c) throws Exception {
            HttpClient client = TestServer.browser();
            return switch (c) {
                case ANON -> new Session(c, client, null, null);
                case ELECTED_FORM, OFFICER_FORM -> {
                    boolean officer = c == Caller.OFFICER_FORM;
                    HttpResponse<String> login = server.login(client, officer ? TestServer.OFFICER : TestServer.ELECTED,
                            officer ? TestServer.OFFICER_PASSWORD : TestServer.ELECTED_PASSWORD);
                    assertThat(login.headers().firstValue("Location")).as("login of " + c)
                            .hasValueSatisfying(l -> assertThat(l).doesNotContain("erreur", "bloque"));
                    yield new Session(c, client, null, TestServer.csrf(server.get(client, "/compte").body()));
                }
                case ELECTED_BASIC -> new Session(c, client, TestServer.basic(ELECTED_BASIC, PASSWORD), null);
                case OFFICER_BASIC -> new Session(c, client, TestServer.basic(OFFICER_BASIC, PASSWORD), null);
                case ELECTED_TOKEN, OFFICER_TOKEN -> new Session(c, client, "Bearer " + tokens.get(c), null);
                case WRONG_PASSWORD -> new Session(c, client, TestServer.basic(THIRD, "pas-le-bon-mot-de-passe"), null);
                case BAD_TOKEN -> new Session(c, client, "Bearer imp_" + "A".repeat(43), null);
            };
        }

        HttpResponse<String> send(Row row) throws Exception {
            List<String> headers = new ArrayList<>(List.of("Accept", "text/html,application/json;q=0.9,*/*;q=0.8"));
            if (authorization != null) {
                headers.addAll(List.of("Authorization", authorization));
            }
            String[] h = headers.toArray(String[]::new);
            if (row.method().equals("GET")) {
                return server.get(client, row.path(), h);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : row.form().split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    fields.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            if (row.path().equals("/compte/utilisateurs")) {
                fields.put("nom", "cree-par-" + caller.name().toLowerCase(java.util.Locale.ROOT));
            }
            if (csrf != null) {
                fields.put("_csrf", csrf);
            }
            if (row.body() == Body.UPLOAD) {
                String who = (row.path().startsWith("/api/") ? "api-par-" : "page-par-") + caller.name();
                return server.postMultipart(client, row.path(), fields, who + ".csv",
                        (TestServer.SALES_HEADER + "\n01/06/2024;M-" + who + ";1;C1;P1;" + who
                                + ";FRUITS_ET_LEGUMES;1;kg;2,00\n").getBytes(StandardCharsets.UTF_8), h);
            }
            StringBuilder form = new StringBuilder();
            for (var f : fields.entrySet()) {
                form.append(form.length() == 0 ? "" : "&").append(f.getKey()).append('=')
                        .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(row.path())))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
            b.headers(h);
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
