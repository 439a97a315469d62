package fr.impact.reports.feader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.funding.ClaimFigures;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import fr.impact.reports.Fixture;
import fr.impact.reports.ReportDataException;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.format.French;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FEADER claim written from the hub of {@link Fixture} and a small funding ledger, read
 * back with POI and PDFBox. Worked out by hand:
 *
 * <pre>
 *   grants: FEADER (PUBLIC_UE) 90 000, Région Normandie 45 000, MIL Perche (self-financing) 15 000
 *           total 150 000, public 135 000 → public rate 90 %
 *   expenditures                       HT         TTC      VAT recov.  presented  claim
 *   31/03/2024 PERSONNEL  Salaire T1  6 800,00      —          —        6 800,00  ACOMPTE 1
 *   12/05/2024 PRESTATIONS Étude      9 600,00  11 520,00     non      11 520,00  ACOMPTE 1
 *   20/09/2024 PRESTATIONS Animation  1 000,50   1 200,60     oui       1 000,50  ACOMPTE 1
 *   05/12/2024 EQUIPEMENT Chambre    18 500,00  22 200,00     oui      18 500,00  SOLDE
 *   10/01/2025 COMMUNICATION Affiches   500,00      —          —          500,00  (outside 2024)
 *   2024: HT 35 900,50, presented 37 820,50; headings EQUIPEMENT 18 500 · PERSONNEL 6 800 ·
 *         PRESTATIONS 12 520,50 (HT 10 600,50)
 *   ACOMPTE 1: 31/03/2024 – 20/09/2024, presented 19 320,50
 *   payments: Région 13 500 (20/04/2024), FEADER 16 000 (22/11/2024), FEADER 30 000 (12/01/2025)
 *           received by 31/12/2024: 29 500
 * </pre>
 */
public class FeaderReportIntegrationTests {

    public static final String GRANTS = String.join("\n",
            "financeur;type;dispositif;montant_attribue;date_decision;debut;fin",
            "FEADER;PUBLIC_UE;PDR Basse-Normandie 2014-2020 — mesure 16.4;90 000,00;15/11/2023;01/01/2024;31/12/2025",
            "Région Normandie;PUBLIC_REGION;Impulsion filières;45000;02/03/2024;01/01/2024;31/12/2025",
            "MIL Perche;AUTOFINANCEMENT;;15 000;;01/01/2024;31/12/2025") + "\n";

    public static final String EXPENDITURES = String.join("\n",
            "date;poste;libelle;fournisseur;reference;montant_ht;date_paiement;montant_ttc;tva_recuperable;financeur;demande",
            "31/03/2024;PERSONNEL;Salaire T1;;PAIE-T1;6 800,00;31/03/2024;;;FEADER;ACOMPTE 1",
            "12/05/2024;PRESTATIONS;Étude logistique;=Bureau d'études;F-031;9600;15/06/2024;11520;non;FEADER;ACOMPTE 1",
            "20/09/2024;PRESTATIONS;Animation;Agence du Perche;-F77;1000,50;30/09/2024;1200,60;oui;FEADER;ACOMPTE 1",
            "05/12/2024;EQUIPEMENT;Chambre froide;Froid 61;F-889;18 500;;22200;oui;FEADER;SOLDE",
            "10/01/2025;COMMUNICATION;Affiches;Imprimerie;F-12;500;;;;FEADER;SOLDE") + "\n";

    public static final String PAYMENTS = String.join("\n",
            "date;financeur;montant;nature",
            "20/04/2024;Région Normandie;13 500;AVANCE",
            "22/11/2024;FEADER;16000;ACOMPTE",
            "12/01/2025;FEADER;30 000,00;SOLDE") + "\n";

