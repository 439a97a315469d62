package fr.impact.reports.pdf;

import fr.impact.reports.fonts.Fonts;
import fr.impact.reports.fonts.Fonts.Face;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled faces loaded into one PDF document (embedded as subsets: only the glyphs used),
 * and the mapping from a Java2D font to one of them.
 */
public final class PdfFonts {

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The face, loaded once per document from the class path. */
    public PDType0Font get(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try (InputStream in = Fonts.open(f)) {
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The face standing for a Java2D font (the charts' fonts are the same faces). */
    public PDType0Font of(Font font) {
        return get(Fonts.faceOf(font));
    }

    /** Width of a text in points at a size. */
    public float width(Face face, String text, float size) {
        try {
            return get(face).getStringWidth(Fonts.displayable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
