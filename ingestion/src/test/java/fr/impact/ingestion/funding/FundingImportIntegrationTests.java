package fr.impact.ingestion.funding;

import static fr.impact.ingestion.TestFiles.lines;
import static fr.impact.ingestion.TestFiles.scalar;
import static fr.impact.ingestion.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.FileReport.Status;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.TestFiles;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import fr.impact.ingestion.store.Store;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The funding ledger imported into a real DuckDB file: each kind recognised from its header or
 * its sheet, replacement per project, undo, quarantine. Every expectation worked out by hand.
 */
class FundingImportIntegrationTests {

    @TempDir
    Path dir;

    Store store;
    Importer importer;

    // French headers as a park officer writes them (aliases), no projet column: the default project
    static final String GRANTS = lines(
            "Financeur;Type;Dispositif;Montant attribué;Date de décision;Début;Fin",
            "FEADER;PUBLIC_UE;PDR Basse-Normandie — mesure 16.4;90 000,00;15/11/2017;01/01/2017;31/12/2020",
            "Région Normandie;Région;Impulsion filières;45000;02/03/2017;01/01/2017;31/12/2020",
            "MIL Perche;AUTOFINANCEMENT;;18 000;;01/01/2017;31/12/2020");

    static final String EXPENDITURES = lines(
            "date;poste;libelle;fournisseur;reference;montant_ht;date_paiement;montant_ttc;tva_recuperable;financeur;demande",
            "31/03/2017;PERSONNEL;Salaire T1;;PAIE-2017-T1;6 800,00;31/03/2017;;;FEADER;Acompte 1",
            "12/05/2017;Prestations;Étude logistique;Bureau d'études;F-2017-031;9600;15/06/2017;11520;non;FEADER;ACOMPTE n°1",
            "20/09/2017;EQUIPEMENT;Chambre froide;Froid 61;F-889;18 500;;22200;oui;;SOLDE");

    static final String PAYMENTS = lines(
            "Date de versement;Financeur;Montant versé;Nature",
            "20/04/2017;Région Normandie;13 500;Avance",
            "22/11/2018;FEADER;16000;acompte 1",
            "14/10/2021;feader;33 500,00;SOLDE");

