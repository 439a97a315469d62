package fr.impact.dashboard;

import static fr.impact.dashboard.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.cli.ImpactCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The dashboard as a real server on a random port over a real DuckDB file. */
class DashboardIntegrationTests {

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> apiUpload(String user, String password, String kind, String name, byte[] content)
            throws Exception {
        return server.postMultipart(HttpClient.newHttpClient(), "/api/imports/" + kind, Map.of(), name, content,
                "Authorization", basic(user, password));
    }

    @Nested
    class Security {

        @Test
        void anonymousApiRequestsGet401() throws Exception {
            HttpResponse<String> r = server.get(HttpClient.newHttpClient(), "/api/indicators");
            assertThat(r.statusCode()).isEqualTo(401);
            HttpResponse<String> upload = server.postMultipart(HttpClient.newHttpClient(), "/api/imports/sales", Map.of(),
                    "v.csv", TestServer.salesWithOneBadLine());
            assertThat(upload.statusCode()).isEqualTo(401);
        }

        @Test
        void wrongPasswordGets401() throws Exception {
            HttpResponse<String> r = server.get(HttpClient.newHttpClient(), "/api/indicators",
                    "Authorization", basic(TestServer.OFFICER, "pas-le-bon"));
            assertThat(r.statusCode()).isEqualTo(401);
        }

