package fr.impact.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Hatch;
import fr.impact.reports.chart.Unit;
import fr.impact.reports.fonts.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What a Graphics2D draws ends up in the PDF as vectors and text, where Java2D would have put it. */
class PdfGraphics2DTests {

    /** A 200 × 100 pt page, drawn on entirely by one graphics; the PDF's bytes. */
    static byte[] page(Consumer<Graphics2D> drawing) throws Exception {
        return page(200, 100, drawing);
    }

    static byte[] page(float width, float height, Consumer<Graphics2D> drawing) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfGraphics2D g = PdfGraphics2D.open(doc, cs, new PdfFonts(doc),
                        new Rectangle2D.Float(0, 0, width, height));
                drawing.accept(g);
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The page rendered at 1 pixel per point. */
    static BufferedImage render(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFRenderer(d).renderImage(0, 1f);
        }
    }

    static List<String> operators(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> ops = new ArrayList<>();
            for (Object token : new PDFStreamParser(d.getPage(0)).parse()) {
                if (token instanceof Operator o) {
                    ops.add(o.getName());
                }
            }
            return ops;
        }
    }

    static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    static boolean isWhite(int rgb) {
        return (rgb & 0xFFFFFF) == 0xFFFFFF;
    }

    @Test
    void shapesArePathsWhereJava2DPutsThemWithYDownwards() throws Exception {
        byte[] pdf = page(g -> {
            g.setColor(Color.RED);
            g.fill(new Rectangle2D.Double(10, 10, 30, 20));   // near the top-left
        });

        BufferedImage img = render(pdf);
        assertThat(isRed(img.getRGB(20, 20))).isTrue();
        assertThat(isWhite(img.getRGB(20, 80))).isTrue();
        assertThat(operators(pdf)).contains("m", "l", "h", "f").doesNotContain("Do");
    }

    @Test
    void linesAreStrokedWithTheirWidthAndDashes() throws Exception {
        byte[] pdf = page(g -> {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 2f}, 0f));
            g.draw(new Line2D.Double(0, 50, 200, 50));
        });

        assertThat(operators(pdf)).contains("m", "l", "S", "w", "d");
    }

    @Test
    void theClipIsHonouredAndCanBeLifted() throws Exception {
        byte[] pdf = page(g -> {
            g.setColor(Color.RED);
            g.clip(new Rectangle2D.Double(0, 0, 50, 50));
            g.fill(new Rectangle2D.Double(0, 0, 200, 100));   // only the clipped square shows
            g.setClip(null);
            g.fill(new Rectangle2D.Double(150, 60, 40, 30));  // drawn whole
        });

        BufferedImage img = render(pdf);
        assertThat(isRed(img.getRGB(25, 25))).isTrue();
        assertThat(isWhite(img.getRGB(100, 25))).isTrue();
        assertThat(isWhite(img.getRGB(25, 75))).isTrue();
        assertThat(isRed(img.getRGB(170, 75))).isTrue();
    }

    @Test
    void transformsMoveWhatIsDrawn() throws Exception {
        byte[] pdf = page(g -> {
            g.setColor(Color.RED);
            g.translate(100, 50);
            g.scale(2, 2);
            g.fill(new Rectangle2D.Double(0, 0, 10, 10));     // 100..120 × 50..70
        });

        BufferedImage img = render(pdf);
        assertThat(isRed(img.getRGB(115, 65))).isTrue();
        assertThat(isWhite(img.getRGB(95, 45))).isTrue();
        assertThat(isWhite(img.getRGB(125, 75))).isTrue();
    }

    @Test
    void textIsRealTextInTheBundledFont() throws Exception {
        byte[] pdf = page(g -> {
            g.setFont(Fonts.awt(Fonts.Face.BOLD, 12f));
            g.setColor(Color.BLACK);
            g.drawString("Œufs d'été : 12 €", 10f, 30f);
            g.rotate(-Math.PI / 2, 150, 90);
            g.drawString("vertical", 150f, 90f);
        });

        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Œufs d'été : 12 €");
            // PDFBox extracts vertical text a few letters a line
            assertThat(text.replaceAll("\\R", "")).contains("vertical");
            assertThat(d.getPage(0).getResources().getFontNames()).hasSize(1);
            assertThat(d.getPage(0).getResources().getFont(d.getPage(0).getResources().getFontNames().iterator().next())
                    .getName()).endsWith("DejaVuSans-Bold");
        }
        // drawn upright, near where Java2D would put it: dark pixels just above the baseline
        BufferedImage img = render(pdf);
        int dark = 0;
        for (int x = 10; x < 110; x++) {
            for (int y = 20; y < 30; y++) {
                if ((img.getRGB(x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(50);
    }

    @Test
    void aHatchIsDrawnAsVectorLinesOnItsBackground() throws Exception {
        byte[] pdf = page(g -> {
            g.setPaint(new Hatch(Color.WHITE, Color.BLACK, 5f, 1f));
            g.fill(new Rectangle2D.Double(0, 0, 100, 100));
        });

        List<String> ops = operators(pdf);
        assertThat(ops).contains("W", "S").doesNotContain("Do");
        assertThat(ops.stream().filter("l"::equals).count()).isGreaterThan(20);
        BufferedImage img = render(pdf);
        int dark = 0;
        int light = 0;
        for (int x = 5; x < 95; x++) {
            if ((img.getRGB(x, 50) & 0xFF) < 128) {
                dark++;
            } else {
                light++;
            }
        }
        assertThat(dark).isBetween(10, 40);
        assertThat(light).isGreaterThan(40);
    }

    @Test
    void aChartIsDrawnAsVectorsWithItsTextExtractable() throws Exception {
        Chart chart = Chart.of(Chart.Kind.HORIZONTAL_STACKED_BARS, "Achats par type de client",
                ChartData.builder("Type de client", Unit.EUROS_HT).series("Local", "Non local")
                        .category("Restauration scolaire", new BigDecimal("1234.56"), new BigDecimal("500"))
                        .category("Commerce", new BigDecimal("300"), new BigDecimal("2000")).build(), "");
        byte[] pdf = page(400, 200, g -> chart.draw(g, new Rectangle2D.Double(0, 0, 400, 200)));

        List<String> ops = operators(pdf);
        assertThat(ops).contains("f", "Tj").doesNotContain("Do", "BI");
        assertThat(ops.stream().filter("f"::equals).count()).isGreaterThanOrEqualTo(4);   // four bar segments at least
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getPage(0).getResources().getXObjectNames()).isEmpty();
            String text = new PDFTextStripper().getText(d).replace('\u202F', ' ').replace('\u00A0', ' ');
            assertThat(text).contains("Achats par type de client", "Restauration scolaire", "1 735 €", "€ HT");
        }
    }
}
