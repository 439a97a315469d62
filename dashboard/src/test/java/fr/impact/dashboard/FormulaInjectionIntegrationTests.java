package fr.impact.dashboard;

import static fr.impact.dashboard.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/**
 * Names that a spreadsheet would run as formulas ({@code =HYPERLINK(…)}, {@code +cmd|…},
 * {@code @SUM(…)}, …) go in through the ordinary imports, accepted and rejected lines alike;
 * every CSV and XLSX the dashboard hands out must keep them as inert text: CSV fields get a
 * leading apostrophe, XLSX cells are text cells with Excel's "quote prefix" (the reports
 * module's convention, {@code XlsxSheet}), never formulas.
 */
class FormulaInjectionIntegrationTests {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String CMD = "+cmd|' /C calc'!A0";
    static final String AT = "@SUM(1+1)";
    static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    static final String TAB = "\t=1+1";
    static final String CR = "\r=2+2";
    /** What a spreadsheet takes for the start of a formula (OWASP), full-width forms included. */
    static final String FORMULA_START = "=+-@\t\r＝＋－＠";
    /** A number is not a formula: a credit note's {@code -12.50} stays as it is. */
    static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    @TempDir
    static Path dir;

    static TestServer server;
    static long salesImport;

    /** A CSV field holding {@code s}, quoted. */
    static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** A 14-digit SIRET whose Luhn key is right, from a 13-digit stem. */
    static String siret(String stem) {
        for (int d = 0; d <= 9; d++) {
            String s = stem + d;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int v = s.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    v *= 2;
                    if (v > 9) {
                        v -= 9;
                    }
                }
                sum += v;
            }
            if (sum % 10 == 0) {
                return s;
            }
        }
        throw new AssertionError();
    }

    static HttpResponse<String> upload(String kind, String name, String content) throws Exception {
        HttpResponse<String> r = server.postMultipart(HttpClient.newHttpClient(), "/api/imports/" + kind, Map.of(), name,
                content.getBytes(StandardCharsets.UTF_8), "Authorization", basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD));
        assertThat(r.statusCode()).as(kind + ": " + r.body()).isEqualTo(200);
        return r;
    }

    @BeforeAll
    static void importHostileNames() throws Exception {
        server = new TestServer(dir);
        upload("territory", "territoire.csv", "code;niveau;nom\n61;PARC;Orne\n28;PROCHE;Eure-et-Loir\n");
        upload("producers", "producteurs.csv", String.join("\n", "producteur_id;nom;commune_insee",
                "P1;" + q(HYPERLINK) + ";61293", "P2;" + q(AT) + ";61038", ""));
        upload("buyers", "clients.csv", String.join("\n", "client_id;nom;type;siret;commune_insee",
                "C1;" + q(CMD) + ";RESTAURATION_SCOLAIRE;" + siret("7328293200007") + ";61345",
                "C2;" + q(MINUS) + ";RESTAURATION_SCOLAIRE;" + siret("1234567890123") + ";61230", ""));
        String header = "date;facture;ligne;client_id;client_nom;producteur_id;producteur_nom;produit;famille;quantite;unite;"
                + "montant_ht;labels";
        HttpResponse<String> sales = upload("sales", "=ventes(1).csv", String.join("\n", header,
                "04/03/2024;F1;1;C1;" + q(CMD) + ";P1;" + q(HYPERLINK) + ";" + q(HYPERLINK) + ";FRUITS_ET_LEGUMES;10;kg;40,00;BIO",
                "04/03/2024;F1;2;C1;" + q(CMD) + ";P2;" + q(AT) + ";" + q(CMD) + ";FRUITS_ET_LEGUMES;5;kg;12,50;",
                "05/03/2024;F2;1;C2;" + q(MINUS) + ";P1;;" + q(AT) + ";PRODUITS_LAITIERS;2;kg;8,00;BIO",
                "05/03/2024;F2;2;C2;;P2;;" + q(MINUS) + ";PRODUITS_LAITIERS;-2;kg;-3,00;",
                "06/03/2024;F3;1;C1;;P1;;" + q(TAB) + ";FRUITS_ET_LEGUMES;1;kg;5,00;",
                "06/03/2024;F3;2;C1;;P1;;" + q(CR) + ";FRUITS_ET_LEGUMES;1;kg;5,00;",
                // rejected lines: their raw text is kept and listed
                "07/03/2024;F4;1;C1;;P1;;Poireaux;FRUITS_ET_LEGUMES;1;kg;" + q("=1+1") + ";",
                q(AT) + ";F4;2;C1;;P1;;" + q(HYPERLINK) + ";FRUITS_ET_LEGUMES;1;kg;2,00;",
                "08/03/2024;F4;3;C1;;P1;;Navets;" + q(CMD) + ";1;kg;2,00;",
                "09/03/2024;F4;4;C1;;P1;;Radis;FRUITS_ET_LEGUMES;" + q(MINUS) + ";kg;2,00;", ""));
        var file = new ObjectMapper().readTree(sales.body()).get("files").get(0);
        salesImport = file.get("import_id").asLong();
        assertThat(file.get("rejected").asLong()).as(file.toString()).isEqualTo(4);
        upload("funding", "financements.csv", String.join("\n", "financeur;type;dispositif;montant_attribue;debut;fin",
                "FEADER;PUBLIC_UE;" + q(HYPERLINK) + ";9000;01/01/2024;31/12/2024", ""));
        upload("funding", "depenses.csv", String.join("\n",
                "date;poste;libelle;fournisseur;reference;montant_ht;date_paiement;demande",
                "10/02/2024;PRESTATIONS;" + q(HYPERLINK) + ";" + q(AT) + ";" + q(CMD) + ";1000,00;20/02/2024;SOLDE",
                "11/02/2024;PRESTATIONS;" + q(MINUS) + ";" + q(TAB) + ";F2;250,00;21/02/2024;SOLDE", ""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static byte[] download(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", basic(TestServer.ELECTED, TestServer.ELECTED_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r.body();
    }

    /** The files of a download: itself, or each entry of a ZIP. */
    static Map<String, byte[]> files(String path) throws Exception {
        byte[] body = download(path);
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (body.length > 1 && body[0] == 'P' && body[1] == 'K' && !path.contains(".xlsx")) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    zip.transferTo(b);
                    out.put(e.getName(), b.toByteArray());
                }
            }
            if (out.keySet().stream().anyMatch(n -> n.startsWith("xl/"))) {
                // not a ZIP of files: an XLSX itself
                out.clear();
                out.put(path + ".xlsx", body);
            }
        } else {
            out.put(path, body);
        }
        return out;
    }

    /** The fields of a CSV (RFC 4180 quoting; {@code ;} or {@code ,} as the header shows). */
    static List<String> csvFields(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = t.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(ch -> ch == ';').count() >= firstLine.chars().filter(ch -> ch == ',').count()
                ? ';' : ',';
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"' && f.length() == 0) {
                quoted = true;
            } else if (ch == delimiter || ch == '\n') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (ch == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                // CRLF: the LF ends the field
            } else {
                f.append(ch);
            }
        }
        if (f.length() > 0) {
            fields.add(f.toString());
        }
        return fields;
    }

    static boolean dangerous(String value) {
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
    }

    /** Checks every field of a CSV; returns the fields neutralised by a leading apostrophe. */
    static List<String> assertInertCsv(String name, byte[] content) {
        List<String> fields = csvFields(new String(content, StandardCharsets.UTF_8));
        assertThat(fields).as(name + ": fields that a spreadsheet would run").noneMatch(FormulaInjectionIntegrationTests::dangerous);
        return fields.stream().filter(v -> v.length() > 1 && v.charAt(0) == '\'' && dangerous(v.substring(1)))
                .map(v -> v.substring(1)).toList();
    }

    /** Checks every cell of a workbook; returns the texts shown with a quote prefix. */
    static List<String> assertInertXlsx(String name, byte[] content) throws Exception {
        List<String> quoted = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = name + " › " + sheet.getSheetName() + "!" + cell.getAddress();
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).as(where + ": only the workbook's own totals are formulas")
                                    .matches("(SUM|SUBTOTAL)\\([0-9A-Z:,$ ]+\\)|[0-9.]+");
                        } else if (cell.getCellType() == CellType.STRING && dangerous(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(where + " « " + cell.getStringCellValue()
                                    + " » is text with a quote prefix").isTrue();
                            quoted.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return quoted;
    }

    @Test
    void theRejectedLinesCsvNeutralisesTheRawText() throws Exception {
        byte[] csv = download("/imports/" + salesImport + "/rejets.csv");

        List<String> neutralised = assertInertCsv("rejets.csv", csv);

        // the rejected lines' raw values, each kept exactly after its apostrophe ("-2+3+…" is no number)
        assertThat(neutralised).contains("=1+1", AT, CMD, MINUS);
    }

    @Test
    void theMaCantinePurchaseFilesNeutraliseNames() throws Exception {
        Map<String, byte[]> files = files("/rapports/achats?year=2024");
        List<String> neutralised = new ArrayList<>();
        for (var f : files.entrySet()) {
            neutralised.addAll(assertInertCsv(f.getKey(), f.getValue()));
        }
        assertThat(files).hasSize(2);
        // "product — producer": the product's text comes first in the description
        assertThat(neutralised).anySatisfy(v -> assertThat(v).startsWith(HYPERLINK + " — "));
        assertThat(neutralised).anySatisfy(v -> assertThat(v).startsWith(MINUS));
    }

    @Test
    void everyXlsxReportKeepsHostileNamesAsQuotedText() throws Exception {
        Map<String, List<String>> quotedByReport = new LinkedHashMap<>();
        for (String path : List.of("/rapports/feader?year=2024", "/rapports/region?year=2024",
                "/rapports/canteen?year=2024&buyer=C1", "/api/reports/canteen?year=2024&buyer=C2")) {
            List<String> quoted = new ArrayList<>();
            int workbooks = 0;
            for (var f : files(path).entrySet()) {
                if (f.getKey().endsWith(".xlsx")) {
                    workbooks++;
                    quoted.addAll(assertInertXlsx(f.getKey(), f.getValue()));
                } else if (f.getKey().endsWith(".csv")) {
                    assertInertCsv(f.getKey(), f.getValue());
                }
            }
            assertThat(workbooks).as(path + " holds a workbook").isPositive();
            quotedByReport.put(path, quoted);
        }
        // not vacuous: the hostile names reached the workbooks
        assertThat(quotedByReport.get("/rapports/feader?year=2024")).contains(HYPERLINK, AT, CMD, MINUS);
        assertThat(quotedByReport.get("/rapports/canteen?year=2024&buyer=C1")).contains(CMD);
        assertThat(quotedByReport.get("/api/reports/canteen?year=2024&buyer=C2")).contains(MINUS);
        assertThat(quotedByReport.get("/rapports/region?year=2024")).contains("=ventes(1).csv");
    }
}
