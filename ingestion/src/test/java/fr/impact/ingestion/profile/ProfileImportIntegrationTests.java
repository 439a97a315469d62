package fr.impact.ingestion.profile;

import static fr.impact.ingestion.TestFiles.lines;
import static fr.impact.ingestion.TestFiles.scalar;
import static fr.impact.ingestion.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.FileReport.Status;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.TestFiles;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another invoicing software's export, read through a mapping profile: the documented example
 * of docs/examples (profil-logiciel-b.properties, export-logiciel-b.csv) loads with no rejection.
 */
class ProfileImportIntegrationTests {

    @TempDir
    Path dir;

    Store store;
    Importer importer;

    static final Path EXAMPLES = repositoryRoot().resolve("docs/examples");
    static final Path PROFILE = EXAMPLES.resolve("profil-logiciel-b.properties");
    static final Path EXPORT = EXAMPLES.resolve("export-logiciel-b.csv");

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("impact.duckdb"), null);
        importer = TestFiles.importer(store);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    FileReport ingest(Path file, MappingProfile profile) throws Exception {
        return importer.importFile(ImportKind.SALES, file, ImportOptions.defaults().withProfile(profile));
    }

    @Test
    void theExampleProfileReadsAsDocumented() throws Exception {
        MappingProfile p = MappingProfile.read(PROFILE);

        assertThat(p.name()).isEqualTo("Logiciel B - export des ventes");
        assertThat(p.renames()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("datepiece", "date"),
                Map.entry("npiece", "facture"),
                Map.entry("codetiers", "client_id"),
                Map.entry("nomtiers", "client_nom"),
                Map.entry("codefournisseur", "producteur_id"),
                Map.entry("nomfournisseur", "producteur_nom"),
                Map.entry("article", "produit"),
                Map.entry("famillearticle", "famille"),
                Map.entry("quantite", "quantite"),
                Map.entry("puht", "prix_unitaire_ht"),
                Map.entry("totalht", "montant_ht")));
        assertThat(p.constants()).containsExactlyEntriesOf(Map.of("unite", "kg"));
        assertThat(p.deriveLineRank()).isTrue();
        assertThat(p.delimiter()).contains(';');
        assertThat(p.sheet()).isEmpty();
    }

    @Test
    void importsTheExampleExportWithNoRejection() throws Exception {
        FileReport r = ingest(EXPORT, MappingProfile.read(PROFILE));

        assertThat(r.status()).isEqualTo(Status.LOADED);
        // 8 lines over 3 invoices
        assertThat(r.accepted()).isEqualTo(8);
        assertThat(r.rejected()).isZero();
        assertThat(r.rejections()).isEmpty();
        assertThat(r.replaced()).isZero();
        // every column mapped, every amount = quantity × unit price: not one warning
        assertThat(r.warningList()).isEmpty();
    }

    @Test
    void derivesTheLineNumberAsTheRankWithinEachInvoice() throws Exception {
        ingest(EXPORT, MappingProfile.read(PROFILE));

        assertThat(scalar(store, "SELECT string_agg(facture || '/' || ligne, ',' ORDER BY source_line) FROM sales"))
                .isEqualTo("FA-2024-0412/1,FA-2024-0412/2,FA-2024-0412/3,"
                        + "FA-2024-0413/1,FA-2024-0413/2,"
                        + "FA-2024-0420/1,FA-2024-0420/2,FA-2024-0420/3");
    }

    @Test
    void setsTheUnitToKilogramsOnEveryLine() throws Exception {
        ingest(EXPORT, MappingProfile.read(PROFILE));

        assertThat(scalar(store, "SELECT string_agg(DISTINCT unite, ',') FROM sales")).isEqualTo("kg");
        // 25 + 40 + 6,5 + 2,5 + 3 + 72 + 15,5 + 120 = 284,5 kg
        assertThat(scalar(store, "SELECT sum(kg) FROM sales")).isEqualTo("284.500000");
    }

    @Test
    void loadsTheAmountsToTheCent() throws Exception {
        ingest(EXPORT, MappingProfile.read(PROFILE));

        // FA-2024-0412: 30,00 + 34,00 + 31,20 = 95,20
        // FA-2024-0413: 24,00 + 37,50 = 61,50
        // FA-2024-0420: 1 072,80 + 29,45 + 114,00 = 1 216,25
        // total: 95,20 + 61,50 + 1 216,25 = 1 372,95
        assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo("1372.95");
        assertThat(scalar(store, "SELECT string_agg(facture || '=' || t, ',' ORDER BY facture) FROM "
                + "(SELECT facture, sum(montant_ht) AS t FROM sales GROUP BY facture)"))
                .isEqualTo("FA-2024-0412=95.20,FA-2024-0413=61.50,FA-2024-0420=1216.25");
    }

    @Test
    void mapsTheRenamedColumns() throws Exception {
        ingest(EXPORT, MappingProfile.read(PROFILE));

        String miel = "SELECT %s FROM sales WHERE facture = 'FA-2024-0413' AND ligne = 2";
        assertThat(scalar(store, miel.formatted("date"))).isEqualTo("2024-04-16");
        assertThat(scalar(store, miel.formatted("client_id || ' ' || client_nom"))).isEqualTo("CL0012 EHPAD Les Tilleuls");
        assertThat(scalar(store, miel.formatted("producteur_id || ' ' || producteur_nom")))
                .isEqualTo("PR047 Miellerie des Collines");
        assertThat(scalar(store, miel.formatted("produit"))).isEqualTo("Miel toutes fleurs; seau 3 kg");
        assertThat(scalar(store, miel.formatted("famille"))).isEqualTo("AUTRES");
        assertThat(scalar(store, miel.formatted("prix_unitaire_ht"))).isEqualTo("12.5000");
        assertThat(scalar(store, "SELECT famille FROM sales WHERE produit LIKE 'Bœuf%'")).isEqualTo("VIANDES_VOLAILLES");
        assertThat(scalar(store, "SELECT profile FROM imports")).isEqualTo("Logiciel B - export des ventes");
    }

    @Test
    void withoutTheProfileTheExportIsRefusedForItsMissingDateColumn() throws Exception {
        FileReport r = ingest(EXPORT, MappingProfile.NONE);

        assertThat(r.status()).isEqualTo(Status.REFUSED);
        assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.MISSING_COLUMN);
        assertThat(r.error().orElseThrow().args()).first().isEqualTo("date");
    }

    @Test
    void ranksCountWithinEachInvoiceEvenWhenItsLinesAreInterleaved() throws Exception {
        Path profile = write(dir, "profil.properties", lines("colonne.Pièce = facture", "ligne = rang"));
        Path export = write(dir, "entrelace.csv", lines(
                "date;Pièce;client_id;producteur_id;produit;famille;quantite;unite;montant_ht",
                "15/04/2024;F1;C1;P1;Carottes;Légumes;1;kg;1,00",
                "15/04/2024;F2;C1;P1;Navets;Légumes;1;kg;2,00",
                "15/04/2024;F1;C1;P1;Poireaux;Légumes;1;kg;3,00"));

        FileReport r = ingest(export, MappingProfile.read(profile));

        assertThat(r.accepted()).isEqualTo(3);
        assertThat(scalar(store, "SELECT string_agg(facture || '/' || ligne, ',' ORDER BY source_line) FROM sales"))
                .isEqualTo("F1/1,F2/1,F1/2");
    }

    @Test
    void aConstantFillsTheCellsLeftEmpty() throws Exception {
        Path profile = write(dir, "profil.properties", lines("constante.unite = kg"));
        Path export = write(dir, "unites.csv", lines(
                "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht",
                "15/04/2024;F1;1;C1;P1;Carottes;Légumes;2;;1,00",
                "15/04/2024;F1;2;C1;P1;Yaourts;Produits laitiers;12;pièce;6,00"));

        FileReport r = ingest(export, MappingProfile.read(profile));

        assertThat(r.accepted()).isEqualTo(2);
        assertThat(scalar(store, "SELECT string_agg(unite, ',' ORDER BY ligne) FROM sales")).isEqualTo("kg,piece");
    }

    /**
     * The repository root: IMPACT_REPO_ROOT (set by surefire) or the working directory, then
     * upwards to the pom.xml that lists the dashboard module.
     */
    static Path repositoryRoot() {
        List<Path> starts = new ArrayList<>();
        String env = System.getenv("IMPACT_REPO_ROOT");
        if (env != null && !env.isBlank()) {
            starts.add(Path.of(env));
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                try {
                    Path pom = p.resolve("pom.xml");
                    if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>dashboard</module>")) {
                        return p;
                    }
                } catch (IOException e) {
                    // not readable: keep walking up
                }
            }
        }
        throw new IllegalStateException("repository root not found from " + starts);
    }
}
