package fr.impact.reports.chart;

import static java.util.Objects.requireNonNull;

import fr.impact.reports.fonts.Fonts;
import fr.impact.reports.fonts.Fonts.Face;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A chart, built once from its {@link ChartData} (a JFreeChart underneath), then rendered as
 * many times as needed: {@link #png} for the web, {@link #draw} onto any Graphics2D — the PDF
 * writer's included, which draws it as vectors. It always has a title, a unit (the value
 * axis' label) and an alternative text, and gives its data back ({@link #data()}).
 *
 * <p>Sizes are in points: fonts are 7.5 to 11 pt, meant for a chart drawn 250 to 520 pt wide
 * on an A4 page, or rendered at that size (times a scale) as a PNG.
 */
public final class Chart {

    /** The chart's shape. */
    public enum Kind {
        /** Vertical bars, series side by side. */
        BARS,
        /** Vertical bars, series stacked, the total written above each bar. */
        STACKED_BARS,
        /** Horizontal bars, series side by side (long category names). */
        HORIZONTAL_BARS,
        /** Horizontal bars, series stacked, the total written after each bar. */
        HORIZONTAL_STACKED_BARS,
        /** Lines with a different marker and dash per series. */
        LINE
    }

    private static final float TITLE_SIZE = 11f;
    private static final float LABEL_SIZE = 8.5f;
    private static final float TICK_SIZE = 8f;
    /** A stacked segment shorter than this share of the longest bar gets no value written in it. */
    private static final double SMALL_SEGMENT = 0.12;

    private final Kind kind;
    private final String title;
    private final ChartData data;
    private final String altText;
    private final Optional<String> note;
    private final List<Target> targets;
    private final JFreeChart chart;

    /**
     * A reference value drawn across the plot as a dashed line with its label (an EGalim
     * target), and said in the alternative text.
     *
     * @param label what the value is ({@code Objectif bio})
     * @param value in the chart's unit
     */
    public record Target(String label, BigDecimal value) {
        public Target {
            requireNonNull(label, "label is null");
            requireNonNull(value, "value is null");
        }
    }

    private Chart(Kind kind, String title, ChartData data, String summary, Optional<String> note,
            List<Target> targets) {
        this.kind = requireNonNull(kind, "kind is null");
        this.title = requireNonNull(title, "title is null");
        this.data = requireNonNull(data, "data is null");
        this.note = requireNonNull(note, "note is null");
        this.targets = List.copyOf(requireNonNull(targets, "targets is null"));
        if (title.isBlank()) {
            throw new IllegalArgumentException("a chart needs a title");
        }
        this.altText = altText(title, data, summary, this.targets);
        this.chart = build();
    }

    /**
     * Builds a chart.
     *
     * @param summary one plain sentence saying what the chart shows (first words of its
     *     alternative text, which then lists the values); may be empty
     */
    public static Chart of(Kind kind, String title, ChartData data, String summary) {
        return new Chart(kind, title, data, summary == null ? "" : summary, Optional.empty(), List.of());
    }

    /**
     * Builds a chart with a note printed under its title (how to read it, what an absent bar
     * means).
     */
    public static Chart of(Kind kind, String title, ChartData data, String summary, String note) {
        return of(kind, title, data, summary, note, List.of());
    }

    /**
     * Builds a chart with a note (may be null) and reference lines across the plot (targets to
     * reach), drawn dashed with their labels and listed in the alternative text.
     */
    public static Chart of(Kind kind, String title, ChartData data, String summary, String note,
            List<Target> targets) {
        return new Chart(kind, title, data, summary == null ? "" : summary,
                Optional.ofNullable(note).filter(n -> !n.isBlank()), targets);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** What the values measure; its French label is the value axis' label. */
    public Unit unit() {
        return data.unit();
    }

    /** The text that stands for the chart where it cannot be seen (HTML {@code alt}, screen readers). */
    public String altText() {
        return altText;
    }

    /** The chart's data, for a table or a spreadsheet tab beside it. */
    public ChartData data() {
        return data;
    }

    /** The note under the title, if any. */
    public Optional<String> note() {
        return note;
    }

    /** The reference lines drawn across the plot. */
    public List<Target> targets() {
        return targets;
    }

    /** The underlying JFreeChart (for the web dashboard's own rendering); do not modify it. */
    public JFreeChart jfreeChart() {
        return chart;
    }

    /** Draws the chart into an area of any Graphics2D (the PDF writer's draws vectors). */
    public void draw(Graphics2D g2, Rectangle2D area) {
        chart.draw(g2, area);
    }

    /**
     * The chart as a PNG image: laid out for {@code width} × {@code height} points, rendered
     * {@code scale} pixels per point (2 for sharp screens).
     */
    public byte[] png(int width, int height, double scale) {
        if (width <= 0 || height <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException("size and scale must be positive");
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private JFreeChart build() {
        CategoryDataset dataset = dataset(data);
        String axis = data.unit().axisLabel();
        JFreeChart c = switch (kind) {
            case BARS, HORIZONTAL_BARS -> ChartFactory.createBarChart(title, null, axis, dataset);
            case STACKED_BARS, HORIZONTAL_STACKED_BARS -> ChartFactory.createStackedBarChart(title, null, axis, dataset);
            case LINE -> ChartFactory.createLineChart(title, null, axis, dataset);
        };
        THEME.apply(c);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        c.setBorderVisible(false);
        c.setBackgroundPaint(Color.WHITE);
        c.setPadding(new RectangleInsets(2, 2, 2, 2));
        TextTitle t = c.getTitle();
        t.setFont(Fonts.awt(Face.BOLD, TITLE_SIZE));
        t.setPaint(Palette.TEXT);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(0, 0, 6, 0));
        note.ifPresent(n -> {
            TextTitle sub = new TextTitle(n, Fonts.awt(Face.REGULAR, TICK_SIZE));
            sub.setPaint(Palette.MUTED);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setPadding(new RectangleInsets(0, 0, 4, 0));
            c.addSubtitle(0, sub);
        });

        CategoryPlot plot = c.getCategoryPlot();
        boolean horizontal = kind == Kind.HORIZONTAL_BARS || kind == Kind.HORIZONTAL_STACKED_BARS;
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setNoDataMessage("Aucune donnée sur la période.");
        plot.setNoDataMessageFont(Fonts.awt(Face.REGULAR, LABEL_SIZE));
        plot.setNoDataMessagePaint(Palette.MUTED);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, horizontal ? 18 : 4));

        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(Fonts.awt(Face.REGULAR, TICK_SIZE));
        categories.setTickLabelPaint(Palette.TEXT);
        categories.setAxisLinePaint(Palette.OUTLINE);
        categories.setTickMarksVisible(false);
        categories.setMaximumCategoryLabelLines(2);
        categories.setMaximumCategoryLabelWidthRatio(horizontal ? 0.45f : 1f);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        categories.setCategoryMargin(data.categories().size() > 1 ? 0.25 : 0);

        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setLabelFont(Fonts.awt(Face.REGULAR, LABEL_SIZE));
        values.setLabelPaint(Palette.MUTED);
        values.setTickLabelFont(Fonts.awt(Face.REGULAR, TICK_SIZE));
        values.setTickLabelPaint(Palette.TEXT);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setNumberFormatOverride(data.unit().axisFormat());
        values.setAutoRangeIncludesZero(true);
        if (data.unit() == Unit.SHARE) {
            values.setRange(0, 1.1);
            values.setTickUnit(new NumberTickUnit(0.2));
        } else {
            // room for the values written past the bars' ends
            values.setUpperMargin(horizontal ? 0.2 : 0.15);
            // whole ticks: no "0 €, 0 €, 1 €" on a small range
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }

        if (kind == Kind.LINE) {
            styleLines((LineAndShapeRenderer) plot.getRenderer());
        } else {
            styleBars((BarRenderer) plot.getRenderer(), plot, horizontal);
        }
        addTargets(plot, horizontal);

        LegendTitle legend = c.getLegend();
        if (legend != null) {
            if (data.series().size() < 2) {
                c.removeLegend();
            } else {
                legend.setItemFont(Fonts.awt(Face.REGULAR, LABEL_SIZE));
                legend.setItemPaint(Palette.TEXT);
                legend.setFrame(BlockBorder.NONE);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setPosition(RectangleEdge.TOP);
                legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
                legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 10));
            }
        }
        return c;
    }

    private void styleBars(BarRenderer r, CategoryPlot plot, boolean horizontal) {
        boolean stacked = kind == Kind.STACKED_BARS || kind == Kind.HORIZONTAL_STACKED_BARS;
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(Palette.OUTLINE);
        r.setDefaultOutlineStroke(Palette.OUTLINE_STROKE);
        r.setItemMargin(0.04);
        r.setMaximumBarWidth(horizontal ? 0.22 : 0.12);
        double longest = longestBar();
        for (int s = 0; s < data.series().size(); s++) {
            Paint fill = Palette.series(s);
            r.setSeriesPaint(s, fill);
            r.setSeriesOutlinePaint(s, Palette.OUTLINE);
            r.setSeriesOutlineStroke(s, Palette.OUTLINE_STROKE);
            r.setSeriesItemLabelPaint(s, stacked ? Palette.textOn(fill) : Palette.TEXT);
        }
        r.setDefaultItemLabelFont(Fonts.awt(Face.REGULAR, TICK_SIZE));
        r.setDefaultItemLabelGenerator(new Labels(data.unit().axisFormat(), stacked ? longest * SMALL_SEGMENT : -1));
        r.setDefaultItemLabelsVisible(true);
        if (stacked) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            addTotals(plot, horizontal);
        } else if (horizontal) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            r.setItemLabelInsets(new RectangleInsets(3, 3, 3, 3));
        } else {
            r.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            r.setItemLabelInsets(new RectangleInsets(2, 2, 2, 2));
        }
    }

    /** The total of each stacked bar, written past its end. */
    private void addTotals(CategoryPlot plot, boolean horizontal) {
        Font font = Fonts.awt(Face.BOLD, TICK_SIZE);
        NumberFormat f = data.unit().axisFormat();
        for (int c = 0; c < data.categories().size(); c++) {
            BigDecimal total = data.categoryTotal(c);
            if (total.signum() == 0) {
                continue;
            }
            CategoryTextAnnotation a = new CategoryTextAnnotation("  " + f.format(total) + "  ",
                    data.categories().get(c), total.doubleValue());
            a.setFont(font);
            a.setPaint(Palette.TEXT);
            a.setTextAnchor(horizontal ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(a);
        }
    }

    /** Each target as a dashed line across the plot, its label at the line's far end. */
    private void addTargets(CategoryPlot plot, boolean horizontal) {
        for (Target t : targets) {
            ValueMarker m = new ValueMarker(t.value().doubleValue());
            m.setPaint(Palette.TEXT);
            m.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f},
                    0f));
            m.setLabel(t.label() + " " + data.unit().format(t.value()));
            m.setLabelFont(Fonts.awt(Face.BOLD, TICK_SIZE));
            m.setLabelPaint(Palette.TEXT);
            m.setLabelBackgroundColor(Color.WHITE);
            if (horizontal) {
                m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            } else {
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            }
            m.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
            plot.addRangeMarker(m, Layer.FOREGROUND);
        }
    }

    private void styleLines(LineAndShapeRenderer r) {
        float[][] dashes = {null, {4f, 2f}, {1f, 2f}, {6f, 2f, 1f, 2f}};
        java.awt.Shape[] shapes = {new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6),
            new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6),
            new java.awt.Polygon(new int[] {0, 3, -3}, new int[] {-3, 3, 3}, 3),
            new java.awt.Polygon(new int[] {0, 3, 0, -3}, new int[] {-3, 0, 3, 0}, 4)};
        for (int s = 0; s < data.series().size(); s++) {
            Paint fill = Palette.series(s);
            Color line = fill instanceof Color col ? col.darker() : Palette.OUTLINE;
            r.setSeriesPaint(s, line);
            float[] dash = dashes[s % dashes.length];
            r.setSeriesStroke(s, dash == null ? new BasicStroke(1.6f)
                    : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            r.setSeriesShape(s, shapes[s % shapes.length]);
            r.setSeriesShapesVisible(s, true);
            r.setSeriesShapesFilled(s, true);
        }
        r.setDefaultItemLabelFont(Fonts.awt(Face.REGULAR, TICK_SIZE));
        r.setDefaultItemLabelPaint(Palette.TEXT);
        r.setDefaultItemLabelGenerator(new Labels(data.unit().axisFormat(), -1));
        r.setDefaultItemLabelsVisible(data.series().size() == 1);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }

    private double longestBar() {
        double max = 0;
        for (int c = 0; c < data.categories().size(); c++) {
            max = Math.max(max, data.categoryTotal(c).abs().doubleValue());
        }
        return max;
    }

    private static CategoryDataset dataset(ChartData d) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (ChartData.Series s : d.series()) {
            for (int c = 0; c < d.categories().size(); c++) {
                Optional<BigDecimal> v = s.value(c);
                ds.addValue(v.map(BigDecimal::doubleValue).orElse(null), s.name(), d.categories().get(c));
            }
        }
        return ds;
    }

    private static String altText(String title, ChartData d, String summary, List<Target> targets) {
        StringBuilder b = new StringBuilder();
        b.append(title).append(". ");
        if (!summary.isBlank()) {
            b.append(summary.strip());
            if (!summary.strip().endsWith(".")) {
                b.append('.');
            }
            b.append(' ');
        }
        if (!targets.isEmpty()) {
            List<String> each = new ArrayList<>();
            for (Target t : targets) {
                each.add(t.label() + " " + d.unit().format(t.value()));
            }
            b.append("Lignes de repère : ").append(String.join(", ", each)).append(". ");
        }
        b.append("Valeurs (").append(d.unit().axisLabel()).append(") : ");
        List<String> parts = new ArrayList<>();
        for (ChartData.Row row : d.rows()) {
            if (d.series().size() == 1) {
                parts.add(row.category() + " " + spoken(d.unit(), row.values().get(0)));
            } else {
                List<String> each = new ArrayList<>();
                for (int s = 0; s < d.series().size(); s++) {
                    each.add(d.series().get(s).name().toLowerCase(java.util.Locale.FRANCE) + " "
                            + spoken(d.unit(), row.values().get(s)));
                }
                parts.add(row.category() + " : " + String.join(", ", each));
            }
        }
        b.append(String.join(" ; ", parts)).append('.');
        return b.toString();
    }

    /** A value as read aloud: formatted, or "sans donnée". */
    private static String spoken(Unit unit, Optional<BigDecimal> v) {
        return v.map(unit::format).orElse("sans donnée");
    }

    /** Values written on bars; none on a stacked segment too short to hold it, none for an absent value. */
    private static final class Labels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final double hideBelow;

        Labels(NumberFormat format, double hideBelow) {
            super("{2}", format);
            this.hideBelow = hideBelow;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            if (v == null || (hideBelow > 0 && Math.abs(v.doubleValue()) < hideBelow)) {
                return null;
            }
            return super.generateLabel(dataset, row, column);
        }
    }

    /** The look every chart shares: the bundled font, white backgrounds, flat bars, no shadows. */
    private static final StandardChartTheme THEME = theme();

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("Impact", false);
        t.setExtraLargeFont(Fonts.awt(Face.BOLD, TITLE_SIZE));
        t.setLargeFont(Fonts.awt(Face.REGULAR, LABEL_SIZE));
        t.setRegularFont(Fonts.awt(Face.REGULAR, TICK_SIZE));
        t.setSmallFont(Fonts.awt(Face.REGULAR, 7f));
        t.setTitlePaint(Palette.TEXT);
        t.setSubtitlePaint(Palette.TEXT);
        t.setLegendItemPaint(Palette.TEXT);
        t.setAxisLabelPaint(Palette.MUTED);
        t.setTickLabelPaint(Palette.TEXT);
        t.setItemLabelPaint(Palette.TEXT);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Palette.GRID);
        t.setRangeGridlinePaint(Palette.GRID);
        t.setDomainGridlinePaint(Palette.GRID);
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return t;
    }
}