    static final ParkConfig PARK = new ParkConfig("Parc naturel régional du Perche", "Parc naturel régional du Perche",
            "25610049800019", "Maison du Parc, Courboyer, 61340 Perche en Nocé", Optional.empty(), "1476",
            "METROPOLE", "default", 1L << 30, "1GB");

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void load() throws Exception {
        store = Fixture.load(dir);
        Importer importer = new Importer(store, Importer.Settings.defaults().withClock(Fixture.CLOCK));
        Fixture.ingest(importer, ImportKind.FUNDING, Fixture.write(dir, "financements.csv", GRANTS));
        Fixture.ingest(importer, ImportKind.FUNDING, Fixture.write(dir, "depenses.csv", EXPENDITURES));
        Fixture.ingest(importer, ImportKind.FUNDING, Fixture.write(dir, "versements.csv", PAYMENTS));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    FeaderReport.Files write(Period p, Optional<String> claim) throws Exception {
        return new FeaderReport(store.connection(), PARK).write(
                new ReportRequest(p, Filters.NONE, Optional.empty(), Fixture.GENERATED_ON, dir.resolve("out")), claim);
    }

    static XSSFWorkbook open(Path xlsx) throws Exception {
        return new XSSFWorkbook(xlsx.toFile());
    }

    static String words(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return French.plainSpaces(new PDFTextStripper().getText(d)).replaceAll("\\s+", " ");
        }
    }

