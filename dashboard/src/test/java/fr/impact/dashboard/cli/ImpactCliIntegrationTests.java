package fr.impact.dashboard.cli;

import fr.impact.dashboard.cli.CliRun.Result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command line as scripts use it: exit codes and exactly one JSON document (CLI.md). */
class ImpactCliIntegrationTests {

    static final String HEADER = "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht";

    @TempDir
    Path dir;

    Result run(String... args) {
        return CliRun.run(dir.resolve("impact.duckdb"), args);
    }

    Path file(String name, String... lines) throws Exception {
        return CliRun.file(dir, name, lines);
    }

    @Test
    void ingestJsonHasTheContractKeysAndLineNumbers() throws Exception {
        Path f = file("ventes-2024-03.csv", HEADER,
                "15/03/2024;F1;1;C1;P1;Carottes;AUTRES;1;kg;1,00",
                "15/03/2024;F1;2;C1;P1;Navets;AUTRES;1;kg;12,5O");

        Result r = run("ingest", "sales", f.toString(), "--json");

        assertThat(r.exit()).isZero();
        JsonNode file = r.json().get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo("ventes-2024-03.csv");
        assertThat(file.get("kind").asString()).isEqualTo("sales");
        assertThat(file.get("status").asString()).isEqualTo("LOADED");
        assertThat(file.get("accepted").asInt()).isEqualTo(1);
        assertThat(file.get("rejected").asInt()).isEqualTo(1);
        assertThat(file.get("replaced").asInt()).isZero();
        assertThat(file.get("warnings").asInt()).isZero();
        assertThat(file.get("error").isNull()).isTrue();
        JsonNode rej = file.get("rejections").get(0);
        assertThat(rej.get("line").asInt()).isEqualTo(3);
        assertThat(rej.get("column").asString()).isEqualTo("montant_ht");
        assertThat(rej.get("value").asString()).isEqualTo("12,5O");
        assertThat(rej.get("code").asString()).isEqualTo("NUMBER_FORMAT");
        assertThat(rej.get("message").asString()).contains("12,5O");

        Result again = run("ingest", "sales", f.toString(), "--json");
        assertThat(again.json().get("files").get(0).get("status").asString()).isEqualTo("UNCHANGED");
    }

    @Test
    void aRefusedFileExitsWithTwoAndSaysWhy() throws Exception {
        Path f = file("sans-montant.csv", "date;facture;ligne", "15/03/2024;F1;1");

        Result r = run("ingest", "sales", f.toString(), "--json");

        assertThat(r.exit()).isEqualTo(2);
        JsonNode file = r.json().get("files").get(0);
        assertThat(file.get("status").asString()).isEqualTo("REFUSED");
        assertThat(file.get("error").get("code").asString()).isEqualTo("MISSING_COLUMN");
        assertThat(file.get("error").get("message").asString()).contains("client_id").contains("date, facture, ligne");
    }

    @Test
    void severalFilesGiveOneDocumentAndTwoIfAnyIsRefused() throws Exception {
        Path good = file("a.csv", HEADER, "15/03/2024;F1;1;C1;P1;Carottes;AUTRES;1;kg;1,00");
        Path empty = file("b.csv", HEADER);

        Result r = run("ingest", "sales", good.toString(), empty.toString(), "--json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().get("files")).hasSize(2);
        assertThat(r.json().get("files").get(1).get("error").get("code").asString()).isEqualTo("EMPTY_FILE");
    }

    @Test
    void badArgumentsExitWithTwo() throws Exception {
        assertThat(run("ingest", "ventes", "x.csv").exit()).isEqualTo(2);
        assertThat(run("ingest", "sales").exit()).isEqualTo(2);
        assertThat(run("ingest", "sales", dir.resolve("absent.csv").toString()).exit()).isEqualTo(2);
        assertThat(run("nimportequoi").exit()).isEqualTo(2);
    }

    @Test
    void importsListsAndUndoRestores() throws Exception {
        Path v1 = file("v1.csv", HEADER, "15/03/2024;F1;1;C1;P1;Carottes;AUTRES;1;kg;1,00");
        Path v2 = file("v2.csv", HEADER, "15/03/2024;F1;1;C1;P1;Carottes;AUTRES;1;kg;2,00");
        run("ingest", "sales", v1.toString());
        JsonNode second = run("ingest", "sales", v2.toString(), "--json").json().get("files").get(0);
        assertThat(second.get("replaced").asInt()).isEqualTo(1);

        Result undo = run("imports", "undo", second.get("import_id").asString());
        assertThat(undo.exit()).isZero();
        assertThat(undo.out()).contains("annulé");

        JsonNode list = run("imports", "--json").json().get("imports");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("status").asString()).isEqualTo("UNDONE");
        assertThat(list.get(1).get("status").asString()).isEqualTo("LOADED");
        assertThat(run("imports", "undo", "999").exit()).isEqualTo(2);
        assertThat(run("imports", "undo", second.get("import_id").asString()).exit()).isEqualTo(2);
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        Path f = file("x.csv", HEADER, "15/03/2024;F1;1;C1;P1;Carottes;AUTRES;1;kg;abc");

        Result r = run("--lang", "en", "ingest", "sales", f.toString());

        assertThat(r.out()).contains("loaded").contains("is not a number");
    }

    @Test
    void saysInOneSentenceWhenAnotherProcessHoldsTheDatabase() throws Exception {
        Path db = dir.resolve("held.duckdb");
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), HoldDatabase.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(7), StandardCharsets.UTF_8)).isEqualTo("holding");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = ImpactCli.run(new String[] {"--db", db.toString(), "imports"}, new PrintWriter(out, true),
                    new PrintWriter(err, true));

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString().strip()).contains("ouverte par un autre processus").contains("bin/impact serve")
                    .doesNotContain("Exception").hasLineCount(1);
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    /** Holds a DuckDB file open read-write, as the running dashboard does. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
                System.out.print("holding");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
