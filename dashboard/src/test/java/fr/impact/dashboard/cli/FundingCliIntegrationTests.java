package fr.impact.dashboard.cli;

import fr.impact.dashboard.cli.CliRun.Result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ingest funding} and {@code funding} as scripts use them: exit codes and the JSON of CLI.md. */
class FundingCliIntegrationTests {

    @TempDir
    Path dir;

    Result run(String... args) {
        return CliRun.run(dir.resolve("impact.duckdb"), args);
    }

    Path file(String name, String... lines) throws Exception {
        return CliRun.file(dir, name, lines);
    }

    // 100 000 awarded, 80 000 public (FEADER 50 000 + Région 30 000): public rate 0.8
    Path grants() throws Exception {
        return file("financements.csv", "financeur;type;dispositif;montant_attribue;date_decision;debut;fin",
                "FEADER;PUBLIC_UE;16.4;50 000;15/11/2017;01/01/2017;31/12/2019",
                "Région Normandie;PUBLIC_REGION;;30 000;02/03/2017;01/01/2017;31/12/2019",
                "Autofinancement;AUTOFINANCEMENT;;20 000;;01/01/2017;31/12/2019");
    }

    // 30 000 spent (eligible 31 000): 30 000 / 100 000 = 0.3
    Path expenditures() throws Exception {
        return file("depenses.csv", "date;poste;libelle;reference;montant_ht;date_paiement;montant_ttc;tva_recuperable;demande",
                "31/03/2017;PERSONNEL;Salaire;P1;10 000;31/03/2017;;;ACOMPTE 1",
                "15/05/2017;PRESTATIONS;Étude;F1;5 000;30/06/2017;6 000;non;ACOMPTE 1",
                "30/09/2017;PERSONNEL;Salaire;P2;15 000;30/09/2017;;;SOLDE");
    }

    // 20 000 received; 30/06/2017: 5 000 out and 10 000 in on the same day
    Path payments() throws Exception {
        return file("versements.csv", "date;financeur;montant;nature",
                "30/06/2017;Région Normandie;10 000;AVANCE",
                "15/03/2018;FEADER;10 000;ACOMPTE");
    }

    @Test
    void ingestFundingReportsEachFileWithTheContractKeys() throws Exception {
        Result r = run("ingest", "funding", grants().toString(), expenditures().toString(), payments().toString(), "--json");

        assertThat(r.exit()).isZero();
        JsonNode files = r.json().get("files");
        assertThat(files).hasSize(3);
        for (JsonNode f : files) {
            assertThat(f.get("kind").asString()).isEqualTo("funding");
            assertThat(f.get("status").asString()).isEqualTo("LOADED");
            assertThat(f.get("rejected").asInt()).isZero();
            assertThat(f.get("error").isNull()).isTrue();
            assertThat(f.has("rejections")).isTrue();
            assertThat(f.has("warnings")).isTrue();
            assertThat(f.has("replaced")).isTrue();
        }
        assertThat(files.get(0).get("file").asString()).isEqualTo("financements.csv");
        assertThat(files.get(0).get("accepted").asInt()).isEqualTo(3);
        assertThat(files.get(1).get("accepted").asInt()).isEqualTo(3);
        assertThat(files.get(2).get("accepted").asInt()).isEqualTo(2);

        Result again = run("ingest", "funding", grants().toString(), "--json");
        assertThat(again.json().get("files").get(0).get("status").asString()).isEqualTo("UNCHANGED");
    }

    @Test
    void ingestFundingQuarantinesBadRowsAndRefusesAnUnknownFile() throws Exception {
        Path bad = file("versements.csv", "date;financeur;montant;nature",
                "30/06/2017;Région Normandie;10 000;AVANCE",
                "31/06/2017;FEADER;10 000;ACOMPTE");
        Path unknown = file("notes.csv", "date;commentaire", "01/01/2018;rien");

        Result r = run("ingest", "funding", bad.toString(), unknown.toString(), "--json");

        assertThat(r.exit()).isEqualTo(2);
        JsonNode first = r.json().get("files").get(0);
        assertThat(first.get("accepted").asInt()).isEqualTo(1);
        assertThat(first.get("rejected").asInt()).isEqualTo(1);
        JsonNode rejection = first.get("rejections").get(0);
        assertThat(rejection.get("line").asInt()).isEqualTo(3);
        assertThat(rejection.get("column").asString()).isEqualTo("date");
        assertThat(rejection.get("value").asString()).isEqualTo("31/06/2017");
        assertThat(rejection.get("code").asString()).isEqualTo("DATE_FORMAT");
        JsonNode second = r.json().get("files").get(1);
        assertThat(second.get("status").asString()).isEqualTo("REFUSED");
        assertThat(second.get("error").get("code").asString()).isEqualTo("UNKNOWN_FUNDING_FILE");
        assertThat(second.get("error").get("message").asString()).contains("montant_attribue").contains("date, commentaire");
    }

