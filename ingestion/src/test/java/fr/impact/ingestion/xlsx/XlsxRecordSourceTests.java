package fr.impact.ingestion.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.RecordSink;
import fr.impact.ingestion.rules.FileCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRecordSourceTests {

    @TempDir
    Path dir;

    @Test
    void readsStringsAsWrittenWithAccentsAndLineBreaks() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Ventes");
            row(sheet, 0, "produit", "commentaire");
            row(sheet, 1, "Pâté en croûte", "Œufs\nfrais à 3 €");
            row(sheet, 2, "  espaces  ", "");
        });

        Collected read = read(file);

        assertThat(read.headerLine).isEqualTo(1);
        assertThat(read.header).containsExactly("produit", "commentaire");
        assertThat(read.records).containsExactly(
                new Rec(2, List.of("Pâté en croûte", "Œufs\nfrais à 3 €"), 2, "Pâté en croûte;Œufs\nfrais à 3 €"),
                new Rec(3, List.of("  espaces  ", ""), 2, "  espaces  ;"));
    }

    @Test
    void readsIntegersWithoutDecimalPoint() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Nombres");
            row(sheet, 0, "n");
            sheet.createRow(1).createCell(0).setCellValue(42);
            sheet.createRow(2).createCell(0).setCellValue(-7);
            sheet.createRow(3).createCell(0).setCellValue(0);
            sheet.createRow(4).createCell(0).setCellValue(1_234_567_890_123d);
        });

        assertThat(firstCells(read(file))).containsExactly("42", "-7", "0", "1234567890123");
    }

    @Test
    void readsDecimalsWithAPointWhateverTheirFormat() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Montants");
            CellStyle euros = wb.createCellStyle();
            euros.setDataFormat(wb.createDataFormat().getFormat("#,##0.00 €"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            CellStyle scientific = wb.createCellStyle();
            scientific.setDataFormat(wb.createDataFormat().getFormat("0.00E+00"));
            row(sheet, 0, "montant");
            sheet.createRow(1).createCell(0).setCellValue(12.5);
            sheet.createRow(2).createCell(0).setCellValue(1234.56);
            sheet.getRow(2).getCell(0).setCellStyle(euros);
            sheet.createRow(3).createCell(0).setCellValue(12.5);
            sheet.getRow(3).getCell(0).setCellStyle(euros);
            sheet.createRow(4).createCell(0).setCellValue(0.155);
            sheet.getRow(4).getCell(0).setCellStyle(percent);
            sheet.createRow(5).createCell(0).setCellValue(0.0000001);
            sheet.createRow(6).createCell(0).setCellValue(-1.5e20);
            sheet.getRow(6).getCell(0).setCellStyle(scientific);
        });

        assertThat(firstCells(read(file)))
                .containsExactly("12.5", "1234.56", "12.5", "0.155", "0.0000001", "-150000000000000000000");
    }

    @Test
    void readsDatesAsIsoDates() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Dates");
            CellStyle french = wb.createCellStyle();
            french.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle builtin = wb.createCellStyle();
            builtin.setDataFormat((short) 14);
            row(sheet, 0, "date");
            sheet.createRow(1).createCell(0).setCellValue(LocalDate.of(2024, 3, 15));
            sheet.getRow(1).getCell(0).setCellStyle(french);
            sheet.createRow(2).createCell(0).setCellValue(LocalDateTime.of(2024, 3, 15, 14, 30));
            sheet.getRow(2).getCell(0).setCellStyle(dateTime);
            sheet.createRow(3).createCell(0).setCellValue(LocalDate.of(1999, 12, 31));
            sheet.getRow(3).getCell(0).setCellStyle(builtin);
        });

        assertThat(firstCells(read(file))).containsExactly("2024-03-15", "2024-03-15", "1999-12-31");
    }

    @Test
    void readsDatesOfA1904Workbook() throws Exception {
        Path file = workbook(wb -> {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            XSSFSheet sheet = wb.createSheet("Dates");
            CellStyle french = wb.createCellStyle();
            french.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            row(sheet, 0, "date");
            // 15 March 2024 is day 43904 counted from 1 January 1904 (45366 from 1900).
            sheet.createRow(1).createCell(0).setCellValue(43_904);
            sheet.getRow(1).getCell(0).setCellStyle(french);
        });

        assertThat(firstCells(read(file))).containsExactly("2024-03-15");
    }

    @Test
    void readsCachedValuesOfFormulas() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Calculs");
            CellStyle euros = wb.createCellStyle();
            euros.setDataFormat(wb.createDataFormat().getFormat("#,##0.00 €"));
            row(sheet, 0, "quantite", "prix", "montant", "libelle", "ratio");
            XSSFRow data = sheet.createRow(1);
            data.createCell(0).setCellValue(3);
            data.createCell(1).setCellValue(1.25);
            data.createCell(2).setCellFormula("A2*B2");
            data.getCell(2).setCellStyle(euros);
            data.createCell(3).setCellFormula("\"lot \"&A2");
            data.createCell(4).setCellFormula("A2/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(read(file).records)
                .extracting(Rec::cells)
                .containsExactly(List.of("3", "1.25", "3.75", "lot 3", "#DIV/0!"));
    }

    @Test
    void readsBooleansAndErrorCells() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Divers");
            row(sheet, 0, "bio", "local", "erreur");
            XSSFRow data = sheet.createRow(1);
            data.createCell(0).setCellValue(true);
            data.createCell(1).setCellValue(false);
            data.createCell(2).setCellErrorValue(FormulaError.NA);
        });

        assertThat(read(file).records)
                .extracting(Rec::cells)
                .containsExactly(List.of("TRUE", "FALSE", "#N/A"));
    }

    @Test
    void fillsMissingCellsWithEmptyStrings() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Ventes");
            row(sheet, 0, "a", "b", "c", "d");
            XSSFRow data = sheet.createRow(1);
            data.createCell(0).setCellValue("x");
            data.createCell(2).setCellValue("z");
        });

        assertThat(read(file).records).containsExactly(
                new Rec(2, List.of("x", "", "z", ""), 4, "x;;z;"));
    }

    @Test
    void numbersRecordsWithSheetRowNumbersAcrossAbsentRows() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Ventes");
            row(sheet, 2, "facture", "ligne");
            row(sheet, 3, "F1", "1");
            row(sheet, 5, "F1", "2");
        });

        Collected read = read(file);

        assertThat(read.headerLine).isEqualTo(3);
        assertThat(read.records).extracting(Rec::line).containsExactly(4L, 6L);
    }

    @Test
    void passesRowsOfEmptyCellsOnAsEmptyRecords() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Ventes");
            row(sheet, 0, "", "");
            row(sheet, 1, "facture", "ligne");
            row(sheet, 2, "F1", "1");
            row(sheet, 3, "", "");
            row(sheet, 4, "F1", "2");
        });

        Collected read = read(file);

        assertThat(read.headerLine).isEqualTo(2);
        assertThat(read.records).containsExactly(
                new Rec(3, List.of("F1", "1"), 2, "F1;1"),
                new Rec(4, List.of("", ""), 2, ";"),
                new Rec(5, List.of("F1", "2"), 2, "F1;2"));
    }

    @Test
    void countsCellsBeyondTheHeaderOnlyWhenTheyHoldSomething() throws Exception {
        Path file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("Ventes");
            row(sheet, 0, "a", "b");
            row(sheet, 1, "1", "2", "", "4");
            row(sheet, 2, "1", "2", "", " ");
            row(sheet, 3, "1");
        });

        assertThat(read(file).records).containsExactly(
                new Rec(2, List.of("1", "2", "", "4"), 4, "1;2;;4"),
                new Rec(3, List.of("1", "2"), 2, "1;2"),
                new Rec(4, List.of("1", ""), 2, "1;"));
    }

    @Test
    void dropsTrailingBlankHeaderCells() throws Exception {
        Path file = workbook(wb -> row(wb.createSheet("Ventes"), 0, "a", "", "c", "", " "));

        Collected read = read(file);

        assertThat(read.header).containsExactly("a", "", "c");
        assertThat(read.records).isEmpty();
    }

    @Test
    void readsTheFirstSheetByDefault() throws Exception {
        Path file = workbook(wb -> {
            row(wb.createSheet("Ventes"), 0, "ventes");
            row(wb.createSheet("Notes"), 0, "notes");
        });
        XlsxRecordSource source = new XlsxRecordSource(file, Optional.empty());

        Collected read = read(source);

        assertThat(read.header).containsExactly("ventes");
        assertThat(source.description()).isEqualTo("XLSX, feuille « Ventes »");
    }

    @Test
    void choosesTheNamedSheetIgnoringCaseAndSurroundingSpaces() throws Exception {
        Path file = workbook(wb -> {
            row(wb.createSheet("Notes"), 0, "notes");
            row(wb.createSheet("Dépenses"), 0, "poste");
            row(wb.createSheet("Versements"), 0, "montant");
        });
        XlsxRecordSource source = new XlsxRecordSource(file, Optional.of("  DÉPENSES "));

        Collected read = read(source);

        assertThat(read.header).containsExactly("poste");
        assertThat(source.description()).isEqualTo("XLSX, feuille « Dépenses »");
    }

    @Test
    void listsSheetNamesInTabOrder() throws Exception {
        Path file = workbook(wb -> {
            row(wb.createSheet("financements"), 0, "x");
            row(wb.createSheet("depenses"), 0, "x");
            row(wb.createSheet("versements"), 0, "x");
        });

        assertThat(XlsxRecordSource.sheetNames(file)).containsExactly("financements", "depenses", "versements");
    }

    @Test
    void readsCellsAsOtherSoftwareWritesThem() throws Exception {
        // No styles part, inline strings, ISO date cells, no row or cell references.
        Path file = handWritten("""
                <row><c t="inlineStr"><is><t>montant</t></is></c><c t="inlineStr"><is><t>date</t></is></c>\
                <c t="inlineStr"><is><r><t>er</t></r><r><t>reur</t></r></is></c></row>
                <row><c><v>1.5E-3</v></c><c t="d"><v>2024-03-15T00:00:00Z</v></c><c t="e"><v>#REF!</v></c></row>
                <row r="5"><c r="B5"><v>1234.50</v></c></row>""");

        Collected read = read(file);

        assertThat(read.header).containsExactly("montant", "date", "erreur");
        assertThat(read.records).containsExactly(
                new Rec(2, List.of("0.0015", "2024-03-15", "#REF!"), 3, "0.0015;2024-03-15;#REF!"),
                new Rec(5, List.of("", "1234.5", ""), 3, ";1234.5;"));
    }

    @Test
    void letsTheSinksOwnFailuresThrough() throws Exception {
        Path file = workbook(wb -> row(wb.createSheet("Ventes"), 0, "a"));
        RecordSink failing = new RecordSink() {
            @Override
            public void header(long line, String[] cells) {
                throw new IllegalStateException("database is down");
            }

            @Override
            public void record(long line, String[] cells, int cellCount, CharSequence raw) {}
        };

        assertThatThrownBy(() -> new XlsxRecordSource(file, Optional.empty()).read(failing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database is down");
    }

    @Nested
    class Refuses {

        @Test
        void unknownSheetListingTheSheetsFound() throws Exception {
            Path file = workbook(wb -> {
                row(wb.createSheet("Ventes"), 0, "a");
                row(wb.createSheet("Notes"), 0, "b");
            });

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.of("Achats")));

            assertThat(e.code()).isEqualTo(FileCode.SHEET_NOT_FOUND);
            assertThat(e.args()).containsExactly("Achats", "Ventes, Notes");
        }

        @Test
        void sheetWithoutAnyRow() throws Exception {
            Path file = workbook(wb -> {
                wb.createSheet("Vide");
                row(wb.createSheet("Ventes"), 0, "a");
            });

            assertThat(refusal(new XlsxRecordSource(file, Optional.empty())).code()).isEqualTo(FileCode.EMPTY_FILE);
        }

        @Test
        void sheetWhoseRowsAreAllBlank() throws Exception {
            Path file = workbook(wb -> {
                XSSFSheet sheet = wb.createSheet("Ventes");
                row(sheet, 0, "", " ");
                sheet.createRow(3).createCell(2);
            });

            assertThat(refusal(new XlsxRecordSource(file, Optional.empty())).code()).isEqualTo(FileCode.EMPTY_FILE);
        }

        @Test
        void truncatedFile() throws Exception {
            Path whole = workbook(wb -> {
                XSSFSheet sheet = wb.createSheet("Ventes");
                row(sheet, 0, "facture", "ligne", "produit");
                for (int i = 1; i <= 200; i++) {
                    row(sheet, i, "F" + i, "1", "Carottes " + i);
                }
            });
            byte[] bytes = Files.readAllBytes(whole);
            Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
            assertThat(e.args()).containsExactly("l'archive XLSX est tronquée ou abîmée / the XLSX archive is truncated or corrupt");
        }

        @Test
        void textFileRenamedXlsx() throws Exception {
            Path file = Files.writeString(dir.resolve("ventes.xlsx"), "date;facture;ligne\n15/03/2024;F1;1\n");

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
            assertThat(e.args()).containsExactly("ce n'est pas une archive XLSX / the file is not an XLSX archive");
        }

        @Test
        void emptyFile() throws Exception {
            Path file = Files.write(dir.resolve("vide.xlsx"), new byte[0]);

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
            assertThat(e.args()).containsExactly("le fichier est vide / the file is empty");
        }

        @Test
        void zipArchiveThatIsNotAWorkbook() throws Exception {
            Path file = dir.resolve("photos.xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("photo.txt"));
                zip.write("pas un classeur".getBytes(UTF_8));
                zip.closeEntry();
            }

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
            assertThat(e.args()).containsExactly("l'archive ZIP n'est pas un classeur XLSX / the ZIP archive is not an XLSX workbook");
        }

        @Test
        void cellBeyondTheLastColumnOfASheet() throws Exception {
            Path file = handWritten("<row r=\"1\"><c r=\"XFE1\" t=\"inlineStr\"><is><t>a</t></is></c></row>");

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
            assertThat(e.args()).containsExactly("une cellule est au-delà de la dernière colonne d'une feuille (XFD) / a cell lies beyond the last column of a sheet (XFD)");
        }

        @Test
        void headerWiderThanTheLimitOfCsvFiles() throws Exception {
            Path file = workbook(wb -> {
                String[] wide = new String[XlsxRecordSource.MAX_HEADER_COLUMNS + 1];
                Arrays.setAll(wide, i -> "c" + i);
                row(wb.createSheet("Ventes"), 0, wide);
            });

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.TOO_MANY_COLUMNS);
            assertThat(e.args()).containsExactly("1001", "1000");
        }

        @Test
        void sheetNamesOfATextFile() throws Exception {
            Path file = Files.writeString(dir.resolve("ventes.xlsx"), "pas un classeur");

            FileRefusedException e = catchThrowableOfType(FileRefusedException.class,
                    () -> XlsxRecordSource.sheetNames(file));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
        }

        @Test
        void xmlEntityBomb() throws Exception {
            Path file = handWritten("""
                    <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
                    <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>""",
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;</t></is></c></row>");

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
            assertThat(e.args()).containsExactly("l'archive XLSX contient des entités XML interdites / the XLSX archive contains forbidden XML entities");
        }

        @Test
        void zipBomb() throws Exception {
            String row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>";
            Path file = handWritten("", row + " ".repeat(20_000_000));

            FileRefusedException e = refusal(new XlsxRecordSource(file, Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
            assertThat(e.args()).containsExactly("l'archive XLSX se décompresse en une taille déraisonnable, peut-être une bombe ZIP / the XLSX archive expands to an unreasonable size (possible zip bomb)");
        }

        @Test
        void missingFile() {
            FileRefusedException e = refusal(new XlsxRecordSource(dir.resolve("absent.xlsx"), Optional.empty()));

            assertThat(e.code()).isEqualTo(FileCode.UNREADABLE);
        }

        private FileRefusedException refusal(XlsxRecordSource source) {
            FileRefusedException e = catchThrowableOfType(FileRefusedException.class,
                    () -> source.read(new Collected()));
            assertThat(e).as("refusal").isNotNull();
            assertThat(e.args()).allSatisfy(arg -> assertThat(arg).doesNotContain("\n", "Exception"));
            return e;
        }
    }

    // ---- helpers

    private Path workbook(Consumer<XSSFWorkbook> content) throws IOException {
        Path file = Files.createTempFile(dir, "classeur", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        }
        return file;
    }

    private static void row(XSSFSheet sheet, int index, String... values) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private Path handWritten(String sheetData) throws IOException {
        return handWritten("", sheetData);
    }

    /** A minimal package as other software writes it: no styles, no shared strings. */
    private Path handWritten(String doctype, String sheetData) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                </Types>""");
        parts.put("_rels/.rels", "<Relationships xmlns=\"" + pkgRel + "\"><Relationship Id=\"rId1\" Type=\""
                + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                + "<sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + pkgRel + "\"><Relationship Id=\"rId1\" Type=\""
                + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<worksheet xmlns=\"" + main + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
        Path file = Files.createTempFile(dir, "autre", ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Collected read(Path file) throws Exception {
        return read(new XlsxRecordSource(file, Optional.empty()));
    }

    private static Collected read(XlsxRecordSource source) throws Exception {
        Collected collected = new Collected();
        try (source) {
            source.read(collected);
        }
        return collected;
    }

    private static List<String> firstCells(Collected read) {
        return read.records.stream().map(r -> r.cells().get(0)).toList();
    }

    /** One record as the sink saw it. */
    record Rec(long line, List<String> cells, int cellCount, String raw) {}

    /** A sink that keeps everything, copying the cells since the reader may reuse them. */
    static final class Collected implements RecordSink {
        long headerLine = -1;
        List<String> header;
        final List<Rec> records = new ArrayList<>();

        @Override
        public void header(long line, String[] cells) {
            assertThat(header).as("header called once").isNull();
            headerLine = line;
            header = List.of(cells);
        }

        @Override
        public void record(long line, String[] cells, int cellCount, CharSequence raw) {
            assertThat(header).as("header before records").isNotNull();
            records.add(new Rec(line, List.of(Arrays.copyOf(cells, cellCount)), cellCount, raw.toString()));
        }
    }
}
