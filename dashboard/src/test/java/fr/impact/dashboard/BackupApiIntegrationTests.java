package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.backup.Backups;
import fr.impact.dashboard.backup.Manifest;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.store.Fingerprints;
import fr.impact.ingestion.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code POST /api/backup}: while the server holds the database, an officer backs it up through it. */
class BackupApiIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void anOfficerBacksTheRunningDatabaseUpAndTheBackupRestoresIdentically() throws Exception {
        try (TestServer server = new TestServer(dir, store -> {
            FileReport r = new Importer(store).importFile(ImportKind.SALES,
                    TestServer.write(dir, "ventes.csv", TestServer.salesWithOneBadLine()), ImportOptions.defaults());
            assertThat(r.accepted()).isEqualTo(3);
        })) {
            HttpClient c = HttpClient.newHttpClient();
            assertThat(post(server, c, null).statusCode()).isEqualTo(401);
            assertThat(post(server, c, TestServer.basic(TestServer.ELECTED, TestServer.ELECTED_PASSWORD)).statusCode())
                    .isEqualTo(403);
            HttpResponse<String> r = post(server, c, TestServer.basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode doc = new ObjectMapper().readTree(r.body());
            Path backup = Path.of(doc.get("directory").asString());
            assertThat(backup.getParent()).isEqualTo(dir.resolve("sauvegardes").toAbsolutePath());
            assertThat(backup.getFileName().toString()).matches("impact-\\d{4}-\\d{2}-\\d{2}-\\d{6}");

            Manifest m = Backups.check(backup);
            // three good lines of the file, the fourth quarantined; one import
            assertThat(m.tables()).filteredOn(t -> t.name().equals("sale_lines")).singleElement()
                    .extracting(Manifest.Table::rows).isEqualTo(3L);
            assertThat(m.tables()).filteredOn(t -> t.name().equals("quarantine_rows")).singleElement()
                    .extracting(Manifest.Table::rows).isEqualTo(1L);
            assertThat(m.tables()).filteredOn(t -> t.name().equals("imports")).singleElement()
                    .extracting(Manifest.Table::rows).isEqualTo(1L);

            // a second backup in the same second gets a directory of its own
            HttpResponse<String> again = post(server, c, TestServer.basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(again.body()).get("directory").asString()).isNotEqualTo(backup.toString());

            Path copy = dir.resolve("copie").resolve("impact.duckdb");
            new Backups("test", Clock.systemUTC()).restore(backup, copy, false, null);
            try (Store restored = Store.open(copy, null)) {
                assertThat(Fingerprints.of(restored.connection())).isEqualTo(Fingerprints.of(server.store.connection()));
            }
        }
    }

    private static HttpResponse<String> post(TestServer server, HttpClient c, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url("/api/backup")))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
