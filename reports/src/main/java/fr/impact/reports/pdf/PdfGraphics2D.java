package fr.impact.reports.pdf;

import fr.impact.reports.chart.Hatch;
import fr.impact.reports.fonts.Fonts;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A Graphics2D that writes PDF drawing operators into a page's content stream: shapes as
 * paths, strokes as PDF line styles, text as text in the bundled fonts (searchable and
 * extractable), {@link Hatch} fills as vector lines, images as image objects. Enough of
 * Java2D for JFreeChart (and any code drawing plain shapes and text); XOR mode and
 * {@code copyArea} are not supported (ignored).
 *
 * <p>User space is Java2D's: origin at the top-left of the target box, y downwards, one unit
 * per point. Each drawing operation is written in its own {@code q … Q} with the current
 * transform, so the PDF state never leaks from one operation to the next; the clip is kept
 * as a device-space shape and re-emitted only when it changes.
 *
 * <p>Usage: {@code var g = PdfGraphics2D.open(doc, stream, fonts, box); chart.draw(g, …);
 * g.dispose();} — {@link #dispose()} on the graphics returned by {@code open} closes what it
 * opened on the stream.
 */
public final class PdfGraphics2D extends Graphics2D {

    /** What a graphics and those it creates share: the stream, and the clip in force on it. */
    private static final class Target {
        final PDDocument document;
        final PDPageContentStream stream;
        final PdfFonts fonts;
        final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();
        final Map<Image, PDImageXObject> images = new IdentityHashMap<>();
        final Graphics2D metrics;
        Shape emittedClip;
        boolean clipOpen;
        boolean closed;

        Target(PDDocument document, PDPageContentStream stream, PdfFonts fonts) {
            this.document = document;
            this.stream = stream;
            this.fonts = fonts;
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
            this.metrics = scratch.createGraphics();
            metrics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            metrics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
    }

    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private final Target target;
    private final boolean root;
    private AffineTransform transform;
    /** The clip in device space (the box's y-down space), or null for none. */
    private Shape clip;
    private Paint paint = Color.BLACK;
    private Color color = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = Fonts.awt(Fonts.Face.REGULAR, 10f);
    private Composite composite = AlphaComposite.SrcOver;
    private final RenderingHints hints;
    private boolean disposed;

    private PdfGraphics2D(Target target) {
        this.target = target;
        this.root = true;
        this.transform = new AffineTransform();
        this.hints = new RenderingHints(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private PdfGraphics2D(PdfGraphics2D parent) {
        this.target = parent.target;
        this.root = false;
        this.transform = new AffineTransform(parent.transform);
        this.clip = parent.clip;
        this.paint = parent.paint;
        this.color = parent.color;
        this.background = parent.background;
        this.stroke = parent.stroke;
        this.font = parent.font;
        this.composite = parent.composite;
        this.hints = (RenderingHints) parent.hints.clone();
    }

    /**
     * Starts drawing into a box of a page: {@code box} in PDF page coordinates (points, origin
     * at the bottom-left); the graphics' user space has its origin at the box's top-left, y
     * downwards, and is clipped to the box.
     */
    public static PdfGraphics2D open(PDDocument document, PDPageContentStream stream, PdfFonts fonts,
            Rectangle2D box) {
        try {
            stream.saveGraphicsState();
            stream.transform(new Matrix(1, 0, 0, -1, (float) box.getX(), (float) (box.getY() + box.getHeight())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PdfGraphics2D g = new PdfGraphics2D(new Target(document, stream, fonts));
        g.clip = new Rectangle2D.Double(0, 0, box.getWidth(), box.getHeight());
        return g;
    }

    // ---------------------------------------------------------------- drawing

    @Override
    public void draw(Shape s) {
        if (s == null) {
            return;
        }
        if (!(stroke instanceof BasicStroke bs)) {
            fill(stroke.createStrokedShape(s));
            return;
        }
        Color c = solid(paint);
        float alpha = alpha(c);
        if (alpha <= 0f) {
            return;
        }
        write(cs -> {
            cs.transform(new Matrix(transform));
            applyAlpha(cs, alpha);
            cs.setStrokingColor(opaque(c));
            cs.setLineWidth(bs.getLineWidth());
            cs.setLineCapStyle(switch (bs.getEndCap()) {
                case BasicStroke.CAP_ROUND -> 1;
                case BasicStroke.CAP_SQUARE -> 2;
                default -> 0;
            });
            cs.setLineJoinStyle(switch (bs.getLineJoin()) {
                case BasicStroke.JOIN_ROUND -> 1;
                case BasicStroke.JOIN_BEVEL -> 2;
                default -> 0;
            });
            cs.setMiterLimit(Math.max(1f, bs.getMiterLimit()));
            float[] dash = bs.getDashArray();
            if (dash != null && dash.length > 0) {
                cs.setLineDashPattern(dash, bs.getDashPhase());
            }
            path(cs, s);
            cs.stroke();
        });
    }

    @Override
    public void fill(Shape s) {
        if (s == null) {
            return;
        }
        if (paint instanceof Hatch h) {
            fillHatch(s, h);
            return;
        }
        Color c = solid(paint);
        float alpha = alpha(c);
        if (alpha <= 0f) {
            return;
        }
        write(cs -> {
            cs.transform(new Matrix(transform));
            applyAlpha(cs, alpha);
            cs.setNonStrokingColor(opaque(c));
            path(cs, s);
            fillPath(cs, s);
        });
    }

    private void fillHatch(Shape s, Hatch h) {
        float alpha = alpha(h.background());
        write(cs -> {
            cs.transform(new Matrix(transform));
            applyAlpha(cs, alpha);
            cs.setNonStrokingColor(opaque(h.background()));
            path(cs, s);
            fillPath(cs, s);
            path(cs, s);
            if (s.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                cs.clipEvenOdd();
            } else {
                cs.clip();
            }
            cs.setStrokingColor(opaque(h.lines()));
            cs.setLineWidth(h.lineWidth());
            Rectangle2D b = s.getBounds2D();
            double step = h.spacing();
            // lines x + y = k·step: rising to the right on the page, like the texture
            double start = Math.floor((b.getMinX() + b.getMinY()) / step) * step;
            for (double k = start; k <= b.getMaxX() + b.getMaxY() + step; k += step) {
                cs.moveTo((float) (k - b.getMinY()), (float) b.getMinY());
                cs.lineTo((float) (k - b.getMaxY()), (float) b.getMaxY());
            }
            cs.stroke();
        });
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (str == null || str.isEmpty()) {
            return;
        }
        String text = Fonts.displayable(str);
        Color c = solid(paint);
        float alpha = alpha(c);
        if (alpha <= 0f || text.isBlank()) {
            return;
        }
        Font f = font;
        write(cs -> {
            cs.transform(new Matrix(transform));
            applyAlpha(cs, alpha);
            cs.setNonStrokingColor(opaque(c));
            cs.beginText();
            cs.setFont(target.fonts.of(f), f.getSize2D());
            AffineTransform tm = AffineTransform.getTranslateInstance(x, y);
            if (f.isTransformed()) {
                tm.concatenate(f.getTransform());
            }
            tm.scale(1, -1);
            cs.setTextMatrix(new Matrix(tm));
            cs.showText(text);
            cs.endText();
        });
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder b = new StringBuilder();
        Font saved = font;
        Object attr = iterator.getAttribute(TextAttribute.FONT);
        if (attr instanceof Font f) {
            font = f;
        }
        for (char ch = iterator.first(); ch != AttributedCharacterIterator.DONE; ch = iterator.next()) {
            b.append(ch);
        }
        try {
            drawString(b.toString(), x, y);
        } finally {
            font = saved;
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        BufferedImage bi = buffered(img);
        if (bi == null) {
            return true;
        }
        float alpha = composite instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
        write(cs -> {
            PDImageXObject x = target.images.get(img);
            if (x == null) {
                x = LosslessFactory.createFromImage(target.document, bi);
                target.images.put(img, x);
            }
            cs.transform(new Matrix(transform));
            if (xform != null) {
                cs.transform(new Matrix(xform));
            }
            applyAlpha(cs, alpha);
            // the image's unit square, its first row at the top
            cs.transform(new Matrix(bi.getWidth(), 0, 0, -bi.getHeight(), 0, bi.getHeight()));
            cs.drawImage(x, 0, 0, 1, 1);
        });
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        BufferedImage b = op == null ? img : op.filter(img, null);
        drawImage(b, AffineTransform.getTranslateInstance(x, y), null);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        if (img instanceof BufferedImage b) {
            drawImage(b, xform, null);
        }
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        drawRenderedImage(img.createDefaultRendering(), xform);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return drawImage(img, AffineTransform.getTranslateInstance(x, y), observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        int w = img.getWidth(null);
        int h = img.getHeight(null);
        if (w <= 0 || h <= 0) {
            return true;
        }
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        at.scale((double) width / w, (double) height / h);
        return drawImage(img, at, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return drawImage(img, x, y, img.getWidth(null), img.getHeight(null), bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        if (bgcolor != null) {
            Paint saved = paint;
            setPaint(bgcolor);
            fill(new Rectangle(x, y, width, height));
            setPaint(saved);
        }
        return drawImage(img, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        BufferedImage bi = buffered(img);
        if (bi == null || sx2 <= sx1 || sy2 <= sy1) {
            return true;
        }
        BufferedImage part = bi.getSubimage(sx1, sy1, Math.min(sx2, bi.getWidth()) - sx1,
                Math.min(sy2, bi.getHeight()) - sy1);
        return drawImage(part, Math.min(dx1, dx2), Math.min(dy1, dy2), Math.abs(dx2 - dx1), Math.abs(dy2 - dy1),
                observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        if (bgcolor != null) {
            Paint saved = paint;
            setPaint(bgcolor);
            fill(new Rectangle(Math.min(dx1, dx2), Math.min(dy1, dy2), Math.abs(dx2 - dx1), Math.abs(dy2 - dy1)));
            setPaint(saved);
        }
        return drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    private static BufferedImage buffered(Image img) {
        if (img == null) {
            return null;
        }
        if (img instanceof BufferedImage b) {
            return b;
        }
        int w = img.getWidth(null);
        int h = img.getHeight(null);
        if (w <= 0 || h <= 0) {
            return null;
        }
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = b.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return b;
    }

    // ---------------------------------------------------------------- primitives

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        draw(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        Paint saved = paint;
        Composite savedComposite = composite;
        paint = background;
        composite = AlphaComposite.SrcOver;
        fill(new Rectangle(x, y, width, height));
        paint = saved;
        composite = savedComposite;
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        if (nPoints < 2) {
            return;
        }
        Path2D p = new Path2D.Double();
        p.moveTo(xPoints[0], yPoints[0]);
        for (int i = 1; i < nPoints; i++) {
            p.lineTo(xPoints[i], yPoints[i]);
        }
        draw(p);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // a PDF cannot read back what it drew: not supported
    }

    // ---------------------------------------------------------------- state

    @Override
    public Graphics create() {
        return new PdfGraphics2D(this);
    }

    /** On the graphics returned by {@link #open}: closes what it opened on the stream (once). */
    @Override
    public void dispose() {
        if (!root || disposed) {
            return;
        }
        disposed = true;
        try {
            if (target.clipOpen) {
                target.stream.restoreGraphicsState();
                target.clipOpen = false;
            }
            target.stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            target.closed = true;
            target.metrics.dispose();
        }
    }

    @Override
    public void setPaint(Paint p) {
        if (p == null) {
            return;
        }
        paint = p;
        if (p instanceof Color c) {
            color = c;
        }
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public void setColor(Color c) {
        if (c == null) {
            return;
        }
        color = c;
        paint = c;
    }

    @Override
    public Color getColor() {
        return color;
    }

    @Override
    public void setStroke(Stroke s) {
        if (s != null) {
            stroke = s;
        }
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setComposite(Composite c) {
        if (c != null) {
            composite = c;
        }
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setBackground(Color c) {
        background = c;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setFont(Font f) {
        if (f != null) {
            font = f;
        }
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return target.metrics.getFontMetrics(f);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return FRC;
    }

    @Override
    public void setPaintMode() {
        // always
    }

    @Override
    public void setXORMode(Color c1) {
        // not supported by PDF: painting stays in paint mode
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints.put(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> h) {
        hints.clear();
        hints.putAll(h);
    }

    @Override
    public void addRenderingHints(Map<?, ?> h) {
        hints.putAll(h);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return target.metrics.getDeviceConfiguration();
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape shape = onStroke ? stroke.createStrokedShape(s) : s;
        return transform.createTransformedShape(shape).intersects(rect);
    }

    // ---------------------------------------------------------------- transform

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    // ---------------------------------------------------------------- clip

    @Override
    public Shape getClip() {
        if (clip == null) {
            return null;
        }
        try {
            return transform.createInverse().createTransformedShape(clip);
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape c = getClip();
        return c == null ? null : c.getBounds();
    }

    @Override
    public void setClip(Shape s) {
        clip = s == null ? null : transform.createTransformedShape(s);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        setClip(new Rectangle(x, y, width, height));
    }

    @Override
    public void clip(Shape s) {
        if (s == null) {
            return;
        }
        Shape device = transform.createTransformedShape(s);
        if (clip == null) {
            clip = device;
        } else {
            Area a = new Area(clip);
            a.intersect(new Area(device));
            clip = a;
        }
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        clip(new Rectangle(x, y, width, height));
    }

    // ---------------------------------------------------------------- writing

    @FunctionalInterface
    private interface Ops {
        void on(PDPageContentStream cs) throws IOException;
    }

    /** One drawing operation: the clip in force, then {@code q}, the operators, {@code Q}. */
    private void write(Ops ops) {
        if (target.closed) {
            throw new IllegalStateException("this PDF graphics was disposed");
        }
        PDPageContentStream cs = target.stream;
        try {
            ensureClip(cs);
            cs.saveGraphicsState();
            ops.on(cs);
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureClip(PDPageContentStream cs) throws IOException {
        if (sameClip(target.emittedClip, clip) && (clip == null) != target.clipOpen) {
            return;
        }
        if (target.clipOpen) {
            cs.restoreGraphicsState();
            target.clipOpen = false;
        }
        if (clip != null) {
            cs.saveGraphicsState();
            path(cs, clip);
            if (clip.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                cs.clipEvenOdd();
            } else {
                cs.clip();
            }
            target.clipOpen = true;
        }
        target.emittedClip = clip;
    }

    private static boolean sameClip(Shape a, Shape b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Rectangle2D ra && b instanceof Rectangle2D rb) {
            return ra.equals(rb);
        }
        return new Area(a).equals(new Area(b));
    }

    private static void path(PDPageContentStream cs, Shape s) throws IOException {
        PathIterator it = s.getPathIterator(null);
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // a quadratic Bézier as the equivalent cubic
                    float c1x = lastX + 2f / 3f * (c[0] - lastX);
                    float c1y = lastY + 2f / 3f * (c[1] - lastY);
                    float c2x = c[2] + 2f / 3f * (c[0] - c[2]);
                    float c2y = c[3] + 2f / 3f * (c[1] - c[3]);
                    cs.curveTo(c1x, c1y, c2x, c2y, c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
            it.next();
        }
    }

    private static void fillPath(PDPageContentStream cs, Shape s) throws IOException {
        if (s.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            cs.fillEvenOdd();
        } else {
            cs.fill();
        }
    }

    /** The colour a paint stands for: itself, a gradient's middle, grey for anything else. */
    private static Color solid(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        if (p instanceof GradientPaint g) {
            Color a = g.getColor1();
            Color b = g.getColor2();
            return new Color((a.getRed() + b.getRed()) / 2, (a.getGreen() + b.getGreen()) / 2,
                    (a.getBlue() + b.getBlue()) / 2, (a.getAlpha() + b.getAlpha()) / 2);
        }
        if (p instanceof Hatch h) {
            return h.lines();
        }
        return Color.GRAY;
    }

    private float alpha(Color c) {
        float a = c.getAlpha() / 255f;
        if (composite instanceof AlphaComposite ac) {
            a *= ac.getAlpha();
        }
        return a;
    }

    private static Color opaque(Color c) {
        return c.getAlpha() == 255 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue());
    }

    private void applyAlpha(PDPageContentStream cs, float alpha) throws IOException {
        if (alpha >= 1f) {
            return;
        }
        int key = Math.round(alpha * 1000);
        PDExtendedGraphicsState gs = target.alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant(k / 1000f);
            s.setStrokingAlphaConstant(k / 1000f);
            return s;
        });
        cs.setGraphicsStateParameters(gs);
    }
}
