package fr.impact.ingestion.xlsx;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.RecordSink;
import fr.impact.ingestion.read.RecordSource;
import fr.impact.ingestion.read.Sniff;
import fr.impact.ingestion.rules.FileCode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One sheet of an XLSX workbook, read row by row with POI's streaming SAX reader.
 *
 * <p>Cells come out as locale-free text: strings as written, numbers with a decimal point
 * and no grouping or exponent, dates (numbers with a date format) as {@code yyyy-MM-dd},
 * booleans as {@code TRUE}/{@code FALSE}, formulas as their cached value, errors as their
 * text ({@code #DIV/0!}). The header is the first row with a non-blank cell; every later
 * row of the sheet is a record, numbered as Excel shows it. Anything wrong with the file
 * itself (corrupt archive, zip or XML bomb, not an XLSX file) is a {@link FileRefusedException}.
 */
public final class XlsxRecordSource implements RecordSource {

    /** Columns in a sheet, A to XFD. */
    private static final int MAX_COLUMNS = 16_384;
    /** Headers wider than this are refused, as in CSV files. */
    public static final int MAX_HEADER_COLUMNS = 1000;
    private static final String CORRUPT = "l'archive XLSX est tronquée ou abîmée / "
            + "the XLSX archive is truncated or corrupt";

    private final Path file;
    private final Optional<String> sheetName;
    private String chosenSheet;

    public XlsxRecordSource(Path file, Optional<String> sheetName) {
        this.file = requireNonNull(file, "file is null");
        this.sheetName = requireNonNull(sheetName, "sheetName is null");
    }

    /** The names of the workbook's worksheets, in tab order (chart sheets left out). */
    public static List<String> sheetNames(Path file) throws IOException, FileRefusedException {
        requireNonNull(file, "file is null");
        OPCPackage pkg = open(file);
        try {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = new XSSFReader(pkg).getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                if (isWorksheet(sheets)) {
                    names.add(sheets.getSheetName());
                }
            }
            return List.copyOf(names);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            pkg.revert();
        }
    }

    @Override
    public void read(RecordSink sink) throws IOException, FileRefusedException {
        requireNonNull(sink, "sink is null");
        OPCPackage pkg = open(file);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = usesDate1904(reader);
            try (SheetData sheet = chooseSheet(reader)) {
                chosenSheet = sheet.name();
                RowCollector rows = new RowCollector(sink, date1904);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(reader.getStylesTable(), strings, rows));
                xml.parse(new InputSource(sheet.data()));
                if (!rows.sawHeader()) {
                    throw new FileRefusedException(FileCode.EMPTY_FILE);
                }
            }
        } catch (SinkFailure e) {
            throw e.original();
        } catch (Refusal e) {
            throw e.refusal;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                | RuntimeException e) {
            SinkFailure sinkFailure = find(e, SinkFailure.class);
            if (sinkFailure != null) {
                throw sinkFailure.original();
            }
            Refusal refusal = find(e, Refusal.class);
            if (refusal != null) {
                throw refusal.refusal;
            }
            throw unreadable(e);
        } finally {
            pkg.revert();
        }
    }

    @Override
    public String description() {
        String sheet = chosenSheet != null ? chosenSheet : sheetName.map(String::strip).orElse(null);
        return sheet == null ? "XLSX, première feuille" : "XLSX, feuille « " + sheet + " »";
    }

    /**
     * Refuses a workbook saved with a password: it is an OLE2 container (like an old .xls)
     * holding an {@code EncryptionInfo} stream and the encrypted package, which cannot be read.
     */
    public static void requireNoPassword(Path file, Sniff sniff) throws FileRefusedException {
        if (sniff.format() != Sniff.Format.XLS) {
            return;
        }
        boolean encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            encrypted = fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            encrypted = false; // not even a readable OLE2 file: refused as .xls
        }
        if (encrypted) {
            throw new FileRefusedException(FileCode.PASSWORD_PROTECTED);
        }
    }

    private static OPCPackage open(Path file) throws FileRefusedException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new FileRefusedException(FileCode.UNREADABLE, "le fichier n'existe pas ou ne peut pas être ouvert / "
                    + "the file does not exist or cannot be read");
        }
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /** The first worksheet, or the one named {@link #sheetName}; closes the streams it skips. */
    private SheetData chooseSheet(XSSFReader reader)
            throws IOException, OpenXML4JException, FileRefusedException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        Optional<String> wanted = sheetName.map(String::strip);
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            InputStream data = sheets.next();
            String name = sheets.getSheetName();
            boolean worksheet = isWorksheet(sheets);
            if (worksheet && wanted.map(w -> w.equalsIgnoreCase(name.strip())).orElse(true)) {
                return new SheetData(name, data);
            }
            data.close();
            if (worksheet) {
                names.add(name);
            }
        }
        if (wanted.isEmpty()) {
            throw new FileRefusedException(FileCode.EMPTY_FILE);
        }
        throw new FileRefusedException(FileCode.SHEET_NOT_FOUND, sheetName.get(), String.join(", ", names));
    }

    private static boolean isWorksheet(XSSFReader.SheetIterator sheets) {
        return XSSFRelation.WORKSHEET.getContentType().equals(sheets.getSheetPart().getContentType());
    }

    /** Whether the workbook counts days from 1904 (old Mac Excel) rather than from 1900. */
    private static boolean usesDate1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            xml.parse(new InputSource(workbook));
        }
        return date1904[0];
    }

    private static FileRefusedException unreadable(Throwable e) {
        return new FileRefusedException(FileCode.UNREADABLE, reason(e));
    }

    /** One short sentence for what went wrong, from the most telling exception in the chain. */
    private static String reason(Throwable e) {
        BadSheet badSheet = find(e, BadSheet.class);
        if (badSheet != null) {
            return badSheet.getMessage();
        }
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return "l'archive XLSX se décompresse en une taille déraisonnable, peut-être une bombe ZIP / "
                        + "the XLSX archive expands to an unreasonable size (possible zip bomb)";
            }
            if (message.contains("entity expansion") || message.contains("doctype")) {
                return "l'archive XLSX contient des entités XML interdites / "
                        + "the XLSX archive contains forbidden XML entities";
            }
        }
        if (find(e, EmptyFileException.class) != null) {
            return "le fichier est vide / the file is empty";
        }
        if (find(e, OLE2NotOfficeXmlFileException.class) != null) {
            return "c'est un ancien classeur Excel (.xls) ou un classeur protégé par un mot de passe, "
                    + "pas une archive XLSX / "
                    + "the file is an old Excel (.xls) or password-protected workbook, not an XLSX archive";
        }
        if (find(e, ODFNotOfficeXmlFileException.class) != null) {
            return "c'est un classeur OpenDocument (.ods), pas une archive XLSX / "
                    + "the file is an OpenDocument spreadsheet (.ods), not an XLSX archive";
        }
        if (find(e, NotOfficeXmlFileException.class) != null) {
            return "ce n'est pas une archive XLSX / the file is not an XLSX archive";
        }
        if (find(e, IOException.class) != null) {
            return CORRUPT;
        }
        if (find(e, SAXException.class) != null) {
            return "l'archive XLSX contient du XML mal formé / the XLSX archive contains malformed XML";
        }
        if (find(e, InvalidFormatException.class) != null) {
            return "l'archive ZIP n'est pas un classeur XLSX / the ZIP archive is not an XLSX workbook";
        }
        return CORRUPT;
    }

    /** The first exception of the given type in the cause chain, or null. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Text of a number, with a point, no grouping, no exponent, no trailing zeros. */
    static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** The chosen sheet's XML. */
    private record SheetData(String name, InputStream data) implements Closeable {
        @Override
        public void close() throws IOException {
            data.close();
        }
    }

    /** Carries a refusal found while parsing (a header too wide) through the SAX parser. */
    private static final class Refusal extends RuntimeException {
        final FileRefusedException refusal;

        Refusal(FileRefusedException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** The sheet itself is malformed (e.g. a cell reference beyond column XFD). */
    private static final class BadSheet extends RuntimeException {
        BadSheet(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Carries an exception thrown by the sink through the SAX parser, to be rethrown as is. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }

    /**
     * POI's sheet handler, also telling the collector each cell's type attribute, which the
     * formatted value alone does not reveal (an error cell, a number without a format).
     */
    private static final class SheetHandler extends XSSFSheetXMLHandler {
        private final RowCollector rows;

        SheetHandler(Styles styles, SharedStrings strings, RowCollector rows) {
            super(styles, null, strings, rows, rows.formatter, false);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName) && (uri == null || XSSFRelation.NS_SPREADSHEETML.equals(uri))) {
                rows.startCell(attributes.getValue("t"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Assembles each row's cells and hands the header, then the records, to the sink. */
    private static final class RowCollector implements SheetContentsHandler {
        private final RecordSink sink;
        private final boolean date1904;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder raw = new StringBuilder();
        final DataFormatter formatter = new PlainFormatter();
        private long line;
        private int nextColumn;
        private int headerWidth = -1;
        private String cellType;
        private boolean formatted;

        RowCollector(RecordSink sink, boolean date1904) {
            this.sink = sink;
            this.date1904 = date1904;
        }

        boolean sawHeader() {
            return headerWidth >= 0;
        }

        void startCell(String type) {
            cellType = type;
            formatted = false;
        }

        @Override
        public void startRow(int rowNum) {
            line = rowNum + 1L;
            nextColumn = 0;
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : column(cellReference);
            nextColumn = column + 1;
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, text(formattedValue));
        }

        private String text(String value) {
            if (value == null) {
                return "";
            }
            if (cellType == null || "n".equals(cellType)) {
                // A number whose style has no format reaches us raw, maybe with an exponent.
                return formatted ? value : rawNumber(value);
            }
            return switch (cellType) {
                case "e" -> value.startsWith("ERROR:") ? value.substring("ERROR:".length()) : value;
                case "d" -> value.length() >= 10 && value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
                        ? value.substring(0, 10)
                        : value;
                default -> value;
            };
        }

        private static String rawNumber(String value) {
            try {
                return plainNumber(Double.parseDouble(value.strip()));
            } catch (NumberFormatException e) {
                return value;
            }
        }

        private static int column(String reference) {
            int column = 0;
            int i = 0;
            for (; i < reference.length(); i++) {
                char c = Character.toUpperCase(reference.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                if (column > MAX_COLUMNS) {
                    throw new BadSheet("une cellule est au-delà de la dernière colonne d'une feuille (XFD) / "
                            + "a cell lies beyond the last column of a sheet (XFD)");
                }
            }
            if (i == 0) {
                throw new BadSheet("une référence de cellule de la feuille est invalide / "
                        + "a cell reference in the sheet is invalid");
            }
            return column - 1;
        }

        @Override
        public void endRow(int rowNum) {
            int width = 0;
            for (int i = cells.size() - 1; i >= 0; i--) {
                if (!cells.get(i).isBlank()) {
                    width = i + 1;
                    break;
                }
            }
            if (headerWidth < 0) {
                if (width > MAX_HEADER_COLUMNS) {
                    throw new Refusal(new FileRefusedException(FileCode.TOO_MANY_COLUMNS, String.valueOf(width),
                            String.valueOf(MAX_HEADER_COLUMNS)));
                }
                if (width > 0) {
                    headerWidth = width;
                    String[] header = cells.subList(0, width).toArray(String[]::new);
                    deliver(() -> sink.header(line, header));
                }
                return;
            }
            int count = Math.max(headerWidth, width);
            String[] record = new String[count];
            raw.setLength(0);
            for (int i = 0; i < count; i++) {
                record[i] = i < cells.size() ? cells.get(i) : "";
                if (i > 0) {
                    raw.append(';');
                }
                raw.append(record[i]);
            }
            deliver(() -> sink.record(line, record, count, raw));
        }

        private static void deliver(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        /** Formats raw numbers without any locale: ISO dates, or plain decimals. */
        private final class PlainFormatter extends DataFormatter {
            @Override
            public String formatRawCellContents(double value, int formatIndex, String formatString) {
                return formatRawCellContents(value, formatIndex, formatString, date1904);
            }

            @Override
            public String formatRawCellContents(
                    double value, int formatIndex, String formatString, boolean use1904Windowing) {
                formatted = true;
                boolean dateFormat = DateUtil.isInternalDateFormat(formatIndex)
                        || DateUtil.isADateFormat(formatIndex, formatString);
                if (dateFormat && DateUtil.isValidExcelDate(value)) {
                    return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
                }
                return plainNumber(value);
            }
        }
    }
}
