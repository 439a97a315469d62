package fr.impact.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.reports.format.French;
import fr.impact.reports.pdf.A4Document.Align;
import fr.impact.reports.pdf.A4Document.Column;
import fr.impact.reports.pdf.A4Document.KeyFigure;
import fr.impact.reports.pdf.A4Document.Style;
import fr.impact.reports.pdf.A4Document.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The A4 layout read back with PDFBox: where the text is, what each page carries. */
class A4DocumentTests {

    static final A4Document.Info INFO = new A4Document.Info("Rapport d'essai", "du 01/01/2024 au 31/12/2024",
            "Parc naturel régional du Perche", LocalDate.of(2026, 11, 26), "Période du 01/01/2024 au 31/12/2024 · "
                    + "produit le 26/11/2026 · 2 fichiers sources");

    static byte[] pdf(Consumer<A4Document> content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (A4Document doc = A4Document.create(INFO)) {
            content.accept(doc);
            doc.save(out);
        }
        return out.toByteArray();
    }

    static String text(byte[] pdf, int page) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return French.plainSpaces(s.getText(d));
        }
    }

    static String lorem(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(i % 7 == 0 ? "approvisionnement" : "local");
        }
        return b.toString();
    }

    @Test
    void paragraphsWrapWithinTheMargins() throws Exception {
        byte[] pdf = pdf(d -> d.paragraph(lorem(200)));

        List<Float> rightEdges = new ArrayList<>();
        List<Float> leftEdges = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (text.startsWith("local") || text.startsWith("approvisionnement")) {
                        TextPosition last = positions.get(positions.size() - 1);
                        rightEdges.add(last.getXDirAdj() + last.getWidthDirAdj());
                        leftEdges.add(positions.get(0).getXDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            s.getText(d);
        }
        assertThat(rightEdges).hasSizeGreaterThan(5);   // many lines
        assertThat(rightEdges).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(595.28f - A4Document.MARGIN + 0.5f));
        assertThat(leftEdges).allSatisfy(x -> assertThat(x).isCloseTo(A4Document.MARGIN, org.assertj.core.data.Offset.offset(0.5f)));
    }

    @Test
    void everyPageHasTheCoverageLineAndItsNumber() throws Exception {
        byte[] pdf = pdf(d -> {
            d.title("Premier");
            d.newPage();
            d.title("Deuxième");
        });

        assertThat(text(pdf, 1)).contains("Premier", INFO.footer(), "page 1 / 2");
        assertThat(text(pdf, 2)).contains("Deuxième", INFO.footer(), "page 2 / 2");
    }

    @Test
    void aLongTableCarriesItsHeaderOverPagesAndEndsWithItsTotals() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= 90; i++) {
            BigDecimal v = new BigDecimal(i * 100 + ".25");
            total = total.add(v);
            rows.add(List.of("Facture n° " + i, French.date(LocalDate.of(2024, 1, 1).plusDays(i)), French.euros(v)));
        }
        Table t = new Table(List.of(new Column("Pièce", 3, Align.LEFT), new Column("Date", 1.2f, Align.LEFT),
                new Column("Montant HT", 1.5f, Align.RIGHT)), rows,
                Optional.of(List.of("Total", "", French.euros(total))));

        byte[] pdf = pdf(d -> d.table(t));

        int pages;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            pages = d.getNumberOfPages();
        }
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(text(pdf, 1)).contains("Pièce Date Montant HT", "Facture n° 1 02/01/2024 100,25 €");
        for (int p = 2; p <= pages; p++) {
            assertThat(text(pdf, p)).startsWith("Pièce Date Montant HT");
        }
        assertThat(text(pdf, pages)).contains("Facture n° 90 31/03/2024 9 000,25 €",
                "Total " + French.plainSpaces(French.euros(total)), "page " + pages + " / " + pages);
        assertThat(total).isEqualByComparingTo("409522.50");
    }

    @Test
    void keyFiguresAndFrenchCharactersSurviveExtraction() throws Exception {
        byte[] pdf = pdf(d -> {
            d.keyFigures(List.of(KeyFigure.of("64 %", "des achats sont locaux", "détail"),
                    KeyFigure.of("1 234 567 €", "reçus par les fermes", null)), 2);
            d.text("Œuvre « cœur » — l’été à 12 € ; ½ ∑ 中", Style.BODY);
        });

        String text = text(pdf, 1);
        assertThat(text).contains("64 %", "des achats sont locaux", "1 234 567 €", "reçus par les fermes");
        // ∑ is in DejaVu Sans; a character it lacks (中) becomes "?" instead of breaking the PDF
        assertThat(text).contains("Œuvre « cœur » — l’été à 12 € ; ½ ∑ ?");
    }

    @Test
    void itsPropertiesComeFromTheInfoNotTheClock() throws Exception {
        byte[] pdf = pdf(d -> d.paragraph("x"));

        try (PDDocument d = Loader.loadPDF(pdf)) {
            var info = d.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Rapport d'essai");
            assertThat(info.getSubject()).isEqualTo("du 01/01/2024 au 31/12/2024");
            assertThat(info.getAuthor()).isEqualTo("Parc naturel régional du Perche");
            assertThat(info.getCreationDate().toInstant())
                    .isEqualTo(LocalDate.of(2026, 11, 26).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant());
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
        }
        assertThat(pdf(d -> d.paragraph("x"))).isEqualTo(pdf);
    }
}
