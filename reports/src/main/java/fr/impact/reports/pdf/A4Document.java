package fr.impact.reports.pdf;

import static java.util.Objects.requireNonNull;

import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.Palette;
import fr.impact.reports.fonts.Fonts;
import fr.impact.reports.fonts.Fonts.Face;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * An A4 portrait document laid out from top to bottom: each call adds a block under the
 * previous one (a title, a wrapped paragraph, key figures, a table, a chart…) and starts a new
 * page when the block does not fit. On {@link #save}, every page gets its footer: the coverage
 * line on the left, "page n / N" on the right.
 *
 * <p>The output is deterministic: the document's dates and identifier come from the
 * {@link Info} (the generation date is the caller's, never the clock), so the same data and
 * date give the same bytes.
 *
 * <p>Not thread-safe; one document per instance; close it (or {@link #save} it) once.
 */
public final class A4Document implements AutoCloseable {

    /** The page size. */
    public static final PDRectangle PAGE = PDRectangle.A4;
    /** Left and right margins, points (15 mm). */
    public static final float MARGIN = 42.5f;
    private static final float TOP = 40f;
    /** The bottom margin holds the footer. */
    private static final float BOTTOM = 50f;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * What the document is.
     *
     * @param title the document's title (PDF properties)
     * @param subject its subject, e.g. the period it covers
     * @param author who publishes it (the park)
     * @param generatedOn the date it was produced — printed, and its PDF creation date
     * @param footer the coverage line printed at the bottom of every page
     */
    public record Info(String title, String subject, String author, LocalDate generatedOn, String footer) {
        public Info {
            requireNonNull(title, "title is null");
            requireNonNull(subject, "subject is null");
            requireNonNull(author, "author is null");
            requireNonNull(generatedOn, "generatedOn is null");
            requireNonNull(footer, "footer is null");
        }
    }

    /** Text styles: face, size (points), colour, line height as a multiple of the size. */
    public enum Style {
        TITLE(Face.BOLD, 20f, Palette.TEXT, 1.2f),
        SUBTITLE(Face.REGULAR, 11f, Palette.MUTED, 1.3f),
        HEADING(Face.BOLD, 12f, Palette.TEXT, 1.3f),
        BODY(Face.REGULAR, 10.5f, Palette.TEXT, 1.4f),
        STRONG(Face.BOLD, 10.5f, Palette.TEXT, 1.4f),
        SMALL(Face.REGULAR, 7.5f, Palette.MUTED, 1.35f),
        SMALL_STRONG(Face.BOLD, 7.5f, Palette.TEXT, 1.35f);

        final Face face;
        final float size;
        final Color color;
        final float leading;

        Style(Face face, float size, Color color, float leading) {
            this.face = face;
            this.size = size;
            this.color = color;
            this.leading = leading;
        }
    }

    /**
     * A large number in a box, with what it means.
     *
     * @param value the number as printed ({@code 67 %}, {@code 4 550 €})
     * @param caption what it is, in plain words
     * @param detail an optional finer line (the exact amount, the definition)
     */
    public record KeyFigure(String value, String caption, Optional<String> detail) {
        public KeyFigure {
            requireNonNull(value, "value is null");
            requireNonNull(caption, "caption is null");
            requireNonNull(detail, "detail is null");
        }

        public static KeyFigure of(String value, String caption, String detail) {
            return new KeyFigure(value, caption, Optional.ofNullable(detail));
        }
    }

    /** A table column: its title, its share of the width, its alignment. */
    public record Column(String title, float weight, Align align) {
        public Column {
            requireNonNull(title, "title is null");
            requireNonNull(align, "align is null");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }

    /** Alignment in a table cell (numbers to the right). */
    public enum Align { LEFT, RIGHT }

    /**
     * A table: columns, rows of already formatted cells, optionally a totals row (bold, under
     * a rule). The header is repeated on every page the table runs over.
     */
    public record Table(List<Column> columns, List<List<String>> rows, Optional<List<String>> totals,
            java.util.Set<Integer> subtotalRows) {

        /** A table without subtotal rows. */
        public Table(List<Column> columns, List<List<String>> rows, Optional<List<String>> totals) {
            this(columns, rows, totals, java.util.Set.of());
        }

        /**
         * @param subtotalRows the indexes in {@code rows} of subtotal rows (a heading's, a
         *     nature's): bold, under a rule, like the totals row
         */
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            requireNonNull(totals, "totals is null");
            subtotalRows = java.util.Set.copyOf(requireNonNull(subtotalRows, "subtotalRows is null"));
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + r.size() + " cells for " + columns.size()
                            + " columns");
                }
            }
            if (totals.isPresent() && totals.get().size() != columns.size()) {
                throw new IllegalArgumentException("the totals row has the wrong number of cells");
            }
        }
    }

    private final Info info;
    private final PDDocument document;
    private final PdfFonts fonts;
    private PDPageContentStream stream;
    /** Distance from the top of the page to the next block, points. */
    private float cursor;
    private boolean saved;

    private A4Document(Info info) {
        this.info = info;
        this.document = new PDDocument();
        this.fonts = new PdfFonts(document);
        newPage();
    }

    public static A4Document create(Info info) {
        return new A4Document(info);
    }

    /** The usable width between the margins, points. */
    public static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /** The height left on the current page, points. */
    public float remaining() {
        return PAGE.getHeight() - BOTTOM - cursor;
    }

    /** How many pages so far. */
    public int pages() {
        return document.getNumberOfPages();
    }

    // ---------------------------------------------------------------- blocks

    /** Ends the page; the next block starts a new one. */
    public void newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cursor = TOP;
    }

    /** Vertical space. */
    public void space(float points) {
        cursor += points;
    }

    /** Starts a new page unless this much height is left. */
    public void keep(float height) {
        if (remaining() < height && cursor > TOP) {
            newPage();
        }
    }

    /** A thin horizontal rule across the text width. */
    public void rule() {
        keep(4);
        float y = yOf(cursor);
        line(MARGIN, y, MARGIN + width(), y, Palette.GRID, 0.6f);
        cursor += 4;
    }

    /** Text in a style, wrapped to the width; {@code \n} starts a new line. Returns the height used. */
    public float text(String text, Style style) {
        return text(text, style, MARGIN, width());
    }

    /** The document's title. */
    public void title(String text) {
        text(text, Style.TITLE);
        space(2);
    }

    /** How many lines of this style still fit on the page. */
    public int linesLeft(Style style) {
        return (int) Math.floor(remaining() / (style.size * style.leading));
    }

    /**
     * Short items in a grid of {@code columns} columns, filled row by row, one line each
     * (an item too wide for its column is cut and ends with {@code …}).
     */
    public void grid(List<String> items, int columns, Style style) {
        float gap = 12f;
        float w = (width() - gap * (columns - 1)) / columns;
        float lead = style.size * style.leading;
        for (int start = 0; start < items.size(); start += columns) {
            if (remaining() < lead) {
                newPage();
            }
            for (int i = 0; i < columns && start + i < items.size(); i++) {
                String item = fit(items.get(start + i), style.face, style.size, w);
                show(item, style.face, style.size, style.color, MARGIN + i * (w + gap), yOf(cursor + style.size));
            }
            cursor += lead;
        }
    }

    /** The text, cut and ended with {@code …} if wider than {@code width}. */
    private String fit(String text, Face face, float size, float width) {
        if (fonts.width(face, text, size) <= width) {
            return text;
        }
        int n = text.length();
        while (n > 1 && fonts.width(face, text.substring(0, n) + "…", size) > width) {
            n--;
        }
        return text.substring(0, n) + "…";
    }

    /** A section heading, kept with at least a few lines after it. */
    public void heading(String text) {
        keep(Style.HEADING.size * 1.3f + 40);
        space(4);
        text(text, Style.HEADING);
        space(2);
    }

    /** A body paragraph, followed by a little space. */
    public void paragraph(String text) {
        text(text, Style.BODY);
        space(4);
    }

    /** Key figures in a grid of {@code perRow} boxes a row; the numbers in every box share one size. */
    public void keyFigures(List<KeyFigure> figures, int perRow) {
        if (figures.isEmpty()) {
            return;
        }
        float gap = 10f;
        float boxWidth = (width() - gap * (perRow - 1)) / perRow;
        float pad = 8f;
        float accent = 4f;
        float inner = boxWidth - 2 * pad - accent;
        float valueSize = 26f;
        for (KeyFigure f : figures) {
            float w = fonts.width(Face.BOLD, f.value(), 1f);
            valueSize = Math.min(valueSize, inner / w);
        }
        float captionSize = 9.5f;
        float detailSize = 7.5f;
        float gapAfterValue = 4f;
        for (int start = 0; start < figures.size(); start += perRow) {
            List<KeyFigure> row = figures.subList(start, Math.min(figures.size(), start + perRow));
            float height = 0;
            for (KeyFigure f : row) {
                float h = pad + valueSize + gapAfterValue + lines(f.caption(), Face.REGULAR, captionSize, inner).size()
                        * captionSize * 1.3f;
                if (f.detail().isPresent()) {
                    h += 2 + lines(f.detail().get(), Face.REGULAR, detailSize, inner).size() * detailSize * 1.35f;
                }
                height = Math.max(height, h + pad);
            }
            keep(height);
            float top = cursor;
            for (int i = 0; i < row.size(); i++) {
                KeyFigure f = row.get(i);
                float x = MARGIN + i * (boxWidth + gap);
                rect(x, yOf(top + height), boxWidth, height, Palette.SHADE);
                rect(x, yOf(top + height), accent, height, Palette.LOCAL);
                float tx = x + accent + pad;
                float baseline = top + pad + valueSize * 0.8f;
                show(f.value(), Face.BOLD, valueSize, Palette.TEXT, tx, yOf(baseline));
                float y = top + pad + valueSize + gapAfterValue;
                for (String l : lines(f.caption(), Face.REGULAR, captionSize, inner)) {
                    show(l, Face.REGULAR, captionSize, Palette.TEXT, tx, yOf(y + captionSize * 0.95f));
                    y += captionSize * 1.3f;
                }
                if (f.detail().isPresent()) {
                    y += 2;
                    for (String l : lines(f.detail().get(), Face.REGULAR, detailSize, inner)) {
                        show(l, Face.REGULAR, detailSize, Palette.MUTED, tx, yOf(y + detailSize * 0.95f));
                        y += detailSize * 1.35f;
                    }
                }
            }
            cursor = top + height + gap;
        }
    }

    /** A chart across the text width, drawn as vectors. */
    public void chart(Chart chart, float height) {
        charts(height, List.of(chart));
    }

    /** Charts side by side across the text width, all this tall, drawn as vectors. */
    public void charts(float height, List<Chart> charts) {
        if (charts.isEmpty()) {
            return;
        }
        keep(height);
        float gap = 16f;
        float w = (width() - gap * (charts.size() - 1)) / charts.size();
        for (int i = 0; i < charts.size(); i++) {
            float x = MARGIN + i * (w + gap);
            PdfGraphics2D g = PdfGraphics2D.open(document, stream, fonts,
                    new Rectangle2D.Float(x, yOf(cursor + height), w, height));
            try {
                charts.get(i).draw(g, new Rectangle2D.Double(0, 0, w, height));
            } finally {
                g.dispose();
            }
        }
        cursor += height;
    }

    /** A table across the text width; the header is repeated after each page break. */
    public void table(Table table) {
        float size = 8.5f;
        float padX = 4f;
        float padY = 3f;
        float lead = size * 1.3f;
        float total = 0;
        for (Column c : table.columns()) {
            total += c.weight();
        }
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * table.columns().get(i).weight() / total;
        }
        List<String> header = table.columns().stream().map(Column::title).toList();
        float headerHeight = rowHeight(header, widths, Face.BOLD, size, padX, padY, lead);
        keep(headerHeight + rowHeight(table.rows().isEmpty() ? header : table.rows().get(0), widths, Face.REGULAR,
                size, padX, padY, lead));
        tableRow(table, header, widths, Face.BOLD, size, padX, padY, lead, Palette.SHADE, true);
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> r = table.rows().get(i);
            boolean sub = table.subtotalRows().contains(i);
            Face face = sub ? Face.BOLD : Face.REGULAR;
            float h = rowHeight(r, widths, face, size, padX, padY, lead);
            if (remaining() < h) {
                newPage();
                tableRow(table, header, widths, Face.BOLD, size, padX, padY, lead, Palette.SHADE, true);
            }
            if (sub) {
                line(MARGIN, yOf(cursor), MARGIN + width(), yOf(cursor), Palette.OUTLINE, 0.6f);
            }
            tableRow(table, r, widths, face, size, padX, padY, lead, null, false);
        }
        if (table.totals().isPresent()) {
            List<String> t = table.totals().get();
            float h = rowHeight(t, widths, Face.BOLD, size, padX, padY, lead);
            if (remaining() < h) {
                newPage();
                tableRow(table, header, widths, Face.BOLD, size, padX, padY, lead, Palette.SHADE, true);
            }
            line(MARGIN, yOf(cursor), MARGIN + width(), yOf(cursor), Palette.OUTLINE, 0.8f);
            tableRow(table, t, widths, Face.BOLD, size, padX, padY, lead, null, false);
        }
        space(6);
    }

    private float rowHeight(List<String> cells, float[] widths, Face face, float size, float padX, float padY,
            float lead) {
        int most = 1;
        for (int i = 0; i < cells.size(); i++) {
            most = Math.max(most, lines(cells.get(i), face, size, widths[i] - 2 * padX).size());
        }
        return most * lead + 2 * padY;
    }

    private void tableRow(Table table, List<String> cells, float[] widths, Face face, float size, float padX,
            float padY, float lead, Color fill, boolean header) {
        float h = rowHeight(cells, widths, face, size, padX, padY, lead);
        if (fill != null) {
            rect(MARGIN, yOf(cursor + h), width(), h, fill);
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float inner = widths[i] - 2 * padX;
            float y = cursor + padY;
            Align align = header ? Align.LEFT : table.columns().get(i).align();
            if (header && table.columns().get(i).align() == Align.RIGHT) {
                align = Align.RIGHT;
            }
            for (String l : lines(cells.get(i), face, size, inner)) {
                float lx = align == Align.RIGHT ? x + widths[i] - padX - fonts.width(face, l, size) : x + padX;
                show(l, face, size, Palette.TEXT, lx, yOf(y + size * 0.95f));
                y += lead;
            }
            x += widths[i];
        }
        cursor += h;
        line(MARGIN, yOf(cursor), MARGIN + width(), yOf(cursor), Palette.GRID, 0.5f);
    }

    // ---------------------------------------------------------------- output

    /** Adds the footers, writes the file (its folder created if needed) and closes the document. */
    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            save(out);
        }
    }

    /** Adds the footers, writes the PDF to the stream (left open) and closes the document. */
    public void save(OutputStream out) throws IOException {
        if (saved) {
            throw new IllegalStateException("the document was already saved");
        }
        saved = true;
        try {
            closeStream();
            footers();
            properties();
            document.save(out);
        } finally {
            document.close();
        }
    }

    @Override
    public void close() throws IOException {
        if (!saved) {
            saved = true;
            closeStream();
            document.close();
        }
    }

    private void footers() throws IOException {
        int n = document.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                stream = cs;
                String number = "page " + (i + 1) + " / " + n;
                float size = 7f;
                float numberWidth = fonts.width(Face.REGULAR, number, size);
                float y = BOTTOM - 16;
                line(MARGIN, y + size + 4, MARGIN + width(), y + size + 4, Palette.GRID, 0.5f);
                List<String> lines = lines(info.footer(), Face.REGULAR, size, width() - numberWidth - 16);
                float ly = y;
                for (String l : lines.subList(0, Math.min(2, lines.size()))) {
                    show(l, Face.REGULAR, size, Palette.MUTED, MARGIN, ly);
                    ly -= size * 1.3f;
                }
                show(number, Face.REGULAR, size, Palette.MUTED, MARGIN + width() - numberWidth, y);
            } finally {
                stream = null;
            }
        }
    }

    private void properties() {
        PDDocumentInformation pi = document.getDocumentInformation();
        pi.setTitle(info.title());
        pi.setSubject(info.subject());
        pi.setAuthor(info.author());
        pi.setCreator("Impact");
        pi.setProducer("Impact (Apache PDFBox)");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(PARIS));
        when.clear();
        when.set(info.generatedOn().getYear(), info.generatedOn().getMonthValue() - 1,
                info.generatedOn().getDayOfMonth());
        pi.setCreationDate(when);
        pi.setModificationDate(when);
        document.getDocumentCatalog().setLanguage("fr-FR");
        // the PDF identifier from what the document is, not from the clock
        document.setDocumentId(identity());
    }

    private long identity() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((info.title() + "\n" + info.subject() + "\n" + info.generatedOn() + "\n" + info.footer())
                    .getBytes(StandardCharsets.UTF_8));
            byte[] d = md.digest();
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (d[i] & 0xFF);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- drawing

    private float text(String text, Style style, float x, float w) {
        List<String> lines = lines(text, style.face, style.size, w);
        float lead = style.size * style.leading;
        float used = 0;
        for (String l : lines) {
            if (remaining() < lead) {
                newPage();
            }
            show(l, style.face, style.size, style.color, x, yOf(cursor + style.size));
            cursor += lead;
            used += lead;
        }
        return used;
    }

    /** Page y (from the bottom) of a distance from the top. */
    private static float yOf(float fromTop) {
        return PAGE.getHeight() - fromTop;
    }

    private void show(String text, Face face, float size, Color color, float x, float y) {
        String t = Fonts.displayable(text);
        if (t.isBlank()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(fonts.get(face), size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, y);
            stream.showText(t);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rect(float x, float y, float w, float h, Color fill) {
        try {
            stream.setNonStrokingColor(fill);
            stream.addRect(x, y, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, Color color, float width) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text broken into lines no wider than {@code width}: at spaces (never at no-break
     * spaces, so {@code 1 234 €} stays whole), at {@code \n}, and inside a word only when the
     * word alone is too wide.
     */
    List<String> lines(String text, Face face, float size, float width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fonts.width(face, candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                // the word alone: cut it if it is wider than the line
                String rest = word;
                while (fonts.width(face, rest, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && fonts.width(face, rest.substring(0, cut), size) > width) {
                        cut--;
                    }
                    out.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stream = null;
            }
        }
    }
}