    static Row rowStartingWith(XSSFSheet s, String label) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in " + s.getSheetName());
    }

    static BigDecimal number(Cell c) {
        return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    ProjectFunding project() throws Exception {
        var f = new Analytics(store.connection()).funding();
        return f.of(f.projects().get(0));
    }

    @Nested
    class Workbook {

        @Test
        void listsEveryExpenditureOfThePeriodWithSubtotalsPerHeadingAsFormulas() throws Exception {
            Path xlsx = write(Period.year(2024), Optional.empty()).xlsx();
            assertThat(xlsx.getFileName()).hasToString("feader-2024.xlsx");
            try (XSSFWorkbook wb = open(xlsx)) {
                XSSFSheet a = wb.getSheet("A. Dépenses");
                List<String> firstCells = new ArrayList<>();
                for (Row r : a) {
                    firstCells.add(r.getCell(0).getStringCellValue());
                }
                assertThat(firstCells).containsExactly("Poste", "EQUIPEMENT", "Sous-total EQUIPEMENT", "PERSONNEL",
                        "Sous-total PERSONNEL", "PRESTATIONS", "PRESTATIONS", "Sous-total PRESTATIONS",
                        "Total des dépenses");
                Row prestations = rowStartingWith(a, "Sous-total PRESTATIONS");
                assertThat(prestations.getCell(5).getCellFormula()).isEqualTo("SUBTOTAL(9,F6:F7)");
                assertThat(number(prestations.getCell(5))).isEqualByComparingTo("10600.50");
                assertThat(number(prestations.getCell(8))).isEqualByComparingTo("12520.50");
                Row total = rowStartingWith(a, "Total des dépenses");
                assertThat(total.getCell(8).getCellFormula()).isEqualTo("SUBTOTAL(9,I2:I8)");
                assertThat(number(total.getCell(5))).isEqualByComparingTo("35900.50");
                assertThat(number(total.getCell(8))).isEqualByComparingTo("37820.50");
                // VAT = TTC − HT; the non-recoverable VAT is presented
                Row etude = a.getRow(5);
                assertThat(etude.getCell(4).getStringCellValue()).isEqualTo("Étude logistique");
                assertThat(number(etude.getCell(6))).isEqualByComparingTo("1920.00");
                assertThat(number(etude.getCell(8))).isEqualByComparingTo("11520.00");
                // dates are dates, and the frozen header
                assertThat(DateUtil.isCellDateFormatted(etude.getCell(3))).isTrue();
                assertThat(etude.getCell(3).getLocalDateTimeCellValue().toLocalDate()).hasToString("2024-05-12");
                assertThat(a.getPaneInformation().isFreezePane()).isTrue();
                assertThat(a.getColumnWidth(1)).isGreaterThan(8 * 256);
            }
        }

        @Test
        void totalsEqualTheFundingApi() throws Exception {
            Path xlsx = write(Period.year(2024), Optional.empty()).xlsx();
            ProjectFunding p = project();
            // every 2024 expenditure, the funding API's claims minus the 2025 one (500,00)
            BigDecimal apiEligible = p.claims().stream().map(ClaimFigures::eligible)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).subtract(new BigDecimal("500.00"));
            try (XSSFWorkbook wb = open(xlsx)) {
                XSSFSheet header = wb.getSheet("Demande");
                assertThat(number(rowStartingWith(header, "Montant des dépenses présentées").getCell(1)))
                        .isEqualByComparingTo(apiEligible).isEqualByComparingTo("37820.50");
                assertThat(number(rowStartingWith(header, "Budget total de l'opération").getCell(1)))
                        .isEqualByComparingTo(p.totalBudget()).isEqualByComparingTo("150000");
                assertThat(rowStartingWith(header, "Taux d'aide publique").getCell(1).getNumericCellValue())
                        .isEqualTo(p.publicRate().orElseThrow().doubleValue()).isEqualTo(0.9);
                assertThat(rowStartingWith(header, "SIRET").getCell(1).getStringCellValue())
                        .isEqualTo("25610049800019");
                assertThat(rowStartingWith(header, "Dispositif").getCell(1).getStringCellValue())
                        .isEqualTo("PDR Basse-Normandie 2014-2020 — mesure 16.4");

                XSSFSheet d = wb.getSheet("D. Ressources");
                assertThat(number(rowStartingWith(d, "FEADER").getCell(5))).isEqualByComparingTo("16000");
                assertThat(rowStartingWith(d, "FEADER").getCell(6).getStringCellValue()).isEqualTo("22/11/2024");
                Row total = rowStartingWith(d, "Total des ressources");
                assertThat(total.getCell(3).getCellFormula()).isEqualTo("SUM(D2:D4)");
                assertThat(number(total.getCell(3))).isEqualByComparingTo(p.totalBudget());
                assertThat(number(total.getCell(5))).isEqualByComparingTo("29500");

                XSSFSheet b = wb.getSheet("B. Personnel");
                assertThat(number(rowStartingWith(b, "Total des frais de personnel").getCell(6)))
                        .isEqualByComparingTo("6800");
            }
        }

        @Test
        void indicatorsAreTheAnalyticsApis() throws Exception {
            Path xlsx = write(Period.year(2024), Optional.empty()).xlsx();
            var api = new Analytics(store.connection()).indicators(Period.year(2024), Filters.NONE);
            try (XSSFWorkbook wb = open(xlsx)) {
                XSSFSheet s = wb.getSheet("Indicateurs");
                assertThat(number(rowStartingWith(s, "Ventes du pôle (€ HT)").getCell(1)))
                        .isEqualByComparingTo(api.sales().totalHt()).isEqualByComparingTo("7100");
                assertThat(rowStartingWith(s, "Part locale (valeur)").getCell(1).getNumericCellValue())
                        .isEqualTo(api.sales().localShare().orElseThrow().doubleValue());
                assertThat(number(rowStartingWith(s, "Ventes des producteurs locaux (€ HT)").getCell(1)))
                        .isEqualByComparingTo("4550");
                // 2023 has one sale (999,00 €, local), shown beside
                assertThat(number(rowStartingWith(s, "Ventes du pôle (€ HT)").getCell(2)))
                        .isEqualByComparingTo("999");
            }
        }

        @Test
        void keepsTextThatLooksLikeAFormulaAsQuotedText() throws Exception {
            Path xlsx = write(Period.year(2024), Optional.empty()).xlsx();
            try (XSSFWorkbook wb = open(xlsx)) {
                XSSFSheet a = wb.getSheet("A. Dépenses");
                Cell supplier = a.getRow(5).getCell(1);
                assertThat(supplier.getCellType()).isEqualTo(CellType.STRING);
                assertThat(supplier.getStringCellValue()).isEqualTo("=Bureau d'études");
                assertThat(supplier.getCellStyle().getQuotePrefixed()).isTrue();
                Cell reference = a.getRow(6).getCell(2);
                assertThat(reference.getStringCellValue()).isEqualTo("-F77");
                assertThat(reference.getCellStyle().getQuotePrefixed()).isTrue();
            }
        }

        @Test
        void carriesDocumentPropertiesAndTheSources() throws Exception {
            Path xlsx = write(Period.year(2024), Optional.empty()).xlsx();
            try (XSSFWorkbook wb = open(xlsx)) {
                var core = wb.getProperties().getCoreProperties();
                assertThat(core.getTitle()).isEqualTo("Demande de paiement FEADER");
                assertThat(core.getCreator()).isEqualTo("Parc naturel régional du Perche");
                XSSFSheet s = wb.getSheet("Sources et qualité");
                List<String> files = new ArrayList<>();
                for (Row r : s) {
                    files.add(r.getCell(0).getStringCellValue());
                }
                assertThat(files).contains(Fixture.SALES_FILE, "financements.csv", "depenses.csv", "versements.csv");
                assertThat(rowStartingWith(s, "depenses.csv").getCell(3).getStringCellValue()).hasSize(64);
                XSSFSheet header = wb.getSheet("Demande");
                assertThat(number(rowStartingWith(header, "Origine inconnue (ventes du pôle)").getCell(1)))
                        .isEqualByComparingTo("450");
                assertThat(rowStartingWith(header, "Lignes en quarantaine non résolues").getCell(1)
                        .getNumericCellValue()).isEqualTo(1.0);
            }
        }

        @Test
        void sameDataAndDateGiveTheSameBytes() throws Exception {
            Path first = write(Period.year(2024), Optional.empty()).xlsx();
            byte[] a = java.nio.file.Files.readAllBytes(first);
            Path second = write(Period.year(2024), Optional.empty()).xlsx();
            assertThat(java.nio.file.Files.readAllBytes(second)).isEqualTo(a);
        }
    }

    @Nested
    class OneClaim {

        @Test
        void takesTheClaimsExpendituresAndDates() throws Exception {
            Period p = FeaderClaim.claimPeriod(store.connection(), Optional.empty(), "acompte 1");
            assertThat(p).isEqualTo(new Period(java.time.LocalDate.of(2024, 3, 31), java.time.LocalDate.of(2024, 9, 20)));
            FeaderReport.Files f = write(p, Optional.of("acompte 1"));
            assertThat(f.xlsx().getFileName()).hasToString("feader-2024-03-31_2024-09-20-acompte-1.xlsx");
            BigDecimal api = project().claims().stream()
                    .filter(c -> c.claim().orElse("").equals("ACOMPTE 1")).findFirst().orElseThrow().eligible();
            try (XSSFWorkbook wb = open(f.xlsx())) {
                Row total = rowStartingWith(wb.getSheet("A. Dépenses"), "Total des dépenses");
                assertThat(number(total.getCell(8))).isEqualByComparingTo(api).isEqualByComparingTo("19320.50");
                assertThat(rowStartingWith(wb.getSheet("Demande"), "Demande").getCell(1).getStringCellValue())
                        .isEqualTo("ACOMPTE 1");
            }
            assertThat(words(f.pdf())).contains("Demande de paiement FEADER — ACOMPTE 1", "19 320,50 €");
        }

        @Test
        void refusesAnUnknownClaimWithASentence() {
            assertThatThrownBy(() -> write(Period.year(2024), Optional.of("ACOMPTE 9")))
                    .isInstanceOf(ReportDataException.class).hasMessageContaining("ACOMPTE 9");
        }
    }

    @Nested
    class ExecutionReport {

        @Test
        void statesTheOperationTheFiguresAndWhatTheyRestOn() throws Exception {
            Path pdf = write(Period.year(2024), Optional.empty()).pdf();
            assertThat(pdf.getFileName()).hasToString("feader-2024.pdf");
            String w = words(pdf);
            assertThat(w).contains("Demande de paiement FEADER", "Parc naturel régional du Perche", "25610049800019",
                    "Maison du Parc, Courboyer, 61340 Perche en Nocé", "PDR Basse-Normandie 2014-2020 — mesure 16.4",
                    "du 01/01/2024 au 31/12/2024", "150 000,00 €", "taux d'aide publique 90,00 %",
                    "37 820,50 €", "PRESTATIONS 2 10 600,50 € 12 520,50 €", "Total 4 35 900,50 € 37 820,50 €",
                    "Région Normandie", "13 500,00 €");
            assertThat(w).contains("Ventes du pôle (€ HT) 7 100,00 € 999,00 €", "Part locale (valeur) 64,1 %",
                    "Dépenses présentées par poste", "Financements attribués et reçus au 31/12/2024");
            assertThat(w).contains("depenses.csv", "Origine inconnue : 450,00 €", "Quarantaine : 1 ligne");
        }

        @Test
        void withoutFundingLedgerSaysWhatToImport() throws Exception {
            java.nio.file.Files.createDirectories(dir.resolve("empty"));
            try (Store empty = Fixture.load(dir.resolve("empty"))) {
                assertThatThrownBy(() -> new FeaderReport(empty.connection(), PARK).write(new ReportRequest(
                        Period.year(2024), Filters.NONE, Optional.empty(), Fixture.GENERATED_ON, dir.resolve("o")),
                        Optional.empty()))
                        .isInstanceOf(ReportDataException.class).hasMessageContaining("financements");
            }
        }
    }
}
