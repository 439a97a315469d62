package fr.impact.dashboard.charts;

import static java.util.Objects.requireNonNull;

import fr.impact.dashboard.system.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chart's data as a table: typed columns, one row per category, each row optionally linked
 * to a page that details it. The same rows are shown under the chart ({@link Row#display()}:
 * {@code 1 234,56 €}, {@code 66,7 %}) and written as CSV ({@link #csv()}: {@code 1234,56},
 * {@code 66,7}).
 *
 * @param title what the table holds (its caption)
 * @param columns the columns, the category's first
 * @param rows the rows
 */
public record ChartTable(String title, List<Column> columns, List<Row> rows) {

    /** How a column's values are written. */
    public enum Kind {
        TEXT, MONEY, SHARE, INTEGER, DATE;

        boolean numeric() {
            return this != TEXT && this != DATE;
        }
    }

    /** A column: its title and the kind of its values. */
    public record Column(String name, Kind kind) {
        public Column {
            requireNonNull(name, "name is null");
            requireNonNull(kind, "kind is null");
        }

        /** Right-aligned in HTML. */
        public boolean numeric() {
            return kind.numeric();
        }
    }

    /**
     * A row: its values as shown and as written to CSV, and the page detailing it (null when none).
     */
    public record Row(List<String> display, List<String> csv, String link) {
        public Row {
            display = List.copyOf(display);
            csv = List.copyOf(csv);
        }
    }

    /**
     * The table's head and body as HTML, every value escaped: what the page shows under the
     * chart. Written here rather than by the template, because a page draws several such tables
     * and the template engine costs about ten times more per cell (measured on /local: the three
     * tables took p95 from 118 to 180 ms under 16 clients).
     */
    public String html() {
        StringBuilder b = new StringBuilder(256 + rows.size() * 160);
        b.append("<thead><tr>");
        for (Column c : columns) {
            b.append("<th scope=\"col\"").append(c.numeric() ? " class=\"num\">" : ">").append(escape(c.name()))
                    .append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Row r : rows) {
            b.append("<tr><th scope=\"row\">");
            if (r.link() != null) {
                b.append("<a href=\"").append(escape(r.link())).append("\">").append(escape(r.display().get(0)))
                        .append("</a>");
            } else {
                b.append(escape(r.display().get(0)));
            }
            b.append("</th>");
            for (int i = 1; i < columns.size(); i++) {
                b.append(columns.get(i).numeric() ? "<td class=\"num\">" : "<td>").append(escape(r.display().get(i)))
                        .append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody>").toString();
    }

    private static String escape(String s) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(s, "UTF-8");
    }

    public ChartTable {
        requireNonNull(title, "title is null");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.display().size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + r.display().size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    /** A table whose values are shown as {@code fr} writes them (French, or English when the page is). */
    public static Builder builder(String title, Formats fr) {
        return new Builder(title, fr);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The CSV file: a BOM, the column titles, one line per row; {@code ;} between values, CRLF
     * after each line; amounts with two decimals and shares as percentages with one, both with
     * a decimal comma and no grouping; text quoted when it holds {@code ;}, a quote or a line
     * break, and preceded by {@code '} when a spreadsheet could take it for a formula.
     */
    public byte[] csv() {
        StringBuilder b = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (Column c : columns) {
            header.add(text(c.name()));
        }
        b.append(String.join(";", header)).append("\r\n");
        for (Row r : rows) {
            b.append(String.join(";", r.csv())).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text cell for CSV: neutralised if it could be read as a formula, then quoted if needed. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (looksLikeFormula(v)) {
            v = "'" + v;
        }
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** What the reports' workbooks neutralise too (OWASP's list): = + - @ tab CR, and their full-width forms. */
    static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }

    /** Builds a table column by column, then row by row. */
    public static final class Builder {
        private final String title;
        private final Formats fr;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        private Builder(String title, Formats fr) {
            this.title = title;
            this.fr = requireNonNull(fr, "fr is null");
        }

        public Builder column(String name, Kind kind) {
            columns.add(new Column(name, kind));
            return this;
        }

        /**
         * A row: one value per column (String for TEXT, BigDecimal or Optional&lt;BigDecimal&gt;
         * for MONEY and SHARE, a Number for INTEGER, LocalDate or Optional&lt;LocalDate&gt; for
         * DATE; null or empty for none).
         */
        public Builder row(String link, Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            List<String> display = new ArrayList<>();
            List<String> csv = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                Object v = values[i] instanceof Optional<?> o ? o.orElse(null) : values[i];
                Kind k = columns.get(i).kind();
                display.add(display(k, v));
                csv.add(csv(k, v));
            }
            rows.add(new Row(display, csv, link));
            return this;
        }

        public ChartTable build() {
            return new ChartTable(title, columns, rows);
        }

        private String display(Kind k, Object v) {
            if (v == null) {
                return "—";
            }
            return switch (k) {
                case TEXT -> v.toString();
                case MONEY -> fr.euros((BigDecimal) v);
                case SHARE -> fr.percent(v, 1);
                case INTEGER -> fr.integer(((Number) v).longValue());
                case DATE -> fr.date((LocalDate) v);
            };
        }

        private static String csv(Kind k, Object v) {
            if (v == null) {
                return "";
            }
            return switch (k) {
                case TEXT -> text(v.toString());
                case MONEY -> ((BigDecimal) v).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
                case SHARE -> ((BigDecimal) v).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString()
                        .replace('.', ',');
                case INTEGER -> String.valueOf(((Number) v).longValue());
                case DATE -> ((LocalDate) v).format(DATE);
            };
        }
    }
}
