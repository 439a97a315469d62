package fr.impact.reports.xlsx;

import static java.util.Objects.requireNonNull;

import fr.impact.reports.chart.ChartData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of an {@link XlsxBook}: a header row (frozen, with a filter), then rows whose
 * cells are stored according to their column's {@link Column.Kind} — numbers as numbers,
 * dates as dates — and optionally a totals row of {@code SUM} formulas whose values are cached
 * (so a reader that does not recompute, or POI, sees them).
 *
 * <p><b>Text that looks like a formula.</b> A text value that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP's list for "CSV/formula
 * injection") is kept <em>exactly as it was</em> — an invoice reference or a supplier's name
 * must match the source file — in a text cell whose style has Excel's "quote prefix" flag:
 * the invisible leading apostrophe Excel itself records when one types {@code '=…}. Such a
 * cell is never a formula in this workbook, and stays text when a user edits it and presses
 * Enter, in Excel and in LibreOffice. (Exporting the sheet to CSV is the user's program's
 * business; CSV files this platform writes must neutralise on their own.)
 */
public final class XlsxSheet {

    /** Excel's limit for the text of one cell. */
    static final int MAX_TEXT = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final XSSFSheet sheet;
    private final List<Column> columns;
    private final XlsxBook.Styles styles;
    private final int[] widths;
    private final BigDecimal[] sums;
    private int next;
    private int firstDataRow;
    private boolean totalled;
    /** The first row (0-based) of the group the next {@link #subtotal} closes. */
    private int groupStart = -1;
    private final BigDecimal[] groupSums;
    private boolean subtotalled;

    XlsxSheet(XSSFSheet sheet, List<Column> columns, XlsxBook.Styles styles) {
        this.sheet = sheet;
        this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs columns");
        }
        this.styles = styles;
        this.widths = new int[columns.size()];
        this.sums = new BigDecimal[columns.size()];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        this.groupSums = new BigDecimal[columns.size()];
        java.util.Arrays.fill(groupSums, BigDecimal.ZERO);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(columns.get(i).title());
            c.setCellStyle(styles.header());
            widths[i] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longestWord(columns.get(i).title()) + 2));
        }
        sheet.createFreezePane(0, 1);
        firstDataRow = next;
    }

    /** The sheet's name. */
    public String name() {
        return sheet.getSheetName();
    }

    /**
     * A row, one value per column: text for TEXT; a {@link Number} for INTEGER, MONEY, SHARE
     * (a fraction: 0.125 shows 12,5 %) and DECIMAL; a {@link LocalDate} for DATE; null or an
     * empty {@link Optional} for an empty cell.
     */
    public XlsxSheet row(Object... values) {
        return row(java.util.Arrays.asList(values));
    }

    /** @see #row(Object...) */
    public XlsxSheet row(List<?> values) {
        if (totalled) {
            throw new IllegalStateException("the totals row is the last row");
        }
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        if (groupStart < 0) {
            groupStart = next;
        }
        Row r = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i) instanceof Optional<?> o ? o.orElse(null) : values.get(i);
            if (v == null) {
                continue;
            }
            Cell c = r.createCell(i);
            Column col = columns.get(i);
            switch (col.kind()) {
                case TEXT -> text(c, v.toString());
                case DATE -> {
                    if (!(v instanceof LocalDate d)) {
                        throw new IllegalArgumentException(col.title() + ": a date is expected, not " + v);
                    }
                    c.setCellValue(d);
                    c.setCellStyle(styles.date());
                    widen(i, 10);
                }
                case INTEGER, MONEY, SHARE, DECIMAL -> {
                    BigDecimal n = decimal(col, v);
                    c.setCellValue(n.doubleValue());
                    c.setCellStyle(style(col.kind(), false));
                    sums[i] = sums[i].add(n);
                    groupSums[i] = groupSums[i].add(n);
                    widen(i, shownLength(col.kind(), n));
                }
            }
        }
        return this;
    }

    /**
     * The totals row: {@code label} in the first column, a {@code SUM} over the rows above
     * (its value cached) in every INTEGER, MONEY and DECIMAL column, empty elsewhere.
     */
    public XlsxSheet totals(String label) {
        if (totalled) {
            throw new IllegalStateException("the sheet already has its totals row");
        }
        Row r = sheet.createRow(next);
        int last = next; // the last data row, in A1 numbering (1-based)
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            if (i == 0 && col.kind() == Column.Kind.TEXT) {
                Cell c = r.createCell(i);
                text(c, label);
                c.setCellStyle(styles.totalText());
                continue;
            }
            Cell c = r.createCell(i);
            if (col.kind().summed()) {
                String letter = CellReference.convertNumToColString(i);
                String fn = subtotalled ? "SUBTOTAL(9," : "SUM(";
                c.setCellFormula(next > firstDataRow
                        ? fn + letter + (firstDataRow + 1) + ":" + letter + last + ")" : "0");
                c.setCellValue(sums[i].doubleValue());
                widen(i, shownLength(col.kind(), sums[i]));
            }
            c.setCellStyle(style(col.kind(), true));
        }
        next++;
        totalled = true;
        return this;
    }

    /**
     * A subtotal row closing the rows written since the previous subtotal (a heading of a
     * FEADER claim, a nature of charges): {@code label} in the first column, a
     * {@code SUBTOTAL(9, …)} formula with its value cached in every INTEGER, MONEY and DECIMAL
     * column. Once a sheet has subtotals, its {@link #totals} row uses {@code SUBTOTAL(9, …)}
     * over the whole range, which leaves the subtotal rows out, so nothing is counted twice;
     * and it has no filter, since sorting would tear groups from their subtotals.
     */
    public XlsxSheet subtotal(String label) {
        if (totalled) {
            throw new IllegalStateException("the totals row is the last row");
        }
        if (groupStart < 0) {
            throw new IllegalStateException("a subtotal needs rows above it");
        }
        Row r = sheet.createRow(next);
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            Cell c = r.createCell(i);
            if (i == 0 && col.kind() == Column.Kind.TEXT) {
                text(c, label);
                c.setCellStyle(styles.totalText());
                continue;
            }
            if (col.kind().summed()) {
                String letter = CellReference.convertNumToColString(i);
                c.setCellFormula("SUBTOTAL(9," + letter + (groupStart + 1) + ":" + letter + next + ")");
                c.setCellValue(groupSums[i].doubleValue());
                widen(i, shownLength(col.kind(), groupSums[i]));
            }
            c.setCellStyle(style(col.kind(), true));
        }
        next++;
        groupStart = -1;
        java.util.Arrays.fill(groupSums, BigDecimal.ZERO);
        subtotalled = true;
        return this;
    }

    /**
     * A row of a sheet of fields or indicators: the label as text in the first column, then
     * the values in the next columns, all stored as {@code kind} says (numbers, dates or text)
     * whatever those columns' own kinds — so that one sheet can list amounts, shares and dates
     * line by line, each with its proper format. Null or empty values leave a cell empty.
     */
    public XlsxSheet field(String label, Column.Kind kind, Object... values) {
        requireNonNull(kind, "kind is null");
        if (totalled) {
            throw new IllegalStateException("the totals row is the last row");
        }
        if (values.length + 1 > columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + (columns.size() - 1) + " columns");
        }
        Row r = sheet.createRow(next++);
        text(r.createCell(0), label);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i] instanceof Optional<?> o ? o.orElse(null) : values[i];
            if (v == null) {
                continue;
            }
            int col = i + 1;
            Cell c = r.createCell(col);
            switch (kind) {
                case TEXT -> text(c, v.toString());
                case DATE -> {
                    if (!(v instanceof LocalDate d)) {
                        throw new IllegalArgumentException(label + ": a date is expected, not " + v);
                    }
                    c.setCellValue(d);
                    c.setCellStyle(styles.date());
                    widen(col, 10);
                }
                case INTEGER, MONEY, SHARE, DECIMAL -> {
                    BigDecimal n = decimal(new Column(label, kind), v);
                    c.setCellValue(n.doubleValue());
                    c.setCellStyle(style(kind, false));
                    widen(col, shownLength(kind, n));
                }
            }
        }
        return this;
    }

    /** The exact sum of a numeric column so far (what the totals row shows). */
    public BigDecimal sum(int column) {
        return sums[column];
    }

    /** The columns of a chart's data (its table form): the category, then one per series, in the chart's unit. */
    public static List<Column> columnsOf(ChartData data) {
        List<Column> out = new ArrayList<>();
        List<String> header = data.header();
        out.add(Column.text(header.get(0)));
        Column.Kind kind = switch (data.unit()) {
            case EUROS_HT -> Column.Kind.MONEY;
            case SHARE -> Column.Kind.SHARE;
            case COUNT -> Column.Kind.INTEGER;
            case KILOGRAMS -> Column.Kind.DECIMAL;
        };
        for (int i = 1; i < header.size(); i++) {
            out.add(new Column(header.get(i), kind));
        }
        return out;
    }

    /** Adds the rows of a chart's data (the sheet made with {@link #columnsOf}). */
    public XlsxSheet rows(ChartData data) {
        for (ChartData.Row r : data.rows()) {
            List<Object> values = new ArrayList<>();
            values.add(r.category());
            values.addAll(r.values());
            row(values);
        }
        return this;
    }

    /**
     * Column widths, the header's filter, and the print layout (landscape A4, all columns on
     * the page's width, the header repeated on every page); called by the book when it saves.
     */
    void finish() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widths[i] + 1) * 256);
        }
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        if (subtotalled) {
            return;
        }
        int lastDataRow = (totalled ? next - 2 : next - 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastDataRow), 0, columns.size() - 1));
    }

    private void text(Cell c, String raw) {
        String s = raw.length() > MAX_TEXT ? raw.substring(0, MAX_TEXT - 1) + "…" : raw;
        c.setCellValue(s);
        c.setCellStyle(looksLikeFormula(s) ? styles.quotedText() : styles.text());
        widen(c.getColumnIndex(), s.length());
    }

    /** Whether a spreadsheet could take this text for a formula (OWASP: = + - @ tab CR first). */
    static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }

    private CellStyle style(Column.Kind kind, boolean total) {
        return switch (kind) {
            case INTEGER -> total ? styles.totalInteger() : styles.integer();
            case MONEY -> total ? styles.totalMoney() : styles.money();
            case SHARE -> total ? styles.totalShare() : styles.share();
            case DECIMAL -> total ? styles.totalDecimal() : styles.decimal();
            case DATE -> total ? styles.totalDate() : styles.date();
            case TEXT -> total ? styles.totalText() : styles.text();
        };
    }

    private static BigDecimal decimal(Column col, Object v) {
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new IllegalArgumentException(col.title() + ": a number is expected, not " + v);
    }

    /** Roughly how many characters the formatted number takes. */
    private static int shownLength(Column.Kind kind, BigDecimal n) {
        int digits = n.abs().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString().length();
        int groups = (digits - 1) / 3;
        int sign = n.signum() < 0 ? 1 : 0;
        return switch (kind) {
            case MONEY -> sign + digits + groups + 3 + 2;
            case DECIMAL -> sign + digits + groups + 3;
            case SHARE -> 7;
            default -> sign + digits + groups;
        };
    }

    private void widen(int column, int length) {
        widths[column] = Math.min(MAX_WIDTH, Math.max(widths[column], length + 2));
    }

    private static int longestWord(String s) {
        int most = 0;
        for (String w : s.split("\\s+")) {
            most = Math.max(most, w.length());
        }
        return Math.max(most, Math.min(s.length(), 14));
    }
}
