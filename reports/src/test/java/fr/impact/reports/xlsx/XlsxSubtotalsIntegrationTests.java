package fr.impact.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subtotal rows and field rows, written to a file and read back with POI. */
class XlsxSubtotalsIntegrationTests {

    @TempDir
    Path dir;

    static final XlsxBook.Info INFO = new XlsxBook.Info("Essai", "du 01/01/2024 au 31/12/2024", "Parc",
            LocalDate.of(2025, 1, 20));

    @Test
    void subtotalsCloseEachGroupAndTheTotalLeavesThemOut() throws Exception {
        Path file = dir.resolve("s.xlsx");
        try (XlsxBook book = XlsxBook.create(INFO)) {
            XlsxSheet s = book.sheet("A", List.of(Column.text("Poste"), Column.money("Montant")));
            s.row("A", new BigDecimal("10.50")).row("A", new BigDecimal("1.25")).subtotal("Sous-total A");
            s.row("B", new BigDecimal("100")).subtotal("Sous-total B");
            s.totals("Total");
            book.save(file);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("A");
            assertThat(s.getRow(3).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(9,B2:B3)");
            assertThat(s.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(11.75);
            assertThat(s.getRow(5).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(9,B5:B5)");
            assertThat(s.getRow(6).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(9,B2:B6)");
            assertThat(s.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(111.75);
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Total");
            // no filter: sorting would tear rows from their subtotal
            assertThat(s.getCTWorksheet().isSetAutoFilter()).isFalse();
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void fieldsStoreEachValueInItsOwnKind() throws Exception {
        Path file = dir.resolve("f.xlsx");
        try (XlsxBook book = XlsxBook.create(INFO)) {
            XlsxSheet s = book.sheet("F", List.of(Column.text("Rubrique"), Column.text("Valeur")));
            s.field("Montant", Column.Kind.MONEY, new BigDecimal("1234.56"));
            s.field("Date", Column.Kind.DATE, LocalDate.of(2024, 5, 12));
            s.field("Taux", Column.Kind.SHARE, new BigDecimal("0.8462"));
            s.field("Fournisseur", Column.Kind.TEXT, "=HYPERLINK(\"x\")");
            book.save(file);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("F");
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234.56);
            assertThat(s.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo(XlsxBook.MONEY_FORMAT);
            assertThat(DateUtil.isCellDateFormatted(s.getRow(2).getCell(1))).isTrue();
            assertThat(s.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo(XlsxBook.SHARE_FORMAT);
            assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(s.getRow(4).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aSubtotalNeedsRowsAndComesBeforeTheTotal() throws Exception {
        try (XlsxBook book = XlsxBook.create(INFO)) {
            XlsxSheet s = book.sheet("A", List.of(Column.text("Poste"), Column.money("Montant")));
            assertThatThrownBy(() -> s.subtotal("x")).isInstanceOf(IllegalStateException.class);
            s.row("A", BigDecimal.ONE).totals("Total");
            assertThatThrownBy(() -> s.subtotal("x")).isInstanceOf(IllegalStateException.class);
        }
    }
}
