package fr.impact.reports.chart;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.PaintContext;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.Transparency;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;

/**
 * A fill of diagonal lines on a plain background, so a series stays distinct from the others
 * when printed in black and white. On screen and in PNG it paints as a texture; the PDF
 * writer recognises it and draws the lines as vectors.
 *
 * @param background the colour under the lines
 * @param lines the lines' colour
 * @param spacing the distance between two lines, along an axis, in user units (points)
 * @param lineWidth the lines' width, in user units
 */
public record Hatch(Color background, Color lines, float spacing, float lineWidth) implements Paint {

    /** Resolution of the texture tile, in pixels per user unit. */
    private static final int TILE_SCALE = 8;

    public Hatch {
        requireNonNull(background, "background is null");
        requireNonNull(lines, "lines is null");
        if (!(spacing > 0) || !(lineWidth > 0)) {
            throw new IllegalArgumentException("spacing and line width must be positive");
        }
    }

    @Override
    public PaintContext createContext(ColorModel cm, Rectangle deviceBounds, Rectangle2D userBounds,
            AffineTransform xform, RenderingHints hints) {
        return texture().createContext(cm, deviceBounds, userBounds, xform, hints);
    }

    @Override
    public int getTransparency() {
        return background.getAlpha() == 255 && lines.getAlpha() == 255 ? Transparency.OPAQUE : Transparency.TRANSLUCENT;
    }

    /** The equivalent texture: one tile, a line from its bottom-left to its top-right corner (seamless). */
    TexturePaint texture() {
        int size = Math.max(2, Math.round(spacing * TILE_SCALE));
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(background);
            g.fillRect(0, 0, size, size);
            g.setColor(lines);
            g.setStroke(new BasicStroke(lineWidth * TILE_SCALE));
            // the main diagonal and its two neighbours, so the lines join across tiles
            for (int k = -1; k <= 1; k++) {
                g.draw(new Line2D.Double(k * size, size, (k + 1) * size, 0));
            }
        } finally {
            g.dispose();
        }
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, spacing, spacing));
    }
}
