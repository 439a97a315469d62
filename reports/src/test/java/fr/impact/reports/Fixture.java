package fr.impact.reports;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A small hub imported from real French CSV files into a real DuckDB file, through the
 * ordinary import path, with a fixed clock. Every figure of 2024, worked out by hand:
 *
 * <pre>
 *   territory: 61293 PARC, 28280 PROCHE
 *   producers: P1 (61293 → PARC), P2 (28280 → PROCHE), P3 (75056 → ELOIGNE); P4 absent → INCONNU
 *   buyers:    C1 school canteen, C2 EHPAD (médico-social), C5 company canteen (collective);
 *              C3 restaurant, C4 shop
 *
 *   date        buyer  producer  amount     origin
 *   20/12/2023  C1     P1          999,00   (before the period)
 *   15/01/2024  C1     P1        1 200,00   local
 *   15/01/2024  C1     P3          800,00   éloigné
 *   12/02/2024  C2     P2        2 500,50   local
 *   12/02/2024  C2     P4          450,00   inconnu
 *   05/03/2024  C3     P1        1 049,50   local
 *   05/03/2024  C4     P3        1 000,00   éloigné
 *   15/03/2024  C1     P2         -200,00   local (credit note)
 *   18/04/2024  C5     P3          300,00   éloigné
 *   11/06/2024  C1     P1         12,5O     rejected: quarantined
 *
 *   total 2024      = 7 100,00 €      local = 4 550,00 €      local share = 0,640845… → 64 %
 *   canteens supplied (collective buyers with a positive line) = C1, C2, C5 = 3
 *   local producers paid (PARC/PROCHE with a positive line)    = P1, P2     = 2
 *   unknown origin = 450,00 € (1 line); quarantined rows = 1
 *   monthly local share: janv. 1200/2000 = 60 %, févr. 2500,50/2950,50 = 85 %,
 *                        mars 849,50/1849,50 = 46 %, avr. 0/300 = 0 %, other months none
 * </pre>
 */
public final class Fixture {

    /** The day the files are imported: 15/01/2025, 10:00 in Paris. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T09:00:00Z"), ZoneId.of("Europe/Paris"));
    /** The day the report is produced. */
    public static final LocalDate GENERATED_ON = LocalDate.of(2025, 1, 20);
    /** The sales file's name (an Œ, an é, to see them survive in the PDF). */
    public static final String SALES_FILE = "ventes-2024-Œufs-été.csv";

    static final String TERRITORY = lines("code;niveau;nom",
            "61293;PARC;Mortagne-au-Perche",
            "28280;PROCHE;Nogent-le-Rotrou");

    static final String PRODUCERS = lines("producteur_id;nom;commune_insee",
            "P1;Ferme du Bois Joli;61293",
            "P2;GAEC de la Vallée;28280",
            "P3;Grossiste de Rungis;75056");

    static final String BUYERS = lines("client_id;nom;type",
            "C1;École Jules Ferry;RESTAURATION_SCOLAIRE",
            "C2;EHPAD Les Tilleuls;RESTAURATION_MEDICO_SOCIALE",
            "C3;Le Bistrot;RESTAURANT",
            "C4;Épicerie du Perche;COMMERCE",
            "C5;Restaurant administratif;RESTAURATION_COLLECTIVE_AUTRE");

    static final String SALES = lines(
            "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht",
            "20/12/2023;F0;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;999,00",
            "15/01/2024;F1;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;800;kg;1200,00",
            "15/01/2024;F1;2;C1;P3;Bananes;FRUITS_ET_LEGUMES;400;kg;800,00",
            "12/02/2024;F2;1;C2;P2;Yaourts;PRODUITS_LAITIERS;5001;piece;2500,50",
            "12/02/2024;F2;2;C2;P4;Œufs;PRODUITS_LAITIERS;1500;piece;450,00",
            "05/03/2024;F3;1;C3;P1;Poireaux;FRUITS_ET_LEGUMES;500;kg;1049,50",
            "05/03/2024;F4;1;C4;P3;Café;AUTRES;100;kg;1000,00",
            "15/03/2024;AV1;1;C1;P2;Avoir yaourts;PRODUITS_LAITIERS;-400;piece;-200,00",
            "18/04/2024;F5;1;C5;P3;Riz;AUTRES;150;kg;300,00",
            "11/06/2024;F6;1;C1;P1;Navets;FRUITS_ET_LEGUMES;1;kg;12,5O");

    private Fixture() {}

    /** Opens a new store in {@code dir} and imports the four files; the caller closes the store. */
    public static Store load(Path dir) throws IOException, SQLException {
        Store store = Store.open(dir.resolve("impact.duckdb"), null);
        Importer importer = new Importer(store, Importer.Settings.defaults().withClock(CLOCK));
        ingest(importer, ImportKind.TERRITORY, write(dir, "territoire.csv", TERRITORY));
        ingest(importer, ImportKind.PRODUCERS, write(dir, "producteurs.csv", PRODUCERS));
        ingest(importer, ImportKind.BUYERS, write(dir, "clients.csv", BUYERS));
        ingest(importer, ImportKind.SALES, write(dir, SALES_FILE, SALES));
        return store;
    }

    public static FileReport ingest(Importer importer, ImportKind kind, Path file) throws SQLException {
        FileReport r = importer.importFile(kind, file, ImportOptions.defaults());
        if (r.status() == FileReport.Status.REFUSED) {
            throw new IllegalStateException(file + " refused: " + r.error());
        }
        return r;
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
