package fr.impact.reports.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.store.Store;
import fr.impact.reports.Fixture;
import fr.impact.reports.format.French;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report says it rests on, read from a real store (see {@link Fixture}). */
class CoverageIntegrationTests {

    static final String HEADER = "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht";

    @TempDir
    Path dir;

    Store store;
    Importer importer;

    @BeforeEach
    void load() throws Exception {
        store = Fixture.load(dir);
        importer = new Importer(store, Importer.Settings.defaults().withClock(Fixture.CLOCK));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    Coverage coverage(Period p) throws Exception {
        return Coverage.load(store.connection(), p, Fixture.GENERATED_ON,
                new Analytics(store.connection()).indicators(p, Filters.NONE).sales());
    }

    @Test
    void listsTheLoadedFilesTheFiguresRestOn() throws Exception {
        Coverage c = coverage(Period.year(2024));

        assertThat(c.sources()).extracting(Coverage.Source::file)
                .containsExactly("territoire.csv", "producteurs.csv", "clients.csv", Fixture.SALES_FILE);
        Coverage.Source sales = c.sources().get(3);
        assertThat(sales.kindLabel()).isEqualTo("ventes");
        assertThat(sales.contentHash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(sales.shortHash()).isEqualTo(sales.contentHash().substring(0, 16));
        assertThat(sales.importedAt()).isEqualTo(LocalDate.of(2025, 1, 15).atTime(10, 0));
        assertThat(sales.accepted()).isEqualTo(9);
        assertThat(sales.rejected()).isEqualTo(1);
        assertThat(c.unknownHt()).isEqualByComparingTo("450.00");
        assertThat(c.unknownLines()).isEqualTo(1);
        assertThat(c.quarantinedRows()).isEqualTo(1);
    }

    @Test
    void aSalesFileWithNoLineInThePeriodIsNotASource() throws Exception {
        Fixture.ingest(importer, ImportKind.SALES, Fixture.write(dir, "ventes-2022.csv", HEADER + "\n"
                + "15/03/2022;G1;1;C1;P1;Carottes;AUTRES;1;kg;5,00\n"));

        assertThat(coverage(Period.year(2024)).sources()).extracting(Coverage.Source::file)
                .doesNotContain("ventes-2022.csv");
        assertThat(coverage(Period.year(2022)).sources()).extracting(Coverage.Source::file)
                .containsExactly("territoire.csv", "producteurs.csv", "clients.csv", "ventes-2022.csv");
    }

    @Test
    void undoneAndRefusedImportsAreNeitherSourcesNorQuarantine() throws Exception {
        FileReport extra = Fixture.ingest(importer, ImportKind.SALES, Fixture.write(dir, "ventes-mai.csv", HEADER + "\n"
                + "15/05/2024;H1;1;C1;P1;Carottes;AUTRES;1;kg;5,00\n"
                + "16/05/2024;H2;1;C1;P1;Carottes;AUTRES;1;kg;5,0O\n"));
        assertThat(coverage(Period.year(2024)).quarantinedRows()).isEqualTo(2);
        new ImportHistory(store).undo(extra.importId());
        // strict: one bad row refuses the file, whose rejected row is kept with the REFUSED import
        FileReport refused = importer.importFile(ImportKind.SALES, Fixture.write(dir, "ventes-juin.csv", HEADER + "\n"
                + "15/06/2024;J1;1;C1;P1;Carottes;AUTRES;1;kg;5,0O\n"), ImportOptions.defaults().withStrict(true));
        assertThat(refused.status()).isEqualTo(FileReport.Status.REFUSED);

        Coverage c = coverage(Period.year(2024));
        assertThat(c.sources()).extracting(Coverage.Source::file).doesNotContain("ventes-mai.csv", "ventes-juin.csv");
        assertThat(c.quarantinedRows()).isEqualTo(1);
    }

    @Test
    void theLineSaysPeriodDateSourcesUnknownOriginAndQuarantine() throws Exception {
        String line = French.plainSpaces(coverage(Period.year(2024)).line());

        assertThat(line).isEqualTo("Période du 01/01/2024 au 31/12/2024 · produit le 20/01/2025 · 4 fichiers sources "
                + "(dernier import le 15/01/2025) · origine inconnue : 450,00 € (1 ligne) · 1 ligne en quarantaine");
    }

    @Test
    void describesEachSourceInFrench() throws Exception {
        Coverage.Source s = coverage(Period.year(2024)).sources().get(3);

        assertThat(s.describe()).startsWith(Fixture.SALES_FILE
                + " — ventes, importé le 15/01/2025 à 10:00, 9 lignes (1 rejetée), SHA-256 " + s.shortHash());
        assertThat(s.compact()).isEqualTo(Fixture.SALES_FILE + " · 15/01/2025 · " + s.shortHash());
    }
}