    static final String BUDGET = lines(
            "poste;montant_prevu",
            "PERSONNEL;112 000",
            "PRESTATIONS;28 000");

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("impact.duckdb"), null);
        importer = TestFiles.importer(store);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    FileReport load(String name, String content) throws Exception {
        return importer.importFile(ImportKind.FUNDING, write(dir, name, content), ImportOptions.defaults());
    }

    @Nested
    class EachKindIsRecognisedFromItsHeader {

        @Test
        void grantsWithTheirTypesPeriodsAndTheDefaultProject() throws Exception {
            FileReport r = load("financements.csv", GRANTS);

            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.kind()).isEqualTo(ImportKind.FUNDING);
            assertThat(r.accepted()).isEqualTo(3);
            assertThat(r.rejected()).isZero();
            assertThat(r.warnings()).isZero();
            assertThat(scalar(store, "SELECT string_agg(financeur || '|' || type || '|' || montant_attribue || '|' "
                    + "|| coalesce(CAST(date_decision AS VARCHAR), '-') || '|' || debut || '|' || fin || '|' || projet, "
                    + "' / ' ORDER BY source_line) FROM grants"))
                    .isEqualTo("FEADER|PUBLIC_UE|90000.00|2017-11-15|2017-01-01|2020-12-31|default"
                            + " / Région Normandie|PUBLIC_REGION|45000.00|2017-03-02|2017-01-01|2020-12-31|default"
                            + " / MIL Perche|AUTOFINANCEMENT|18000.00|-|2017-01-01|2020-12-31|default");
            assertThat(scalar(store, "SELECT dispositif FROM grants WHERE source_line = 2"))
                    .isEqualTo("PDR Basse-Normandie — mesure 16.4");
            assertThat(scalar(store, "SELECT financeur_key FROM grants WHERE source_line = 3")).isEqualTo("regionnormandie");
        }

        @Test
        void expendituresWithTheirClaimsAndEligibleAmounts() throws Exception {
            FileReport r = load("depenses.csv", EXPENDITURES);

            assertThat(r.accepted()).isEqualTo(3);
            assertThat(r.rejected()).isZero();
            // demande normalised; eligible = TTC only where the VAT is not recoverable;
            // cash date = payment date, else the expenditure's date
            assertThat(scalar(store, "SELECT string_agg(poste || '|' || montant_ht || '|' || montant_eligible || '|' "
                    + "|| demande || '|' || cash_date, ' / ' ORDER BY source_line) FROM expenditures"))
                    .isEqualTo("PERSONNEL|6800.00|6800.00|ACOMPTE 1|2017-03-31"
                            + " / Prestations|9600.00|11520.00|ACOMPTE 1|2017-06-15"
                            + " / EQUIPEMENT|18500.00|18500.00|SOLDE|2017-09-20");
            assertThat(scalar(store, "SELECT count(*) FROM expenditures WHERE financeur IS NULL")).isEqualTo("1");
        }

        @Test
        void paymentsWithTheirNatures() throws Exception {
            FileReport r = load("versements.csv", PAYMENTS);

            assertThat(r.accepted()).isEqualTo(3);
            assertThat(scalar(store, "SELECT string_agg(date || '|' || financeur_key || '|' || montant || '|' || nature, "
                    + "' / ' ORDER BY source_line) FROM payments"))
                    .isEqualTo("2017-04-20|regionnormandie|13500.00|AVANCE / 2018-11-22|feader|16000.00|ACOMPTE"
                            + " / 2021-10-14|feader|33500.00|SOLDE");
        }

        @Test
        void theForecastBudget() throws Exception {
            FileReport r = load("budget.csv", BUDGET);

            assertThat(r.accepted()).isEqualTo(2);
            assertThat(scalar(store, "SELECT sum(montant_prevu) FROM budget_lines")).isEqualTo("140000.00");
        }

        @Test
        void aHeaderThatIsNoneOfThemRefusesTheFileAndNamesItsColumns() throws Exception {
            FileReport r = load("autre.csv", lines("date;libelle;montant", "01/02/2018;Divers;12"));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.UNKNOWN_FUNDING_FILE);
            assertThat(r.error().orElseThrow().args()).containsExactly("date, libelle, montant");
            assertThat(scalar(store, "SELECT count(*) FROM expenditure_versions")).isEqualTo("0");
        }

        @Test
        void aFileNamedAfterAKindWhoseHeaderLacksAColumnIsRefusedNamingIt() throws Exception {
            FileReport r = load("versements-2019.csv", lines("date;financeur;montant", "15/05/2019;DRAAF;15000"));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.MISSING_COLUMN);
            assertThat(r.error().orElseThrow().args()).containsExactly("nature", "date, financeur, montant");
        }

        @Test
        void aHeaderWithoutRowsIsRefusedAsEmpty() throws Exception {
            FileReport r = load("budget.csv", lines("poste;montant_prevu"));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.EMPTY_FILE);
        }

        @Test
        void aWindows1252FileWithCommasAndUnknownColumnsIsRead() throws Exception {
            Path f = write(dir, "versements.csv", lines(
                    "date,financeur,montant,nature,commentaire",
                    "2019-05-15,DRAAF Normandie,\"15 000,00\",Solde,reçu"), Charset.forName("windows-1252"), false);

            FileReport r = importer.importFile(ImportKind.FUNDING, f, ImportOptions.defaults());

            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.warningList()).extracting(Finding::code, Finding::column)
                    .containsExactly(tuple(RowCode.UNKNOWN_COLUMN, "commentaire"));
            assertThat(scalar(store, "SELECT montant FROM payments")).isEqualTo("15000.00");
        }
    }

    @Nested
    class AFileReplacesTheRowsOfItsKindForTheProjectsItNames {

        static final String TWO_PROJECTS = lines(
                "projet;financeur;type;montant_attribue;debut;fin",
                "MIL Perche;FEADER;PUBLIC_UE;90000;01/01/2017;31/12/2020",
                "MIL Perche;Région Normandie;PUBLIC_REGION;45000;01/01/2017;31/12/2020",
                "Cantines du Perche;DRAAF;PUBLIC_ETAT;20000;01/09/2021;31/08/2023");

        // a corrected plan for one project, its name written differently
        static final String ONE_PROJECT = lines(
                "projet;financeur;type;montant_attribue;debut;fin",
                "MIL PERCHE;FEADER;PUBLIC_UE;95000;01/01/2017;31/12/2020");

        @Test
        void onlyTheNamedProjectIsReplacedAndUndoRestoresIt() throws Exception {
            FileReport first = load("plan-v1.csv", TWO_PROJECTS);
            FileReport second = load("plan-v2.csv", ONE_PROJECT);

            assertThat(first.replaced()).isZero();
            assertThat(second.accepted()).isEqualTo(1);
            assertThat(second.replaced()).isEqualTo(1);
            assertThat(scalar(store, "SELECT string_agg(projet || ':' || montant_attribue, ' / ' ORDER BY projet) FROM grants"))
                    .isEqualTo("Cantines du Perche:20000.00 / MIL PERCHE:95000.00");
            assertThat(scalar(store, "SELECT count(*) FROM grant_versions WHERE replaced_by = " + second.importId()))
                    .isEqualTo("2");

            new ImportHistory(store).undo(second.importId());

            assertThat(scalar(store, "SELECT string_agg(projet || ':' || financeur || ':' || montant_attribue, ' / ' "
                    + "ORDER BY source_line) FROM grants"))
                    .isEqualTo("MIL Perche:FEADER:90000.00 / MIL Perche:Région Normandie:45000.00"
                            + " / Cantines du Perche:DRAAF:20000.00");
            assertThat(scalar(store, "SELECT count(*) FROM grant_versions")).isEqualTo("3");
        }

        @Test
        void anotherKindIsLeftAlone() throws Exception {
            load("plan.csv", TWO_PROJECTS);
            load("versements.csv", lines("projet;date;financeur;montant;nature", "MIL Perche;20/04/2017;FEADER;100;AVANCE"));

            assertThat(scalar(store, "SELECT count(*) FROM grants")).isEqualTo("3");
            assertThat(scalar(store, "SELECT count(*) FROM payments")).isEqualTo("1");
        }

        @Test
        void undoingAMiddleImportHandsItsRowsToTheImportThatFollowed() throws Exception {
            FileReport a = load("a.csv", lines("poste;montant_prevu", "PERSONNEL;100"));
            FileReport b = load("b.csv", lines("poste;montant_prevu", "PERSONNEL;200"));
            FileReport c = load("c.csv", lines("poste;montant_prevu", "PERSONNEL;300"));

            new ImportHistory(store).undo(b.importId());

            assertThat(scalar(store, "SELECT string_agg(CAST(montant_prevu AS VARCHAR), ',') FROM budget_lines"))
                    .isEqualTo("300.00");
            assertThat(scalar(store, "SELECT replaced_by FROM budget_versions WHERE import_id = " + a.importId()))
                    .isEqualTo(String.valueOf(c.importId()));

            new ImportHistory(store).undo(c.importId());

            assertThat(scalar(store, "SELECT string_agg(CAST(montant_prevu AS VARCHAR), ',') FROM budget_lines"))
                    .isEqualTo("100.00");
        }

        @Test
        void theSameContentAgainIsUnchanged() throws Exception {
            FileReport first = load("plan.csv", TWO_PROJECTS);
            FileReport again = load("plan-copie.csv", TWO_PROJECTS);

            assertThat(again.status()).isEqualTo(Status.UNCHANGED);
            assertThat(again.importId()).isEqualTo(first.importId());
            assertThat(scalar(store, "SELECT count(*) FROM grant_versions")).isEqualTo("3");
        }

        @Test
        void aFileWhoseRowsAreAllRejectedReplacesNothing() throws Exception {
            load("plan.csv", TWO_PROJECTS);
            FileReport bad = load("plan-faux.csv", lines("projet;financeur;type;montant_attribue;debut;fin",
                    "MIL Perche;FEADER;SUBVENTION;95000;01/01/2017;31/12/2020"));

            assertThat(bad.status()).isEqualTo(Status.LOADED);
            assertThat(bad.accepted()).isZero();
            assertThat(bad.rejected()).isEqualTo(1);
            assertThat(scalar(store, "SELECT count(*) FROM grants")).isEqualTo("3");
        }
    }

    @Nested
    class BadRowsAreQuarantined {

        @Test
        void everyBrokenRuleIsListedWithItsLineAndTheRowKeptAsWritten() throws Exception {
            FileReport r = load("financements.csv", lines(
                    "financeur;type;dispositif;montant_attribue;date_decision;debut;fin",
                    "FEADER;PUBLIC_UE;16.4;90000;15/11/2017;01/01/2017;31/12/2020",
                    "Fondation;MECENE;;5000;;01/01/2017;31/12/2020",
                    ";PUBLIC_ETAT;PNA;-200;;01/01/2017;31/12/2018",
                    "Région;PUBLIC_REGION;;45000;;01/01/2021;31/12/2020",
                    "Département;PUBLIC_DEPARTEMENT;;1O000;;01/01/2017;31/12/2020",
                    "Commune;PUBLIC_COLLECTIVITE;;1000;;01/01/2017"));

            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(5);
            assertThat(r.rejections()).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(
                            tuple(3L, "type", "MECENE", RowCode.UNKNOWN_FUNDER_TYPE),
                            tuple(4L, "financeur", "", RowCode.MISSING_VALUE),
                            tuple(4L, "montant_attribue", "-200", RowCode.NEGATIVE_AMOUNT),
                            tuple(5L, "fin", "31/12/2020", RowCode.PERIOD_REVERSED),
                            tuple(6L, "montant_attribue", "1O000", RowCode.NUMBER_FORMAT),
                            tuple(7L, "", "6", RowCode.CELL_COUNT));
            assertThat(scalar(store, "SELECT raw FROM quarantine_rows WHERE line = 3"))
                    .isEqualTo("Fondation;MECENE;;5000;;01/01/2017;31/12/2020");
        }

        @Test
        void expenditureAndPaymentRules() throws Exception {
            FileReport d = load("depenses.csv", lines(
                    "date;poste;montant_ht;date_paiement;montant_ttc;tva_recuperable;demande",
                    "31/03/2017;PERSONNEL;-120,00;;;;ACOMPTE 2",
                    "31/03/2017;PRESTATIONS;1200;;;non;",
                    "31/03/2017;PRESTATIONS;1200;;1440;peut-être;",
                    "31/03/2017;PRESTATIONS;1200;;;;acompte final",
                    "15/07/2024;PRESTATIONS;1200;;;;",
                    "31/03/2017;;1200;31/02/2017;;;"));
            FileReport v = load("versements.csv", lines(
                    "date;financeur;montant;nature",
                    "20/04/2017;FEADER;1000;reliquat",
                    "20/04/2017;FEADER;-250;SOLDE"));

            // a credit note (negative amount) is kept; today is 30/06/2024 in tests
            assertThat(d.accepted()).isEqualTo(1);
            assertThat(d.rejections()).extracting(Finding::line, Finding::column, Finding::code).containsExactly(
                    tuple(3L, "montant_ttc", RowCode.TTC_REQUIRED),
                    tuple(4L, "tva_recuperable", RowCode.INVALID_BOOLEAN),
                    tuple(5L, "demande", RowCode.UNKNOWN_CLAIM),
                    tuple(6L, "date", RowCode.DATE_IN_FUTURE),
                    tuple(7L, "poste", RowCode.MISSING_VALUE),
                    tuple(7L, "date_paiement", RowCode.DATE_FORMAT));
            assertThat(v.accepted()).isEqualTo(1);
            assertThat(v.rejections()).extracting(Finding::line, Finding::column, Finding::code)
                    .containsExactly(tuple(2L, "nature", RowCode.UNKNOWN_PAYMENT_NATURE));
            assertThat(scalar(store, "SELECT montant FROM payments")).isEqualTo("-250.00");
        }

        @Test
        void strictRefusesTheWholeFile() throws Exception {
            FileReport r = importer.importFile(ImportKind.FUNDING, write(dir, "budget.csv", lines(
                    "poste;montant_prevu", "PERSONNEL;100", "PRESTATIONS;cent")), ImportOptions.defaults().withStrict(true));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.STRICT_REJECTED);
            assertThat(scalar(store, "SELECT count(*) FROM budget_versions")).isEqualTo("0");
        }
    }

    @Nested
    class AWorkbookWithOneSheetPerKind {

        Path workbook(String... sheetNames) throws Exception {
            Path file = dir.resolve("programme.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                for (String name : sheetNames) {
                    Sheet s = wb.createSheet(name);
                    Object[][] rows = switch (FundingKind.ofSheet(name).map(Enum::name).orElse("NOTES")) {
                        case "GRANTS" -> new Object[][] {
                            {"financeur", "type", "montant_attribue", "debut", "fin"},
                            {"FEADER", "PUBLIC_UE", 90000, LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31)},
                            {"Adhérents", "PRIVE", 12000.5, LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31)}};
                        case "EXPENDITURES" -> new Object[][] {
                            {"date", "poste", "libelle", "montant_ht"},
                            {LocalDate.of(2017, 3, 31), "PERSONNEL", "Salaire T1", 6800},
                            {LocalDate.of(2017, 6, 30), "PERSONNEL", "Salaire T2", "six mille"}};
                        case "PAYMENTS" -> new Object[][] {
                            {"date", "financeur", "montant", "nature"},
                            {LocalDate.of(2018, 11, 22), "FEADER", 16000, "ACOMPTE"}};
                        case "BUDGET" -> new Object[][] {{"poste", "montant_prevu"}};
                        default -> new Object[][] {{"Plan de financement du MIL Perche, version du 12/01/2017"}};
                    };
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
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            return file;
        }

        @Test
        void eachSheetNamedAfterAKindIsAnImportOfItsOwn() throws Exception {
            Path file = workbook("Notes", "Financements", "Dépenses", "Versements");

            List<FileReport> reports = importer.importAll(ImportKind.FUNDING, file, ImportOptions.defaults());

            assertThat(reports).extracting(FileReport::file, FileReport::status, FileReport::accepted, FileReport::rejected)
                    .containsExactly(
                            tuple("programme.xlsx#Financements", Status.LOADED, 2L, 0L),
                            tuple("programme.xlsx#Dépenses", Status.LOADED, 1L, 1L),
                            tuple("programme.xlsx#Versements", Status.LOADED, 1L, 0L));
            // the line of a rejection is the sheet's row number
            assertThat(reports.get(1).rejections()).extracting(Finding::line, Finding::column, Finding::code)
                    .containsExactly(tuple(3L, "montant_ht", RowCode.NUMBER_FORMAT));
            assertThat(scalar(store, "SELECT sum(montant_attribue) FROM grants")).isEqualTo("102000.50");
            assertThat(scalar(store, "SELECT debut || ' ' || fin FROM grants WHERE financeur = 'FEADER'"))
                    .isEqualTo("2017-01-01 2020-12-31");
            assertThat(scalar(store, "SELECT montant FROM payments")).isEqualTo("16000.00");
        }

        @Test
        void theSameWorkbookAgainIsUnchangedSheetBySheet() throws Exception {
            Path file = workbook("financements", "depenses");
            List<FileReport> first = importer.importAll(ImportKind.FUNDING, file, ImportOptions.defaults());

            List<FileReport> again = importer.importAll(ImportKind.FUNDING, file, ImportOptions.defaults());

            assertThat(again).extracting(FileReport::status).containsExactly(Status.UNCHANGED, Status.UNCHANGED);
            assertThat(again).extracting(FileReport::importId)
                    .containsExactly(first.get(0).importId(), first.get(1).importId());
        }

        @Test
        void anEmptySheetIsRefusedAndTheOthersLoaded() throws Exception {
            Path file = workbook("financements", "budget");

            List<FileReport> reports = importer.importAll(ImportKind.FUNDING, file, ImportOptions.defaults());

            assertThat(reports).extracting(FileReport::status).containsExactly(Status.LOADED, Status.REFUSED);
            assertThat(reports.get(1).error().orElseThrow().code()).isEqualTo(FileCode.EMPTY_FILE);
        }

        @Test
        void aSheetNamedAfterAKindMustHaveItsColumns() throws Exception {
            Path file = dir.resolve("classeur.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Row h = wb.createSheet("versements").createRow(0);
                h.createCell(0).setCellValue("date");
                h.createCell(1).setCellValue("financeur");
                h.createCell(2).setCellValue("montant");
                wb.getSheet("versements").createRow(1).createCell(0).setCellValue("01/01/2018");
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }

            List<FileReport> reports = importer.importAll(ImportKind.FUNDING, file, ImportOptions.defaults());

            assertThat(reports).hasSize(1);
            assertThat(reports.get(0).file()).isEqualTo("classeur.xlsx#versements");
            assertThat(reports.get(0).error().orElseThrow().code()).isEqualTo(FileCode.MISSING_COLUMN);
            assertThat(reports.get(0).error().orElseThrow().args().get(0)).isEqualTo("nature");
        }

        @Test
        void aWorkbookWithoutSuchSheetsIsOneFileRecognisedByItsHeader() throws Exception {
            Path file = workbook("Feuil1", "Notes");
            // Feuil1 holds the notes row too: not a ledger
            List<FileReport> reports = importer.importAll(ImportKind.FUNDING, file, ImportOptions.defaults());

            assertThat(reports).extracting(FileReport::file).containsExactly("programme.xlsx");
            assertThat(reports.get(0).error().orElseThrow().code()).isEqualTo(FileCode.UNKNOWN_FUNDING_FILE);
        }
    }
}
