package fr.impact.reports.fonts;

import static java.util.Objects.requireNonNull;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans from the class path ({@code fr/impact/reports/fonts/}), for Java2D (charts)
 * and, through {@link #open(Face)}, for PDFBox. Both read the same TrueType files, so text
 * measured for a chart has the same widths in the PDF.
 */
public final class Fonts {

    /** The two faces the reports use. */
    public enum Face {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        /** The resource's file name. */
        public String file() {
            return file;
        }
    }

    private static final String DIR = "/fr/impact/reports/fonts/";

    private Fonts() {}

    /** The TrueType file of a face; the caller closes the stream. */
    public static InputStream open(Face face) {
        InputStream in = Fonts.class.getResourceAsStream(DIR + face.file());
        if (in == null) {
            throw new IllegalStateException("the bundled font " + face.file() + " is missing from the class path");
        }
        return in;
    }

    /** The face as a Java2D font of this size (points). */
    public static Font awt(Face face, float size) {
        return Loaded.of(face).deriveFont(size);
    }

    /** Whether the face has a glyph for this code point (the two faces cover the same characters). */
    public static boolean canDisplay(int codePoint) {
        return Loaded.REGULAR.canDisplay(codePoint);
    }

    /**
     * The text with every character the font cannot draw replaced by {@code ?} and control
     * characters (tabs, line breaks) by spaces: what is safe to hand to the PDF writer.
     */
    public static String displayable(String text) {
        requireNonNull(text, "text is null");
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Which face an arbitrary Java2D font stands for: bold if it says so, regular otherwise. */
    public static Face faceOf(Font font) {
        return font.isBold() || font.getFontName().toLowerCase(java.util.Locale.ROOT).contains("bold")
                ? Face.BOLD : Face.REGULAR;
    }

    /** The base fonts, read once. */
    private static final class Loaded {
        static final Font REGULAR = load(Face.REGULAR);
        static final Font BOLD = load(Face.BOLD);

        static Font of(Face f) {
            return f == Face.BOLD ? BOLD : REGULAR;
        }

        private static Font load(Face face) {
            try (InputStream in = open(face)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + face.file() + " is not a TrueType font", e);
            }
        }
    }
}
