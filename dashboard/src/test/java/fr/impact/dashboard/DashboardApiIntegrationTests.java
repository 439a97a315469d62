package fr.impact.dashboard;

import static fr.impact.dashboard.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.cli.ImpactCli;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.demo.DemoDataSet;
import fr.impact.ingestion.store.Store;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reports, the territory benchmark, the API documentation and login throttling, on a real server over demo data. */
class DashboardApiIntegrationTests {

    static final Path OPEN_DATA = Path.of("/work/shared/peer/ma-cantine/opendata/campagne_td_2023.csv");

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, DashboardApiIntegrationTests::load);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Demo data up to December 2020, and ma-cantine's teledeclarations (the real open data when present). */
    static void load(Store store) throws Exception {
        Path demo = Files.createDirectories(store.file().resolveSibling("demo"));
        DemoDataSet.DemoFiles files = DemoDataSet.write(demo, 42, YearMonth.of(2020, 12));
        Importer importer = new Importer(store);
        ImportOptions options = ImportOptions.defaults();
        importer.importFile(ImportKind.TERRITORY, files.territory(), options);
        importer.importFile(ImportKind.PRODUCERS, files.producers(), options);
        importer.importFile(ImportKind.BUYERS, files.buyers(), options);
        for (Path sales : files.sales()) {
            importer.importFile(ImportKind.SALES, sales, options);
        }
        for (Path ledger : files.funding()) {
            importer.importAll(ImportKind.FUNDING, ledger, options);
        }
        importer.importFile(ImportKind.TELEDECLARATIONS, teledeclarations(demo), options);
    }

    static Path teledeclarations(Path dir) throws Exception {
        if (Files.isReadable(OPEN_DATA)) {
            return OPEN_DATA;
        }
        // 2023: PAT 1476 = A (0.30, 0.25: meets the targets) and B (0.10, 0.20); national bio = 0.15
        return TestServer.write(dir, "campagne_td_2023.csv", String.join("\n",
                "year,canteen_siret,canteen_name,canteen_city_insee_code,canteen_pat_list,canteen_department,"
                        + "teledeclaration_ratio_bio,teledeclaration_ratio_egalim_hors_bio",
                "2023,1,A,61001,1476,61,0.3000,0.2500", "2023,2,B,61002,\"1200,1476\",61,0.1000,0.2000",
                "2023,3,C,28001,,28,0.0500,0.0100", "").getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> download(String path, String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", basic(user, password)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String disposition(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Disposition").orElse("");
    }

    static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static JsonNode json(byte[] body) {
        return new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8));
    }

    @Nested
    class Reports {

        @Test
        void anElectedUserDownloadsTheBriefAsAPdfWithAFrenchName() throws Exception {
            HttpResponse<byte[]> r = download("/api/reports/brief?year=2020", TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(new String(r.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
            assertThat(disposition(r)).startsWith("attachment").contains("synthese-elus-2020.pdf");
        }

        @Test
        void aReportOfSeveralFilesComesAsAZip() throws Exception {
            HttpResponse<byte[]> r = download("/api/reports/region?year=2020", TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(disposition(r)).contains("bilan-region-2020").contains(".zip");
            assertThat(zipEntries(r.body())).containsExactlyInAnyOrder("region-2020.pdf", "region-2020.xlsx");
        }

        @Test
        void missingDataGets422WithAFrenchMessage() throws Exception {
            HttpResponse<byte[]> r = download("/api/reports/feader?year=2020&project=Projet%20inconnu",
                    TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            assertThat(r.statusCode()).isEqualTo(422);
            JsonNode error = json(r.body()).get("error");
            assertThat(error.get("code").asString()).isEqualTo("REPORT_DATA_MISSING");
            assertThat(error.get("message").asString()).isNotBlank();
        }

        @Test
        void badParametersGet400() throws Exception {
            for (String path : List.of("/api/reports/brief", "/api/reports/brief?year=deux-mille",
                    "/api/reports/brief?from=2020-05-01&to=2020-01-01", "/api/reports/inconnu?year=2020")) {
                HttpResponse<byte[]> r = download(path, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
                assertThat(r.statusCode()).as(path).isEqualTo(400);
                assertThat(json(r.body()).at("/error/code").asString()).as(path).isEqualTo("BAD_PARAMETER");
            }
        }

        @Test
        void anonymousDownloadsGet401() throws Exception {
            assertThat(server.get(HttpClient.newHttpClient(), "/api/reports/brief?year=2020").statusCode()).isEqualTo(401);
        }

        @Test
        void theReportsPageOffersAFormPerKindAndItsButtonsDownload() throws Exception {
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            HttpResponse<String> page = server.get(c, "/rapports");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Rapports", "Synthèse pour les élus", "Demande de paiement FEADER",
                    "Bilan pour la Région", "Rapport d’une cantine", "ma-cantine", "SOLDE", "<option value=\"2020\">");
            HttpResponse<byte[]> r = c.send(HttpRequest.newBuilder(URI.create(server.url("/rapports/brief?year=2020"))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(new String(r.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        }
    }

    @Test
    void theTerritoryPageSaysTheMeansAreUnweighted() throws Exception {
        HttpClient c = TestServer.browser();
        server.login(c, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
        HttpResponse<String> page = server.get(c, "/territoire");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cantines du territoire", "1476", "non pondérées", "2023");
    }

    @Test
    void apiEgalimTerritoryEqualsTheCommandLineDocument(@TempDir Path other) throws Exception {
        String api;
        try (TestServer s = new TestServer(other, store -> new Importer(store).importFile(ImportKind.TELEDECLARATIONS,
                teledeclarations(other), ImportOptions.defaults()))) {
            api = s.get(HttpClient.newHttpClient(), "/api/egalim-territory?pat=1476",
                    "Authorization", basic(TestServer.ELECTED, TestServer.ELECTED_PASSWORD)).body();
        }
        StringWriter out = new StringWriter();
        int exit = ImpactCli.run(new String[] {"--db", other.resolve("impact.duckdb").toString(), "egalim-territory",
                "--pat", "1476", "--json"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(exit).isZero();
        assertThat(api).isEqualTo(out.toString().strip());
        assertThat(new ObjectMapper().readTree(api).get("years")).isNotEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> r = server.get(HttpClient.newHttpClient(), "/v3/api-docs");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(r.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").propertyNames()).contains("/api/indicators", "/api/funding",
                "/api/egalim-territory", "/api/imports/{kind}", "/api/reports/{kind}");
        HttpClient c = TestServer.browser();
        server.login(c, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
        assertThat(server.get(c, "/api").body()).contains("API du tableau de bord", "/v3/api-docs");
    }

    @Test
    void fiveFailedLoginsLockTheUserNameForTenMinutes() throws Exception {
        HttpClient c = TestServer.browser();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = server.login(c, "admin", "mauvais-" + i);
            assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion?erreur"));
        }
        HttpResponse<String> locked = server.login(c, "admin", TestServer.ADMIN_PASSWORD);
        assertThat(locked.headers().firstValue("Location")).as("even the right password is refused")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/connexion?bloque"));
        assertThat(server.get(c, "/connexion?bloque").body()).contains("Trop de tentatives", "10 minutes");
        assertThat(server.get(HttpClient.newHttpClient(), "/api/indicators",
                "Authorization", basic("admin", TestServer.ADMIN_PASSWORD)).statusCode()).isEqualTo(401);
        HttpResponse<String> other = server.login(TestServer.browser(), TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
        assertThat(other.headers().firstValue("Location")).as("other users are not affected")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("erreur", "bloque"));
    }

    @Nested
    class FundingPage {

        @Test
        void officerAndElectedSeeTheDemoProgrammesFigures() throws Exception {
            for (String[] who : new String[][] {{TestServer.OFFICER, TestServer.OFFICER_PASSWORD},
                    {TestServer.ELECTED, TestServer.ELECTED_PASSWORD}}) {
                HttpClient c = TestServer.browser();
                server.login(c, who[0], who[1]);
                HttpResponse<String> r = server.get(c, "/financement");
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("Financement", "84,6\u00A0%", "64\u202F310,00\u00A0€", "30/06/2018",
                        "/financement/ecart-tresorerie.png", "alt=\"", "Par financeur", "Dépenses par poste");
            }
        }

        @Test
        void anUnknownProjectIsSaidNotSilentlyReplaced() throws Exception {
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            HttpResponse<String> r = server.get(c, "/financement?project=inexistant");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Aucun projet « inexistant »", "84,6\u00A0%");
            assertThat(server.get(c, "/financement").body()).doesNotContain("Aucun projet «");
        }

        @Test
        void theTreasuryGapChartIsAPng() throws Exception {
            HttpClient c = TestServer.browser();
            server.login(c, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            HttpResponse<byte[]> r = c.send(HttpRequest.newBuilder(URI.create(server.url("/financement/ecart-tresorerie.png")))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
            assertThat(r.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        }

        @Test
        void anonymousIsSentToTheLoginPage() throws Exception {
            HttpClient c = TestServer.browser();
            for (String path : List.of("/financement", "/financement/ecart-tresorerie.png")) {
                HttpResponse<String> r = server.get(c, path);
                assertThat(r.statusCode()).isEqualTo(302);
                assertThat(r.headers().firstValue("Location").orElse("")).contains("/connexion");
            }
        }
    }

    @Test
    void theOverviewShowsTheMonthlyLocalShareChartWithItsData() throws Exception {
        HttpClient c = TestServer.browser();
        server.login(c, TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
        HttpResponse<String> page = server.get(c, "/?annee=2020");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Part locale mois par mois", "/graphiques/part-locale.png?du=2020-01-01&amp;au=2020-12-31",
                "<details>", "Données du graphique");
        HttpResponse<byte[]> png = c.send(HttpRequest.newBuilder(
                URI.create(server.url("/graphiques/part-locale.png?du=2020-01-01&au=2020-12-31"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(png.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
