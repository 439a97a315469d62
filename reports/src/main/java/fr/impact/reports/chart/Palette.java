package fr.impact.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;

/**
 * The reports' colours, chosen to survive a black-and-white printer: each series fill has a
 * clearly different grey level (dark, light, hatched, middle), every bar has a thin dark
 * outline, and values are written on the bars. Colour is a bonus, never the only cue.
 */
public final class Palette {

    /** Body text and axis lines: near-black. */
    public static final Color TEXT = new Color(0x1E, 0x1E, 0x1E);
    /** Secondary text (notes, sources). */
    public static final Color MUTED = new Color(0x55, 0x55, 0x55);
    /** Grid lines and rules: light grey. */
    public static final Color GRID = new Color(0xD0, 0xD0, 0xD0);
    /** Backgrounds of boxes and table headers: a very light grey. */
    public static final Color SHADE = new Color(0xF0, 0xF0, 0xED);
    /** Bar outlines. */
    public static final Color OUTLINE = new Color(0x33, 0x33, 0x33);

    /** Local origin: the park's dark green (about 33 % luminance — dark grey on paper). */
    public static final Color LOCAL = new Color(0x2F, 0x6B, 0x3A);
    /** Non-local origin: a light warm grey (about 76 % luminance). */
    public static final Color NON_LOCAL = new Color(0xC9, 0xC3, 0xB5);
    /** Unknown origin: white with grey diagonal lines — "missing", whatever the printer. */
    public static final Hatch UNKNOWN = new Hatch(Color.WHITE, new Color(0x8C, 0x8C, 0x8C), 4.5f, 0.7f);
    /** A fourth series: a middle blue-grey (about 55 % luminance). */
    public static final Color FOURTH = new Color(0x6F, 0x8C, 0xA8);

    /** Series fills in order. */
    public static final List<Paint> SERIES = List.of(LOCAL, NON_LOCAL, UNKNOWN, FOURTH);

    /** Bar outlines' stroke. */
    public static final Stroke OUTLINE_STROKE = new BasicStroke(0.5f);

    private Palette() {}

    /** The fill of the i-th series (cycling after the fourth). */
    public static Paint series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** The colour to write on a fill: white on dark fills, near-black otherwise. */
    public static Color textOn(Paint fill) {
        if (fill instanceof Color c) {
            double luminance = (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
            return luminance < 0.5 ? Color.WHITE : TEXT;
        }
        return TEXT;
    }
}
