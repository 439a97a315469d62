package fr.impact.reports.brief;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import fr.impact.reports.Fixture;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.format.French;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brief written from a hand-computed hub (see {@link Fixture}) and read back with PDFBox. */
class BriefReportIntegrationTests {

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void load() throws Exception {
        store = Fixture.load(dir);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    Path write(Period p, Filters f) throws Exception {
        return new BriefReport(store.connection(), ParkConfig.defaults())
                .write(new ReportRequest(p, f, Optional.empty(), Fixture.GENERATED_ON, dir.resolve("out")));
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The text with every run of spaces and line breaks as one plain space (wrapping is not what is tested). */
    static String words(Path pdf) throws Exception {
        return French.plainSpaces(text(pdf)).replaceAll("\\s+", " ");
    }

    @Test
    void writesOnePageNamedAfterTheYear() throws Exception {
        Path pdf = write(Period.year(2024), Filters.NONE);

        assertThat(pdf).isEqualTo(dir.resolve("out/brief-2024.pdf")).isRegularFile();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Alimentation locale : l'essentiel de 2024");
            assertThat(d.getDocumentInformation().getSubject()).isEqualTo("du 01/01/2024 au 31/12/2024");
        }
    }

    @Test
    void theFourNumbersAreTheHandComputedOnesInFrench() throws Exception {
        String text = words(write(Period.year(2024), Filters.NONE));

        assertThat(text).contains("64 %");          // 4 550,00 / 7 100,00 = 0,6408
        assertThat(text).contains("3 cantines et restaurants collectifs approvisionnés");
        assertThat(text).contains("2 producteurs locaux rémunérés");
        assertThat(text).contains("4 550 €");
        assertThat(text).contains("4 550,00 € sur 7 100,00 €");
        assertThat(text).contains("Sur 100 € d'achats passés au pôle alimentaire local, 64 €");
    }

    @Test
    void theNumbersPrintedAreTheAnalyticsApisFigures() throws Exception {
        Period year = Period.year(2024);
        BriefReport.Figures f = BriefReport.Figures.of(new Analytics(store.connection()).indicators(year, Filters.NONE));
        String text = text(write(year, Filters.NONE));

        assertThat(f.localShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.6408450704225352112676056338028169"));
        assertThat(f.canteensSupplied()).isEqualTo(3);
        assertThat(f.localProducersPaid()).isEqualTo(2);
        assertThat(f.localHt()).isEqualByComparingTo("4550.00");
        assertThat(text).contains(f.localShareText(), f.canteensText(), f.producersText(), f.localEurosText());
        assertThat(f.localEurosText()).isEqualTo("4\u202F550\u00A0€");
    }

    @Test
    void statesItsCoverageAndDataQuality() throws Exception {
        String text = words(write(Period.year(2024), Filters.NONE));

        // the footer's coverage line
        assertThat(text).contains("Période du 01/01/2024 au 31/12/2024 · produit le 20/01/2025 · 4 fichiers sources");
        assertThat(text).contains("origine inconnue : 450,00 € (1 ligne)");
        assertThat(text).contains("1 ligne en quarantaine");
        assertThat(text).contains("page 1 / 1");
        // the sources: file, import date, the start of the content hash
        assertThat(text).contains("Sources — fichier · date d'import · empreinte SHA-256 (16 premiers caractères)");
        assertThat(text).containsPattern(java.util.regex.Pattern.quote(Fixture.SALES_FILE) + " · 15/01/2025 · [0-9a-f]{16}");
        assertThat(text).contains("territoire.csv · 15/01/2025", "producteurs.csv · 15/01/2025", "clients.csv · 15/01/2025");
        assertThat(text).contains("Origine inconnue : 450,00 € de ventes (1 ligne)", "Quarantaine : 1 ligne de fichier");
    }

    @Test
    void accentsLigaturesAndTheEuroSignSurviveExtraction() throws Exception {
        String text = text(write(Period.year(2024), Filters.NONE));

        assertThat(text).contains("Œufs-été", "rémunérés", "€", "PÔLE ALIMENTAIRE LOCAL", "Restauration médico-sociale");
    }

    @Test
    void theChartsAreThereAsTextAndVectors() throws Exception {
        String text = words(write(Period.year(2024), Filters.NONE));

        assertThat(text).contains("Part des produits locaux dans les achats, mois par mois (2024)");
        assertThat(text).contains("Achats par type de client, hors taxes");
        assertThat(text).contains("janv.", "déc.", "60 %", "85 %", "46 %");
        assertThat(text).contains("Restauration scolaire", "Commerce", "Origine inconnue");
    }

    @Test
    void aPeriodThatIsNotAYearIsNamedByItsDatesAndOneBuyerByItsCode() throws Exception {
        Path pdf = write(new Period(java.time.LocalDate.of(2024, 2, 1), java.time.LocalDate.of(2024, 3, 31)),
                Filters.NONE.withBuyer("C2"));

        assertThat(pdf.getFileName().toString()).isEqualTo("brief-2024-02-01_2024-03-31-C2.pdf");
        String text = words(pdf);
        assertThat(text).contains("85 %");            // 2 500,50 / 2 950,50
        assertThat(text).contains("du 01/02/2024 au 31/03/2024, acheteur C2");
    }

    @Test
    void aPeriodWithoutSalesStillGivesAPageThatSaysSo() throws Exception {
        String text = words(write(Period.year(2022), Filters.NONE));

        assertThat(text).contains("Aucune vente du pôle n'est enregistrée sur cette période");
        assertThat(text).contains("origine inconnue : 0,00 €");
    }

    @Test
    void theSameDataAndDateGiveTheSameFile() throws Exception {
        Path first = write(Period.year(2024), Filters.NONE);
        byte[] a = Files.readAllBytes(first);
        Files.delete(first);
        byte[] b = Files.readAllBytes(write(Period.year(2024), Filters.NONE));

        assertThat(b).isEqualTo(a);
    }
}
