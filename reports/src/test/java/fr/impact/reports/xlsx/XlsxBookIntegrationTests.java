package fr.impact.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import fr.impact.reports.format.French;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written to a real file and reopened with POI. */
class XlsxBookIntegrationTests {

    static final XlsxBook.Info INFO = new XlsxBook.Info("Demande de paiement FEADER", "du 01/01/2024 au 31/12/2024",
            "Parc naturel régional du Perche", LocalDate.of(2026, 11, 26));

    @TempDir
    Path dir;

    /** A sheet of expenditures: the kind of section a funder report has. */
    Path expenditures() throws Exception {
        Path file = dir.resolve("rapport.xlsx");
        try (XlsxBook book = XlsxBook.create(INFO)) {
            book.sheet("Dépenses", List.of(Column.text("Fournisseur"), Column.date("Date de la facture"),
                            Column.money("Montant HT"), Column.share("Part"), Column.integer("Heures")))
                    .row("Ferme du Bois Joli", LocalDate.of(2024, 3, 15), new BigDecimal("1234.56"),
                            new BigDecimal("0.125"), 7)
                    .row("=HYPERLINK(\"x\")", LocalDate.of(2024, 4, 1), new BigDecimal("10.00"), null, 3L)
                    .row("-remise exceptionnelle", null, new BigDecimal("-4.56"), new BigDecimal("1"), null)
                    .totals("Total");
            book.sheet("Ressources", List.of(Column.text("Financeur"), Column.money("Montant")))
                    .row("FEADER", new BigDecimal("100000"));
            book.save(file);
        }
        return file;
    }

    static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    @Test
    void numbersAreNumericCellsWithFrenchFormats() throws Exception {
        try (XSSFWorkbook wb = open(expenditures())) {
            Sheet s = wb.getSheet("Dépenses");
            Cell money = s.getRow(1).getCell(2);
            Cell share = s.getRow(1).getCell(3);
            Cell hours = s.getRow(1).getCell(4);

            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(1234.56);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo(XlsxBook.MONEY_FORMAT);
            assertThat(share.getNumericCellValue()).isEqualTo(0.125);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo(XlsxBook.SHARE_FORMAT);
            assertThat(hours.getNumericCellValue()).isEqualTo(7);

            DataFormatter french = new DataFormatter(Locale.FRANCE);
            assertThat(French.plainSpaces(french.formatCellValue(money))).isEqualTo("1 234,56 €");
            assertThat(French.plainSpaces(french.formatCellValue(share))).isEqualTo("12,5 %");
        }
    }

    @Test
    void datesAreDates() throws Exception {
        try (XSSFWorkbook wb = open(expenditures())) {
            Cell date = wb.getSheet("Dépenses").getRow(1).getCell(1);

            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(new DataFormatter(Locale.FRANCE).formatCellValue(date)).isEqualTo("15/03/2024");
            assertThat(wb.getSheet("Dépenses").getRow(3).getCell(1)).isNull();   // no date: an empty cell
        }
    }

    @Test
    void theHeaderRowIsFrozenBoldAndFiltered() throws Exception {
        try (XSSFWorkbook wb = open(expenditures())) {
            XSSFSheet s = wb.getSheet("Dépenses");

            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(1);
            assertThat((int) s.getPaneInformation().getVerticalSplitPosition()).isZero();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Fournisseur");
            assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
        }
    }

