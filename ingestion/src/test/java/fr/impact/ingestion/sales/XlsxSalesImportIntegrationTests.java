package fr.impact.ingestion.sales;

import static fr.impact.ingestion.TestFiles.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.TestFiles;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import fr.impact.ingestion.store.Store;
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

/** A sales export saved as XLSX: real dates and numbers in cells, lines = the sheet's row numbers. */
class XlsxSalesImportIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void importsAnXlsxExportWithSheetRowNumbers() throws Exception {
        Path file = dir.resolve("ventes.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Export du logiciel de facturation");
            Sheet s = wb.createSheet("Ventes");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle euro = wb.createCellStyle();
            euro.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0.00 €"));
            String[] header = {"Date livraison", "N° facture", "N° ligne", "Code client", "Code producteur",
                "Désignation", "Famille", "Qté", "Unité", "Montant HT", "Labels EGalim"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                {LocalDate.of(2024, 3, 15), "F1", 1, "C1", "P1", "Carottes", "Fruits et légumes", 12.5, "kg", 1234.56, "BIO"},
                {LocalDate.of(2024, 3, 15), "F1", 2, "C1", "P1", "Navets", "FRUITS_ET_LEGUMES", 3, "kg", "abc", ""},
                null, // an absent row: the next one is on sheet row 5
                {LocalDate.of(2024, 3, 16), "F2", 1, "C2", "P2", "Lait", "PRODUITS_LAITIERS", 10, "l", 9.9, "AB"},
            };
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    var cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        if (c == 9) {
                            cell.setCellStyle(euro);
                        }
                    } else {
                        cell.setCellValue((String) v);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (Store store = Store.open(dir.resolve("impact.duckdb"), null)) {
            FileReport r = TestFiles.importer(store).importFile(ImportKind.SALES, file,
                    ImportOptions.defaults().withSheet("ventes"));

            assertThat(r.status()).isEqualTo(FileReport.Status.LOADED);
            assertThat(r.accepted()).isEqualTo(2);
            assertThat(r.rejections()).extracting(Finding::line, Finding::code, Finding::value)
                    .containsExactly(tuple(3L, RowCode.NUMBER_FORMAT, "abc"));
            // 1234.56 + 9.90
            assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo("1244.46");
            assertThat(scalar(store, "SELECT string_agg(source_line::VARCHAR, ',' ORDER BY source_line) FROM sales"))
                    .isEqualTo("2,5");
            assertThat(scalar(store, "SELECT date FROM sales WHERE facture = 'F2'")).isEqualTo("2024-03-16");
            assertThat(scalar(store, "SELECT quantite FROM sales WHERE facture = 'F1'")).isEqualTo("12.500");
            assertThat(scalar(store, "SELECT egalim_group FROM sales WHERE facture = 'F2'")).isEqualTo("BIO");
        }
    }
}