    @Test
    void aWorkbookGivesOneEntryPerSheet() throws Exception {
        Path file = dir.resolve("programme.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sheet(wb.createSheet("financements"), date, new Object[][] {
                {"financeur", "type", "montant_attribue", "debut", "fin"},
                {"FEADER", "PUBLIC_UE", 50000, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)}});
            sheet(wb.createSheet("depenses"), date, new Object[][] {
                {"date", "poste", "montant_ht"},
                {LocalDate.of(2017, 3, 31), "PERSONNEL", 10000}});
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        Result r = run("ingest", "funding", file.toString(), "--json");

        assertThat(r.exit()).isZero();
        JsonNode files = r.json().get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("file").asString()).isEqualTo("programme.xlsx#financements");
        assertThat(files.get(1).get("file").asString()).isEqualTo("programme.xlsx#depenses");
        assertThat(files.get(1).get("accepted").asInt()).isEqualTo(1);
    }

    static void sheet(Sheet s, CellStyle date, Object[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            Row row = s.createRow(i);
            for (int j = 0; j < rows[i].length; j++) {
                Object v = rows[i][j];
                if (v instanceof LocalDate d) {
                    row.createCell(j).setCellValue(d);
                    row.getCell(j).setCellStyle(date);
                } else if (v instanceof Number n) {
                    row.createCell(j).setCellValue(n.doubleValue());
                } else {
                    row.createCell(j).setCellValue((String) v);
                }
            }
        }
    }

    @Test
    void fundingJsonHasExactlyTheContractKeysAndValues() throws Exception {
        run("ingest", "funding", grants().toString(), expenditures().toString(), payments().toString());

        Result r = run("funding", "--json");

        assertThat(r.exit()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode doc = r.json();
        assertThat(doc.propertyNames()).containsExactly("projects");
        JsonNode p = doc.get("projects").get(0);
        assertThat(p.propertyNames()).contains("name", "total_budget", "public_awarded", "public_rate", "by_funder",
                "spent", "received", "consumption_rate", "max_treasury_gap", "max_treasury_gap_date",
                "leverage_sales", "leverage_local_producers");
        assertThat(p.get("name").asString()).isEqualTo("default");
        // amounts with 2 decimals, ratios with 4, written as such
        assertThat(r.out()).contains("\"total_budget\": 100000.00", "\"public_awarded\": 80000.00",
                "\"public_rate\": 0.8000", "\"spent\": 30000.00", "\"received\": 20000.00",
                "\"consumption_rate\": 0.3000");
        JsonNode feader = p.get("by_funder").get(0);
        assertThat(feader.propertyNames()).contains("funder", "type", "awarded", "received", "budget_share");
        assertThat(feader.get("funder").asString()).isEqualTo("FEADER");
        assertThat(feader.get("type").asString()).isEqualTo("PUBLIC_UE");
        assertThat(feader.get("awarded").decimalValue()).isEqualByComparingTo("50000");
        assertThat(feader.get("received").decimalValue()).isEqualByComparingTo("10000");
        assertThat(feader.get("budget_share").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(feader.get("received_to_awarded").decimalValue()).isEqualByComparingTo("0.2");
        // the gap: 31/03 +10 000 → 10 000; 30/06 +5 000 −10 000 → 5 000; 30/09 +15 000 → 20 000;
        // 15/03/2018 −10 000 → 10 000: maximum 20 000 on 30/09/2017
        assertThat(p.get("max_treasury_gap").decimalValue()).isEqualByComparingTo("20000");
        assertThat(p.get("max_treasury_gap_date").asString()).isEqualTo("2017-09-30");
        assertThat(p.get("treasury_gap").get(1).get("gap").decimalValue()).isEqualByComparingTo("5000");
        // no sales: leverage 0 per public euro; claims with eligible totals
        assertThat(p.get("leverage_sales").decimalValue()).isEqualByComparingTo("0");
        assertThat(p.get("leverage_local_producers").decimalValue()).isEqualByComparingTo("0");
        JsonNode claim = p.get("claims").get(0);
        assertThat(claim.get("claim").asString()).isEqualTo("ACOMPTE 1");
        assertThat(claim.get("eligible").decimalValue()).isEqualByComparingTo("16000");
        assertThat(p.get("warnings")).isEmpty();
    }

    @Test
    void zeroDenominatorsAreNullAndAnEmptyLedgerHasNoProject() throws Exception {
        assertThat(run("funding", "--json").out().strip()).isEqualTo("{\"projects\": []}");
        run("ingest", "funding", file("v.csv", "date;financeur;montant;nature", "01/02/2018;FEADER;1000;AVANCE").toString());

        JsonNode p = run("funding", "--json").json().get("projects").get(0);

        assertThat(p.get("total_budget").decimalValue()).isEqualByComparingTo("0");
        assertThat(p.get("public_rate").isNull()).isTrue();
        assertThat(p.get("consumption_rate").isNull()).isTrue();
        assertThat(p.get("leverage_sales").isNull()).isTrue();
        assertThat(p.get("leverage_local_producers").isNull()).isTrue();
        assertThat(p.get("max_treasury_gap").decimalValue()).isEqualByComparingTo("0");
        assertThat(p.get("max_treasury_gap_date").isNull()).isTrue();
        assertThat(p.get("by_funder").get(0).get("received_to_awarded").isNull()).isTrue();
        assertThat(p.get("warnings").get(0).get("code").asString()).isEqualTo("PAYMENT_WITHOUT_GRANT");
    }

    @Test
    void projectChoosesOneAndAnUnknownProjectExitsWithTwo() throws Exception {
        run("ingest", "funding", file("f.csv", "projet;financeur;type;montant_attribue;debut;fin",
                "Cantines;DRAAF;PUBLIC_ETAT;1000;01/01/2020;31/12/2020",
                "MIL Perche;FEADER;PUBLIC_UE;2000;01/01/2020;31/12/2020").toString());

        Result one = run("funding", "--project", "mil perche", "--json");
        Result unknown = run("funding", "--project", "Autre");

        assertThat(one.json().get("projects")).hasSize(1);
        assertThat(one.json().get("projects").get(0).get("name").asString()).isEqualTo("MIL Perche");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Autre").contains("Cantines, MIL Perche");
    }

    @Test
    void theHumanTableIsInFrench() throws Exception {
        run("ingest", "funding", grants().toString(), expenditures().toString(), payments().toString());

        Result r = run("funding");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Budget total").contains("100\u202F000,00\u00A0€")
                .contains("taux 80,0\u00A0%").contains("Écart de trésorerie maximal")
                .contains("le 30/09/2017").containsPattern("\n  ACOMPTE 1 +15\u202F000,00\u00A0€ +16\u202F000,00\u00A0€");
    }

    @Test
    void theDemoHasThePark2017To2020Programme() throws Exception {
        Result demo = run("demo", "--until", "2021-12", "--json");
        assertThat(demo.exit()).isZero();

        JsonNode p = run("funding", "--json").json().get("projects").get(0);

        assertThat(p.get("name").asString()).isEqualTo("MIL Perche 2017-2020");
        assertThat(p.get("total_budget").decimalValue()).isEqualByComparingTo("195000");
        assertThat(p.get("public_awarded").decimalValue()).isEqualByComparingTo("165000");
        assertThat(p.get("public_rate").decimalValue()).isEqualByComparingTo("0.8462");
        assertThat(p.get("spent").decimalValue()).isEqualByComparingTo("194930");
        assertThat(p.get("received").decimalValue()).isEqualByComparingTo("176967.69");
        assertThat(p.get("max_treasury_gap").decimalValue()).isEqualByComparingTo("64310");
        assertThat(p.get("max_treasury_gap_date").asString()).isEqualTo("2018-06-30");
        assertThat(p.get("by_funder").get(0).get("funder").asString()).isEqualTo("FEADER");
        assertThat(p.get("leverage_sales").decimalValue()).isPositive();
        assertThat(p.get("warnings")).isEmpty();
        // FEADER is paid last
        JsonNode series = p.get("treasury_gap");
        assertThat(series.get(series.size() - 1).get("date").asString()).isEqualTo("2021-10-14");
    }
}