    @Test
    void textFromInputThatLooksLikeAFormulaStaysTextExactlyAsGiven() throws Exception {
        try (XSSFWorkbook wb = open(expenditures())) {
            Sheet s = wb.getSheet("Dépenses");
            Cell injected = s.getRow(2).getCell(0);
            Cell minus = s.getRow(3).getCell(0);
            Cell plain = s.getRow(1).getCell(0);

            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(minus.getCellType()).isEqualTo(CellType.STRING);
            assertThat(minus.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(XlsxSheet.looksLikeFormula("+33 6 12 34 56 78")).isTrue();
            assertThat(XlsxSheet.looksLikeFormula("@SUM(A1)")).isTrue();
            assertThat(XlsxSheet.looksLikeFormula("Épicerie = bio")).isFalse();
        }
    }

    @Test
    void totalsAreFormulasWithTheirValuesCached() throws Exception {
        try (XSSFWorkbook wb = open(expenditures())) {
            Sheet s = wb.getSheet("Dépenses");
            Cell total = s.getRow(4).getCell(2);
            Cell hours = s.getRow(4).getCell(4);

            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(C2:C4)");
            assertThat(total.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(1240.00);   // 1 234,56 + 10,00 − 4,56
            assertThat(hours.getCellFormula()).isEqualTo("SUM(E2:E4)");
            assertThat(hours.getNumericCellValue()).isEqualTo(10);
            assertThat(s.getRow(4).getCell(3).getCellType()).isEqualTo(CellType.BLANK);   // shares are not summed
            // what Excel would compute is what was cached
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(total).getNumberValue()).isEqualTo(1240.00);
        }
    }

    @Test
    void oneSheetPerSectionWithTheDocumentsProperties() throws Exception {
        try (XSSFWorkbook wb = open(expenditures())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(1)).isEqualTo("Ressources");
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Demande de paiement FEADER");
            assertThat(core.getSubject()).isEqualTo("du 01/01/2024 au 31/12/2024");
            assertThat(core.getCreator()).isEqualTo("Parc naturel régional du Perche");
            assertThat(core.getCreated().toInstant())
                    .isEqualTo(LocalDate.of(2026, 11, 26).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant());
            assertThat(wb.getProperties().getCustomProperties().getProperty("Période").getLpwstr())
                    .isEqualTo("du 01/01/2024 au 31/12/2024");
            assertThat(wb.getProperties().getCustomProperties().getProperty("Produit le").getLpwstr())
                    .isEqualTo("26/11/2026");
        }
    }

    @Test
    void theSameContentAndDateGiveTheSameBytes() throws Exception {
        Path first = expenditures();
        byte[] a = Files.readAllBytes(first);
        Files.delete(first);
        byte[] b = Files.readAllBytes(expenditures());

        assertThat(b).isEqualTo(a);
        // not by luck of the clock: every entry is dated with the generation date
        try (var zip = new java.util.zip.ZipFile(first.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getTimeLocal).distinct())
                    .containsExactly(LocalDate.of(2026, 11, 26).atStartOfDay());
        }
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws Exception {
        Path file = dir.resolve("noms.xlsx");
        try (XlsxBook book = XlsxBook.create(INFO)) {
            book.sheet("Dépenses: A/B [2024]", List.of(Column.text("x")));
            book.sheet("Dépenses: A/B [2024]", List.of(Column.text("x")));
            book.sheet("Une section au nom bien trop long pour Excel", List.of(Column.text("x")));
            book.save(file);
        }
        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Dépenses- A-B -2024-");
            assertThat(wb.getSheetName(1)).isEqualTo("Dépenses- A-B -2024- (2)");
            assertThat(wb.getSheetName(2)).hasSizeLessThanOrEqualTo(31);
        }
    }

    @Test
    void columnsAreWideEnoughForTheirContentButNotEndless() throws Exception {
        Path file = dir.resolve("largeurs.xlsx");
        try (XlsxBook book = XlsxBook.create(INFO)) {
            book.sheet("Largeurs", List.of(Column.text("Objet"), Column.money("Montant"), Column.text("Note")))
                    .row("Prestation d'animation des ateliers cuisine", new BigDecimal("12.5"), "x".repeat(500));
            book.save(file);
        }
        try (XSSFWorkbook wb = open(file)) {
            Sheet s = wb.getSheet("Largeurs");
            assertThat(s.getColumnWidth(0) / 256).isGreaterThanOrEqualTo("Prestation d'animation des ateliers cuisine".length());
            assertThat(s.getColumnWidth(1) / 256).isBetween(8, 14);
            assertThat(s.getColumnWidth(2) / 256).isLessThanOrEqualTo(60);
        }
    }

    @Test
    void aChartsDataBecomesATab() throws Exception {
        ChartData data = ChartData.builder("Mois", Unit.SHARE).series("Part locale")
                .category("janv.", new BigDecimal("0.6")).category("févr.", (BigDecimal) null).build();
        Path file = dir.resolve("graphique.xlsx");
        try (XlsxBook book = XlsxBook.create(INFO)) {
            book.sheet("Part locale", XlsxSheet.columnsOf(data)).rows(data);
            book.save(file);
        }
        try (XSSFWorkbook wb = open(file)) {
            Sheet s = wb.getSheet("Part locale");
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Part locale (%)");
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.6);
            assertThat(s.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo(XlsxBook.SHARE_FORMAT);
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("févr.");
            assertThat(s.getRow(2).getCell(1)).isNull();
        }
    }
}
