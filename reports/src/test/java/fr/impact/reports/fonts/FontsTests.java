package fr.impact.reports.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.reports.fonts.Fonts.Face;
import java.awt.Font;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class FontsTests {

    @Test
    void bothFacesComeFromTheClassPathWithTheirLicence() throws Exception {
        for (Face f : Face.values()) {
            try (InputStream in = Fonts.open(f)) {
                byte[] head = in.readNBytes(4);
                assertThat(head).as(f.file()).containsExactly(0, 1, 0, 0);   // a TrueType file
            }
        }
        try (InputStream licence = Fonts.class.getResourceAsStream("/fr/impact/reports/fonts/LICENSE-DejaVu.txt")) {
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Bitstream Vera", "Permission is hereby granted");
        }
    }

    @Test
    void java2DFontsAreTheBundledFaces() {
        assertThat(Fonts.awt(Face.REGULAR, 10f).getFontName()).isEqualTo("DejaVu Sans");
        assertThat(Fonts.awt(Face.BOLD, 12f).getFontName()).isEqualTo("DejaVu Sans Bold");
        assertThat(Fonts.awt(Face.BOLD, 12f).getSize2D()).isEqualTo(12f);
        assertThat(Fonts.faceOf(Fonts.awt(Face.BOLD, 9f))).isEqualTo(Face.BOLD);
        assertThat(Fonts.faceOf(new Font(Font.SANS_SERIF, Font.BOLD, 9))).isEqualTo(Face.BOLD);
        assertThat(Fonts.faceOf(new Font(Font.SANS_SERIF, Font.PLAIN, 9))).isEqualTo(Face.REGULAR);
    }

    @Test
    void whatTheFontCannotDrawBecomesAQuestionMarkAndControlsSpaces() {
        assertThat(Fonts.displayable("Œufs\tété 12\u202F€ 中")).isEqualTo("Œufs été 12\u202F€ ?");
    }
}