        @Test
        void anonymousPagesRedirectToTheFrenchLoginPage() throws Exception {
            HttpClient c = TestServer.browser();
            HttpResponse<String> r = server.get(c, "/imports", "Accept", "text/html");
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));
            HttpResponse<String> login = server.get(c, "/connexion");
            assertThat(login.body()).contains("Identifiant", "Mot de passe", "Se connecter", "lang=\"fr\"");
        }

        @Test
        void badPasswordShowsAFrenchMessage() throws Exception {
            HttpClient c = TestServer.browser();
            HttpResponse<String> r = server.login(c, TestServer.OFFICER, "faux-mot-de-passe");
            assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/connexion?erreur"));
            assertThat(server.get(c, "/connexion?erreur").body()).contains("Identifiant ou mot de passe incorrect");
        }

        @Test
        void electedUserCannotUpload() throws Exception {
            HttpResponse<String> r = apiUpload(TestServer.ELECTED, TestServer.ELECTED_PASSWORD, "sales", "v.csv",
                    TestServer.salesWithOneBadLine());
            assertThat(r.statusCode()).isEqualTo(403);

            HttpClient c = TestServer.browser();
            server.login(c, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            HttpResponse<String> page = server.get(c, "/imports");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("type=\"file\"").contains("lecture seule");
            HttpResponse<String> post = server.postMultipart(c, "/imports",
                    Map.of("kind", "sales", "_csrf", TestServer.csrf(page.body())), "v.csv", TestServer.salesWithOneBadLine(),
                    "Accept", "text/html");
            assertThat(post.statusCode()).isEqualTo(403);
            assertThat(post.body()).contains("Accès refusé");
            assertThat(server.get(c, "/imports/1/annuler", "Accept", "text/html").statusCode()).isEqualTo(403);
        }

        @Test
        void electedUserCanReadThePages() throws Exception {
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            for (String page : new String[] {"/", "/qualite", "/local", "/local?par=producteur", "/egalim"}) {
                assertThat(server.get(c, page).statusCode()).as(page).isEqualTo(200);
            }
        }

        @Test
        void formPostWithoutCsrfTokenIsRefused() throws Exception {
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            HttpResponse<String> r = server.postMultipart(c, "/imports", Map.of("kind", "sales"), "v.csv",
                    TestServer.salesWithOneBadLine(), "Accept", "text/html");
            assertThat(r.statusCode()).isEqualTo(403);
        }

        @Test
        void aUserMakesABearerTokenForScripts() throws Exception {
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            String token = TestServer.csrf(server.get(c, "/compte").body());
            HttpResponse<String> made = c.send(HttpRequest.newBuilder(URI.create(server.url("/compte/jeton")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(made.statusCode()).isEqualTo(200);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(imp_[A-Za-z0-9_-]{20,})").matcher(made.body());
            assertThat(m.find()).isTrue();
            HttpResponse<String> api = server.get(HttpClient.newHttpClient(), "/api/indicators",
                    "Authorization", "Bearer " + m.group(1));
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).startsWith("{\"from\"");
            HttpResponse<String> wrong = server.get(HttpClient.newHttpClient(), "/api/indicators",
                    "Authorization", "Bearer imp_pas-un-vrai-jeton");
            assertThat(wrong.statusCode()).isEqualTo(401);
        }

        @Test
        void anOfficerCreatesAnElectedAccountAndAnElectedUserCannot() throws Exception {
            HttpClient officer = TestServer.browser();
            server.login(officer, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            String token = TestServer.csrf(server.get(officer, "/compte").body());
            HttpResponse<String> r = officer.send(HttpRequest.newBuilder(URI.create(server.url("/compte/utilisateurs")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token
                            + "&nom=maire-nocé&role=ELECTED&motdepasse=douze-caracteres".replace("é", "e")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            HttpResponse<String> api = server.get(HttpClient.newHttpClient(), "/api/indicators",
                    "Authorization", basic("maire-noce", "douze-caracteres"));
            assertThat(api.statusCode()).isEqualTo(200);

            HttpClient elected = TestServer.browser();
            server.login(elected, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            String electedToken = TestServer.csrf(server.get(elected, "/compte").body());
            HttpResponse<String> refused = elected.send(HttpRequest.newBuilder(URI.create(server.url("/compte/utilisateurs")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + electedToken
                            + "&nom=pirate&role=OFFICER&motdepasse=douze-caracteres")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(403);
        }

        @Test
        void pagesCarrySecurityHeaders() throws Exception {
            HttpResponse<String> r = server.get(HttpClient.newHttpClient(), "/connexion");
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    v -> assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }

        @Test
        void errorsShowAFrenchPageWithoutStackTrace() throws Exception {
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            HttpResponse<String> r = server.get(c, "/pas-de-page", "Accept", "text/html");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("Page introuvable").doesNotContain("Exception", "at org.");
        }
    }

    @Nested
    class Imports {

        @Test
        void apiUploadListsTheBadLine() throws Exception {
            HttpResponse<String> r = apiUpload(TestServer.OFFICER, TestServer.OFFICER_PASSWORD, "sales",
                    "ventes-2024-03.csv", TestServer.salesWithOneBadLine("Carottes nouvelles"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            JsonNode file = new ObjectMapper().readTree(r.body()).get("files").get(0);
            assertThat(file.get("file").asString()).isEqualTo("ventes-2024-03.csv");
            assertThat(file.get("status").asString()).isEqualTo("LOADED");
            JsonNode bad = file.get("rejections").get(0);
            assertThat(bad.get("line").asLong()).isEqualTo(4);
            assertThat(bad.get("column").asString()).isEqualTo("montant_ht");
            assertThat(bad.get("value").asString()).isEqualTo("12,5O");
            assertThat(bad.get("code").asString()).isEqualTo("NUMBER_FORMAT");
        }

        @Test
        void anXlsxUploadKeepsItsSheetRowNumbers() throws Exception {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                var sheet = wb.createSheet("Ventes");
                String[][] rows = {TestServer.SALES_HEADER.split(";"),
                        {"10/06/2024", "X1", "1", "C1", "P1", "Cerises", "FRUITS_ET_LEGUMES", "2", "kg", "14,00"},
                        {"11/06/2024", "X1", "2", "C1", "P1", "Cerises", "FRUITS_ET_LEGUMES", "2", "kg", "quatorze"}};
                for (int i = 0; i < rows.length; i++) {
                    var row = sheet.createRow(i);
                    for (int j = 0; j < rows[i].length; j++) {
                        row.createCell(j).setCellValue(rows[i][j]);
                    }
                }
                wb.write(bytes);
            }
            HttpResponse<String> r = apiUpload(TestServer.OFFICER, TestServer.OFFICER_PASSWORD, "sales", "ventes-juin.xlsx",
                    bytes.toByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode file = new ObjectMapper().readTree(r.body()).get("files").get(0);
            assertThat(file.get("accepted").asLong()).isEqualTo(1);
            assertThat(file.get("rejections").get(0).get("line").asLong()).isEqualTo(3);
            assertThat(file.get("rejections").get(0).get("value").asString()).isEqualTo("quatorze");
        }

        @Test
        void theFundingLedgerIsImportedThroughTheApiToo() throws Exception {
            var files = fr.impact.ingestion.demo.DemoDataSet.write(dir.resolve("demo-funding"), 7, java.time.YearMonth.of(2019, 12));
            assertThat(files.funding()).isNotEmpty();
            for (Path ledger : files.funding()) {
                HttpResponse<String> r = apiUpload(TestServer.OFFICER, TestServer.OFFICER_PASSWORD, "funding",
                        ledger.getFileName().toString(), java.nio.file.Files.readAllBytes(ledger));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                JsonNode first = new ObjectMapper().readTree(r.body()).get("files").get(0);
                assertThat(first.get("kind").asString()).isEqualTo("funding");
                assertThat(first.get("file").asString()).startsWith(ledger.getFileName().toString());
            }
        }

        @Test
        void aFileRefusedAsAWholeGets422WithTheSameDocument() throws Exception {
            byte[] noAmount = "date;facture;ligne\n15/03/2024;F1;1\n".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = apiUpload(TestServer.OFFICER, TestServer.OFFICER_PASSWORD, "sales", "incomplet.csv",
                    noAmount);
            assertThat(r.statusCode()).isEqualTo(422);
            JsonNode file = new ObjectMapper().readTree(r.body()).get("files").get(0);
            assertThat(file.get("status").asString()).isEqualTo("REFUSED");
            assertThat(file.get("error").get("code").asString()).isNotBlank();
        }

        @Test
        void theRecordedNameIsTheOriginalNameWithoutItsPath() throws Exception {
            byte[] content = (TestServer.SALES_HEADER + "\n01/02/2024;G9;1;C1;P1;Pommes;FRUITS_ET_LEGUMES;1;kg;3,00\n")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = apiUpload(TestServer.OFFICER, TestServer.OFFICER_PASSWORD, "sales",
                    "../../etc/ventes-fevrier.csv", content);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(r.body()).get("files").get(0).get("file").asString())
                    .isEqualTo("ventes-fevrier.csv");
        }

        @Test
        void anOfficerUploadsThroughThePageAndSeesEveryRejectedLine() throws Exception {
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            HttpResponse<String> page = server.get(c, "/imports");
            byte[] content = (TestServer.SALES_HEADER + "\n"
                    + "02/04/2024;H1;1;C1;P1;Poireaux;FRUITS_ET_LEGUMES;3;kg;7,50\n"
                    + "31/02/2024;H1;2;C1;P1;Poireaux;FRUITS_ET_LEGUMES;3;kg;7,50\n"
                    + "03/04/2024;H2;1;C1;P1;Radis;FRUITS_ET_LEGUMES;1;kg;abc\n").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = server.postMultipart(c, "/imports",
                    Map.of("kind", "sales", "_csrf", TestServer.csrf(page.body())), "ventes-avril.csv", content);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("ventes-avril.csv", "Fichier chargé", "Lignes rejetées", "31/02/2024", "abc",
                    "montant_ht");
            long id = new ObjectMapper().readTree(server.get(HttpClient.newHttpClient(), "/api/indicators",
                    "Authorization", basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD)).body()).size();
            assertThat(id).isPositive();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("/imports/(\\d+)/rejets\\.csv").matcher(r.body());
            assertThat(m.find()).isTrue();
            HttpResponse<String> csv = server.get(c, "/imports/" + m.group(1) + "/rejets.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
            assertThat(csv.body()).contains("ligne;colonne;valeur;code;message", "3;", "4;montant_ht;abc;");
        }

        @Test
        void anOfficerCanUndoAnImport() throws Exception {
            byte[] content = (TestServer.SALES_HEADER + "\n05/05/2024;U1;1;C1;P1;Fraises;FRUITS_ET_LEGUMES;1;kg;9,00\n")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> up = apiUpload(TestServer.OFFICER, TestServer.OFFICER_PASSWORD, "sales", "mai.csv", content);
            long id = new ObjectMapper().readTree(up.body()).get("files").get(0).get("import_id").asLong();
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            String token = TestServer.csrf(server.get(c, "/imports").body());
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(server.url("/imports/" + id + "/annuler")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(server.get(c, "/imports").body()).contains("Import n° " + id + " (mai.csv) annulé");
            assertThat(server.get(c, "/imports/" + id + "/annuler").statusCode()).as("no confirmation for an undone import")
                    .isEqualTo(302);
        }
    }

    @Test
    void pagesShowFrenchFigures() throws Exception {
        apiUpload(TestServer.OFFICER, TestServer.OFFICER_PASSWORD, "sales", "ventes-2024-03.csv",
                TestServer.salesWithOneBadLine());
        HttpClient c = TestServer.browser();
        server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
        HttpResponse<String> overview = server.get(c, "/?du=2024-03-01&au=2024-03-31");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Vue d’ensemble", "Ventes du pôle", "objectif 20 %", "01/03/2024");
        // th:text writes the apostrophe as &#39;
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(server.get(c, "/qualite").body()))
                .contains("Producteurs d'origine inconnue");
    }

    @Test
    void apiIndicatorsEqualTheCommandLineDocument(@TempDir Path other) throws Exception {
        String api;
        try (TestServer s = new TestServer(other)) {
            s.postMultipart(HttpClient.newHttpClient(), "/api/imports/sales", Map.of(), "ventes.csv",
                    TestServer.salesWithOneBadLine(), "Authorization", basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD));
            api = s.get(HttpClient.newHttpClient(), "/api/indicators?from=2024-03-01&to=2024-03-31",
                    "Authorization", basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD)).body();
        }
        StringWriter out = new StringWriter();
        int exit = ImpactCli.run(new String[] {"--db", other.resolve("impact.duckdb").toString(), "indicators",
                "--from", "2024-03-01", "--to", "2024-03-31", "--json"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(exit).isZero();
        assertThat(api).isEqualTo(out.toString().strip());
        assertThat(new ObjectMapper().readTree(api).get("sales").get("lines").asLong()).isEqualTo(3);
    }

    @Test
    void apiFundingEqualsTheCommandLineDocument(@TempDir Path other) throws Exception {
        String api;
        String unknown;
        try (TestServer s = new TestServer(other, store -> {
            var files = fr.impact.ingestion.demo.DemoDataSet.write(other.resolve("demo"), 42, java.time.YearMonth.of(2020, 12));
            var importer = new fr.impact.ingestion.Importer(store);
            for (Path ledger : files.funding()) {
                importer.importAll(fr.impact.ingestion.ImportKind.FUNDING, ledger, fr.impact.ingestion.ImportOptions.defaults());
            }
        })) {
            api = s.get(HttpClient.newHttpClient(), "/api/funding",
                    "Authorization", basic(TestServer.ELECTED, TestServer.ELECTED_PASSWORD)).body();
            unknown = String.valueOf(s.get(HttpClient.newHttpClient(), "/api/funding?project=Autre",
                    "Authorization", basic(TestServer.ELECTED, TestServer.ELECTED_PASSWORD)).statusCode());
        }
        StringWriter out = new StringWriter();
        int exit = ImpactCli.run(new String[] {"--db", other.resolve("impact.duckdb").toString(), "funding", "--json"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(exit).isZero();
        assertThat(api).isEqualTo(out.toString().strip());
        assertThat(new ObjectMapper().readTree(api).get("projects")).isNotEmpty();
        assertThat(unknown).isEqualTo("404");
    }
}
