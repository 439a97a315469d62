package fr.impact.reports.xlsx;

import static java.util.Objects.requireNonNull;

import fr.impact.reports.format.French;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook for a report: one {@link XlsxSheet} per section, the document's properties set
 * from {@link Info}. The formats are stored in Excel's locale-neutral codes
 * ({@link #MONEY_FORMAT}, {@link #SHARE_FORMAT}, {@link #DATE_FORMAT}), which French Excel
 * and LibreOffice display as {@code 1 234,56 €}, {@code 12,3 %} and {@code 26/11/2026}.
 *
 * <p>The same content and {@link Info} give the same bytes: the generation date is the
 * caller's, and the ZIP entries are dated with it rather than with the clock.
 *
 * <p>Not thread-safe; save it once.
 */
public final class XlsxBook implements AutoCloseable {

    /** Money: shown {@code # ##0,00 €} in French. */
    public static final String MONEY_FORMAT = "#,##0.00\\ \"€\"";
    /** Shares in [0, 1]: shown {@code 0,0 %} in French. */
    public static final String SHARE_FORMAT = "0.0\\ %";
    /** Whole numbers: shown {@code # ##0}. */
    public static final String INTEGER_FORMAT = "#,##0";
    /** Decimals: shown {@code # ##0,00}. */
    public static final String DECIMAL_FORMAT = "#,##0.00";
    /** Dates. */
    public static final String DATE_FORMAT = "dd/mm/yyyy";

    /**
     * What the workbook is.
     *
     * @param title its title
     * @param period the period it covers, as printed ({@code du 01/01/2024 au 31/12/2024})
     * @param author who publishes it (the park)
     * @param generatedOn the date it was produced: the caller's, never the clock's, so the
     *     same data give the same content
     */
    public record Info(String title, String period, String author, LocalDate generatedOn) {
        public Info {
            requireNonNull(title, "title is null");
            requireNonNull(period, "period is null");
            requireNonNull(author, "author is null");
            requireNonNull(generatedOn, "generatedOn is null");
        }
    }

    /** The cell styles of the workbook, made once. */
    record Styles(CellStyle header, CellStyle text, CellStyle quotedText, CellStyle integer, CellStyle money,
            CellStyle share, CellStyle decimal, CellStyle date, CellStyle totalText, CellStyle totalInteger,
            CellStyle totalMoney, CellStyle totalShare, CellStyle totalDecimal, CellStyle totalDate) {}

    private final Info info;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Styles styles;
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private boolean saved;

    private XlsxBook(Info info) {
        this.info = requireNonNull(info, "info is null");
        this.styles = styles();
    }

    public static XlsxBook create(Info info) {
        return new XlsxBook(info);
    }

    /**
     * A new sheet (a section of the report) with its header row. The name is made valid for
     * Excel (31 characters, no {@code []:*?/\}) and unique.
     */
    public XlsxSheet sheet(String name, List<Column> columns) {
        String safe = WorkbookUtil.createSafeSheetName(name, '-');
        String unique = safe;
        for (int n = 2; names.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        names.add(unique.toLowerCase(Locale.ROOT));
        XlsxSheet s = new XlsxSheet(workbook.createSheet(unique), columns, styles);
        sheets.add(s);
        return s;
    }

    /** Writes the workbook (its folder created if needed) and closes it. */
    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            save(out);
        }
    }

    /** Writes the workbook to the stream (left open) and closes it. */
    public void save(OutputStream out) throws IOException {
        if (saved) {
            throw new IllegalStateException("the workbook was already saved");
        }
        saved = true;
        try {
            for (XlsxSheet s : sheets) {
                s.finish();
            }
            properties();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            workbook.write(raw);
            stamp(raw.toByteArray(), out, info.generatedOn().atStartOfDay());
        } finally {
            workbook.close();
        }
    }

    /**
     * Copies the workbook's ZIP with every entry dated {@code when} (POI dates them with the
     * clock), so the same content gives the same bytes.
     */
    private static void stamp(byte[] zip, OutputStream out, LocalDateTime when) throws IOException {
        ZipOutputStream z = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(when);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
        z.flush();
    }

    @Override
    public void close() throws IOException {
        if (!saved) {
            saved = true;
            workbook.close();
        }
    }

    private void properties() {
        POIXMLProperties p = workbook.getProperties();
        POIXMLProperties.CoreProperties core = p.getCoreProperties();
        core.setTitle(info.title());
        core.setSubjectProperty(info.period());
        core.setCreator(info.author());
        core.setDescription(info.title() + " — " + info.period() + " — produit le " + French.date(info.generatedOn()));
        Date when = Date.from(info.generatedOn().atStartOfDay(ZoneId.of("Europe/Paris")).toInstant());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setLastModifiedByUser(info.author());
        POIXMLProperties.CustomProperties custom = p.getCustomProperties();
        custom.addProperty("Période", info.period());
        custom.addProperty("Produit le", French.date(info.generatedOn()));
        p.getExtendedProperties().setApplication("Impact");
        p.getExtendedProperties().setCompany(info.author());
    }

    private Styles styles() {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        short integer = workbook.createDataFormat().getFormat(INTEGER_FORMAT);
        short money = workbook.createDataFormat().getFormat(MONEY_FORMAT);
        short share = workbook.createDataFormat().getFormat(SHARE_FORMAT);
        short decimal = workbook.createDataFormat().getFormat(DECIMAL_FORMAT);
        short date = workbook.createDataFormat().getFormat(DATE_FORMAT);

        XSSFCellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xEE, (byte) 0xE4}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        CellStyle text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        return new Styles(header, text, quoted, numeric(integer, null), numeric(money, null), numeric(share, null),
                numeric(decimal, null), numeric(date, null), total(text, bold), numeric(integer, bold),
                numeric(money, bold), numeric(share, bold), numeric(decimal, bold), numeric(date, bold));
    }

    private CellStyle numeric(short format, XSSFFont font) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(format);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setAlignment(HorizontalAlignment.RIGHT);
        if (font != null) {
            s.setFont(font);
            s.setBorderTop(BorderStyle.THIN);
        }
        return s;
    }

    private CellStyle total(CellStyle base, XSSFFont font) {
        CellStyle s = workbook.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFont(font);
        s.setBorderTop(BorderStyle.THIN);
        return s;
    }
}
