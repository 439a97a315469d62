package fr.impact.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.local.LocalSourcing;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.analytics.quality.QualitySummary.FileCodeCount;
import fr.impact.analytics.quality.QualitySummary.QuarantinedRow;
import fr.impact.analytics.quality.QualitySummary.UnknownBuyer;
import fr.impact.analytics.quality.QualitySummary.UnknownOrigin;
import fr.impact.analytics.quality.QualitySummary.UnknownProducer;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.FileReport.Status;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.store.Store;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-quality summary over a real DuckDB file filled by the real importer from small
 * French CSV files. Every expected figure is worked out by hand in the comments.
 *
 * <p>The files, in import order ("today" is 30/06/2024):
 * <ul>
 * <li>{@code territoire.csv}: commune 61293 PARC, department 28 PROCHE.
 * <li>{@code producteurs-1.csv}: P1 (61293, PARC), P2 (28085, PROCHE); P3 rejected (commune
 *     6129X), fixed later by {@code producteurs-2.csv} → resolved.
 * <li>{@code clients.csv}: C1 school, C2 restaurant; C9 rejected (type "Cantine"), never fixed → open.
 * <li>{@code ventes-1.csv} (an unknown column "remarque"): seven lines kept, two of them with a
 *     price mismatch; F3/1 rejected (quantity "abc"), fixed by ventes-2 → resolved; F3/2
 *     rejected twice over (family and unit), fixed only by the undone ventes-3 → open; F4/3
 *     rejected (amount "douze") → open.
 * <li>{@code ventes-2.csv}: F3/1 fixed, F5/1 new; F6/1 rejected (date in the future) → open;
 *     F1/1 rejected (sign) — its key exists, but from an earlier import → open.
 * <li>{@code ventes-3.csv}: F3/2 fixed, F7/1 rejected, an unknown column — then undone:
 *     none of it counts.
 * <li>{@code ventes-4.csv}, strict: F8/2 rejected (sign), so the file is REFUSED; its
 *     rejected row counts, its warning (unknown column) does not.
 * <li>{@code ventes-5.csv}: no {@code montant_ht} column, REFUSED whole: nothing to count.
 * <li>{@code producteurs-2.csv}: P3 with a valid commune.
 * <li>{@code ventes-autre.csv}, hub "autre": A1/1 and F4/3 kept (P1 and C1 are unknown in
 *     that hub); A1/2 rejected (quantity missing) → open. F4/3 accepted here does not fix
 *     the F4/3 rejected in the default hub.
 * </ul>
 *
 * <p>Current lines of 2024 (F0/1 is dated 2023 and falls outside the period):
 * <pre>
 * hub     key   buyer  producer  amount  origin
 * default F1/1  C1     P1        15.00   PARC
 * default F1/2  C1     P9        12.00   INCONNU
 * default F2/1  C7?    P2         8.00   PROCHE
 * default F2/2  C7?    P9         6.00   INCONNU
 * default F4/1  C8?    P8?        9.50   INCONNU
 * default F4/2  C8?    P2         7.00   PROCHE
 * default F3/1  C1     P1         5.00   PARC
 * default F5/1  C2     P9        18.00   INCONNU
 * autre   A1/1  C1?    P1?        6.00   INCONNU
 * autre   F4/3  C1?    P1?        4.00   INCONNU
 * </pre>
 * (? = missing from the reference files of that hub)
 */
class DataQualityIntegrationTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneId.of("Europe/Paris"));
    static final Period YEAR_2024 = Period.year(2024);

    static final String SALES_HEADER = "date;facture;ligne;client_id;client_nom;client_type;producteur_id;"
            + "producteur_nom;produit;famille;quantite;unite;prix_unitaire_ht;montant_ht;labels";

    static final String[] TERRITORY = {
        "code;niveau;nom",
        "61293;PARC;Mortagne-au-Perche",
        "28;PROCHE;Eure-et-Loir"};

    static final String[] PRODUCERS_1 = {
        "producteur_id;nom;commune_insee",
        "P1;Ferme du Bois;61293",
        "P2;GAEC de la Vallée;28085",
        "P3;Miellerie du Perche;6129X"};

    static final String[] BUYERS = {
        "client_id;nom;type",
        "C1;École Jules Ferry;RESTAURATION_SCOLAIRE",
        "C2;Le Bistrot;RESTAURANT",
        "C9;Cantine de Bellême;Cantine"};

    static final String F3_1_REJECTED = "18/03/2024;F3;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;"
            + "Pommes;FRUITS_ET_LEGUMES;abc;kg;;5,00;;";
    static final String F3_2_REJECTED = "18/03/2024;F3;2;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;"
            + "Poires;Légumes secs;3;cagette;;4,50;;";

    static final String[] SALES_1 = {
        SALES_HEADER + ";remarque",
        "15/12/2023;F0;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P9;Rucher des Haies;Miel;AUTRES;1;piece;6,00;6,00;;",
        "05/03/2024;F1;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Carottes;FRUITS_ET_LEGUMES;10;kg;1,50;15,00;BIO;",
        "05/03/2024;F1;2;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P9;Rucher des Haies;Miel;AUTRES;2;piece;6,00;12,00;;",
        // 20 × 0,45 = 9,00 ≠ 8,00: price mismatch, kept
        "12/03/2024;F2;1;C7;EHPAD Les Tilleuls;RESTAURATION_MEDICO_SOCIALE;P2;GAEC de la Vallée;Yaourts;PRODUITS_LAITIERS;20;piece;0,45;8,00;;",
        "12/03/2024;F2;2;C7;EHPAD Les Tilleuls;RESTAURATION_MEDICO_SOCIALE;P9;Rucher des Haies;Miel;AUTRES;1;piece;6,00;6,00;;",
        F3_1_REJECTED,
        F3_2_REJECTED,
        "20/03/2024;F4;1;C8;Épicerie du Coin;;P8;;Farine;AUTRES;5;kg;;9,50;;",
        // 4 × 2,00 = 8,00 ≠ 7,00: price mismatch, kept
        "22/03/2024;F4;2;C8;Épicerie du Coin;;P2;GAEC de la Vallée;Beurre;PRODUITS_LAITIERS;4;kg;2,00;7,00;;remise fidélité",
        "22/03/2024;F4;3;C8;Épicerie du Coin;;P2;GAEC de la Vallée;Crème;PRODUITS_LAITIERS;1;kg;;douze;;"};

    static final String[] SALES_2 = {
        SALES_HEADER,
        "18/03/2024;F3;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Pommes;FRUITS_ET_LEGUMES;5;kg;1,00;5,00;",
        "25/03/2024;F5;1;C2;Le Bistrot;RESTAURANT;P9;Rucher des Haies;Miel;AUTRES;3;piece;6,00;18,00;",
        "02/07/2024;F6;1;C2;Le Bistrot;RESTAURANT;P1;Ferme du Bois;Radis;FRUITS_ET_LEGUMES;1;botte;;2,00;",
        "05/03/2024;F1;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Carottes;FRUITS_ET_LEGUMES;10;kg;1,50;-15,00;BIO"};

    static final String[] SALES_3 = {
        SALES_HEADER + ";commentaire",
        "18/03/2024;F3;2;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Poires;FRUITS_ET_LEGUMES;3;kg;1,50;4,50;;",
        "28/03/2024;F7;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P8;;Farine;AUTRES;0;kg;;0,00;;"};

    static final String[] SALES_4 = {
        SALES_HEADER + ";remarque",
        "29/03/2024;F8;1;C2;Le Bistrot;RESTAURANT;P1;Ferme du Bois;Carottes;FRUITS_ET_LEGUMES;2;kg;1,50;3,00;;",
        "29/03/2024;F8;2;C2;Le Bistrot;RESTAURANT;P1;Ferme du Bois;Avoir carottes;FRUITS_ET_LEGUMES;-1;kg;1,50;1,50;;"};

    static final String[] SALES_5 = {
        "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite",
        "30/03/2024;F9;1;C2;P1;Carottes;FRUITS_ET_LEGUMES;1;kg"};

    static final String[] PRODUCERS_2 = {
        "producteur_id;nom;commune_insee",
        "P3;Miellerie du Perche;61293"};

    static final String[] SALES_OTHER_HUB = {
        SALES_HEADER,
        "10/04/2024;A1;1;C1;Cantine de Rémalard;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Carottes;FRUITS_ET_LEGUMES;4;kg;1,50;6,00;",
        "10/04/2024;A1;2;C1;Cantine de Rémalard;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Carottes;FRUITS_ET_LEGUMES;;kg;;3,00;",
        // the key of a row rejected in the default hub, accepted here: no fix for the other hub
        "22/03/2024;F4;3;C1;Cantine de Rémalard;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Crème;PRODUITS_LAITIERS;1;kg;;4,00;"};

    @TempDir
    Path dir;

    Store store;
    Importer importer;
    DataQuality quality;

    long territory;
    long producers1;
    long buyers;
    long sales1;
    long sales2;
    long sales3;
    long sales4;
    long producers2;
    long salesOtherHub;

    @BeforeEach
    void importTheFiles() throws Exception {
        store = Store.open(dir.resolve("impact.duckdb"), null);
        importer = new Importer(store, Importer.Settings.defaults().withClock(CLOCK));
        quality = new DataQuality(store.connection());

        territory = loaded(ImportKind.TERRITORY, "territoire.csv", TERRITORY);
        producers1 = loaded(ImportKind.PRODUCERS, "producteurs-1.csv", PRODUCERS_1);
        buyers = loaded(ImportKind.BUYERS, "clients.csv", BUYERS);
        sales1 = loaded(ImportKind.SALES, "ventes-1.csv", SALES_1);
        sales2 = loaded(ImportKind.SALES, "ventes-2.csv", SALES_2);
        sales3 = loaded(ImportKind.SALES, "ventes-3.csv", SALES_3);
        new ImportHistory(store).undo(sales3);
        FileReport strict = ingest(ImportKind.SALES, "ventes-4.csv", SALES_4, ImportOptions.defaults().withStrict(true));
        assertThat(strict.status()).isEqualTo(Status.REFUSED);
        sales4 = strict.importId();
        FileReport noAmount = ingest(ImportKind.SALES, "ventes-5.csv", SALES_5, ImportOptions.defaults());
        assertThat(noAmount.status()).isEqualTo(Status.REFUSED);
        producers2 = loaded(ImportKind.PRODUCERS, "producteurs-2.csv", PRODUCERS_2);
        salesOtherHub = ingest(ImportKind.SALES, "ventes-autre.csv", SALES_OTHER_HUB,
                ImportOptions.defaults().withHub("autre")).importId();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    FileReport ingest(ImportKind kind, String name, String[] lines, ImportOptions options) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return importer.importFile(kind, file, options);
    }

    long loaded(ImportKind kind, String name, String[] lines) throws Exception {
        FileReport r = ingest(kind, name, lines, ImportOptions.defaults());
        assertThat(r.status()).as(name).isEqualTo(Status.LOADED);
        return r.importId();
    }

    static BigDecimal euros(String v) {
        return new BigDecimal(v);
    }

    @Test
    void listsProducersOfUnknownOriginPerHubLargestAmountFirst() throws Exception {
        // default/P9: F1/2 12.00 + F2/2 6.00 + F5/1 18.00 = 36.00 over 3 lines (F0/1 is 2023)
        // autre/P1: A1/1 6.00 + F4/3 4.00 = 10.00 (P1 is only known in the default hub)
        // default/P8: F4/1 9.50
        assertThat(quality.unknownProducers(YEAR_2024, Filters.NONE)).containsExactly(
                new UnknownProducer("default", "P9", Optional.of("Rucher des Haies"), false, 3, euros("36.00")),
                new UnknownProducer("autre", "P1", Optional.of("Ferme du Bois"), false, 2, euros("10.00")),
                new UnknownProducer("default", "P8", Optional.empty(), false, 1, euros("9.50")));
    }

    @Test
    void listsAProducerKnownWithoutCommuneFlagged() throws Exception {
        // The schema requires a commune today; a row without one (an older store, a looser
        // future file) must still show up, flagged, rather than vanish into ELOIGNE.
        try (Statement s = store.connection().createStatement()) {
            s.execute("ALTER TABLE producer_versions ALTER COLUMN commune_insee DROP NOT NULL");
            s.execute("UPDATE producer_versions SET commune_insee = NULL WHERE producteur_id = 'P2'");
        }

        // default/P2: F2/1 8.00 + F4/2 7.00 = 15.00 over 2 lines, named from the producers file
        assertThat(quality.unknownProducers(YEAR_2024, Filters.NONE)).containsExactly(
                new UnknownProducer("default", "P9", Optional.of("Rucher des Haies"), false, 3, euros("36.00")),
                new UnknownProducer("default", "P2", Optional.of("GAEC de la Vallée"), true, 2, euros("15.00")),
                new UnknownProducer("autre", "P1", Optional.of("Ferme du Bois"), false, 2, euros("10.00")),
                new UnknownProducer("default", "P8", Optional.empty(), false, 1, euros("9.50")));
        // 6 lines / 55.50 before, plus P2's 2 lines / 15.00
        assertThat(quality.unknownOrigin(YEAR_2024, Filters.NONE)).isEqualTo(new UnknownOrigin(8, euros("70.50")));
    }

    @Test
    void listsBuyersMissingFromTheBuyersFileWithTheSegmentTheirLinesUsed() throws Exception {
        // default/C8: F4/1 9.50 + F4/2 7.00 = 16.50, no client_type → AUTRE
        // default/C7: F2/1 8.00 + F2/2 6.00 = 14.00, client_type RESTAURATION_MEDICO_SOCIALE
        // autre/C1: A1/1 6.00 + F4/3 4.00 = 10.00 (C1 is only known in the default hub)
        assertThat(quality.unknownBuyers(YEAR_2024, Filters.NONE)).containsExactly(
                new UnknownBuyer("default", "C8", Optional.of("Épicerie du Coin"), Segment.AUTRE, 2, euros("16.50")),
                new UnknownBuyer("default", "C7", Optional.of("EHPAD Les Tilleuls"), Segment.RESTAURATION_MEDICO_SOCIALE,
                        2, euros("14.00")),
                new UnknownBuyer("autre", "C1", Optional.of("Cantine de Rémalard"), Segment.RESTAURATION_SCOLAIRE, 2,
                        euros("10.00")));
    }

    @Test
    void unknownOriginEqualsTheIndicatorsUnknownFigures() throws Exception {
        LocalSourcing local = new LocalSourcing(store.connection());
        for (Filters f : List.of(Filters.NONE, Filters.NONE.withHub("default"), Filters.NONE.withHub("autre"),
                Filters.NONE.withSegment(Segment.RESTAURATION_SCOLAIRE))) {
            OriginTotals indicators = local.totals(YEAR_2024, f);
            UnknownOrigin unknown = quality.unknownOrigin(YEAR_2024, f);

            assertThat(unknown.lines()).as(f.toString()).isEqualTo(indicators.unknownLines());
            assertThat(unknown.totalHt()).as(f.toString()).isEqualByComparingTo(indicators.unknownHt());
        }
        // all hubs: P9 36.00 + autre/P1 10.00 + P8 9.50 = 55.50 over 6 lines
        assertThat(quality.unknownOrigin(YEAR_2024, Filters.NONE)).isEqualTo(new UnknownOrigin(6, euros("55.50")));
        // school lines: F1/2 12.00 (P9) + A1/1 6.00 + F4/3 4.00 (autre/P1) = 22.00
        assertThat(quality.unknownOrigin(YEAR_2024, Filters.NONE.withSegment(Segment.RESTAURATION_SCOLAIRE)))
                .isEqualTo(new UnknownOrigin(3, euros("22.00")));
        // nothing in 2023 but F0/1 (P9, 6.00)
        assertThat(quality.unknownOrigin(Period.year(2023), Filters.NONE)).isEqualTo(new UnknownOrigin(1, euros("6.00")));
    }

    @Test
    void countsWarningsOfLoadedFilesOnlyByCode() throws Exception {
        // ventes-1: the "remarque" column, and the price mismatches of F2/1 and F4/2.
        // ventes-3 (undone) and ventes-4 (refused) also had an unknown column: not counted.
        assertThat(quality.warnings(Filters.NONE)).containsExactly(
                new FileCodeCount(sales1, "ventes-1.csv", "sales", "LOADED", "PRICE_MISMATCH", 2),
                new FileCodeCount(sales1, "ventes-1.csv", "sales", "LOADED", "UNKNOWN_COLUMN", 1));
    }

    @Test
    void countsQuarantinedRowsByCodeAndFileOfLoadedAndRefusedImports() throws Exception {
        // ventes-1: NUMBER_FORMAT F3/1 and F4/3; F3/2 under both UNKNOWN_FAMILY and UNKNOWN_UNIT.
        // ventes-3 was undone (its quarantine is gone), ventes-5 was refused without rows.
        assertThat(quality.quarantineByCode(Filters.NONE)).containsExactly(
                new FileCodeCount(producers1, "producteurs-1.csv", "producers", "LOADED", "INVALID_COMMUNE", 1),
                new FileCodeCount(buyers, "clients.csv", "buyers", "LOADED", "UNKNOWN_SEGMENT", 1),
                new FileCodeCount(sales1, "ventes-1.csv", "sales", "LOADED", "NUMBER_FORMAT", 2),
                new FileCodeCount(sales1, "ventes-1.csv", "sales", "LOADED", "UNKNOWN_FAMILY", 1),
                new FileCodeCount(sales1, "ventes-1.csv", "sales", "LOADED", "UNKNOWN_UNIT", 1),
                new FileCodeCount(sales2, "ventes-2.csv", "sales", "LOADED", "DATE_IN_FUTURE", 1),
                new FileCodeCount(sales2, "ventes-2.csv", "sales", "LOADED", "SIGN_MISMATCH", 1),
                new FileCodeCount(sales4, "ventes-4.csv", "sales", "REFUSED", "SIGN_MISMATCH", 1),
                new FileCodeCount(salesOtherHub, "ventes-autre.csv", "sales", "LOADED", "MISSING_VALUE", 1));
    }

    @Test
    void listsQuarantinedRowsWithWhetherALaterFileFixedThem() throws Exception {
        QualitySummary s = quality.summary(YEAR_2024, Filters.NONE);

        // resolved: P3 (producteurs-2), F3/1 (ventes-2). Open: C9, F3/2 (its fix was undone),
        // F4/3 (accepted later, but in another hub), F6/1, F1/1 (accepted only by an earlier
        // file), F8/2, A1/2 → 7 open, 2 resolved.
        assertThat(s.quarantinedRows()).extracting(QuarantinedRow::importId, QuarantinedRow::file,
                QuarantinedRow::line, QuarantinedRow::key, QuarantinedRow::codes, QuarantinedRow::resolved)
                .containsExactly(
                        tuple(producers1, "producteurs-1.csv", 4L, Optional.of("P3"), List.of("INVALID_COMMUNE"), true),
                        tuple(buyers, "clients.csv", 4L, Optional.of("C9"), List.of("UNKNOWN_SEGMENT"), false),
                        tuple(sales1, "ventes-1.csv", 7L, Optional.of("F3 / 1"), List.of("NUMBER_FORMAT"), true),
                        tuple(sales1, "ventes-1.csv", 8L, Optional.of("F3 / 2"),
                                List.of("UNKNOWN_FAMILY", "UNKNOWN_UNIT"), false),
                        tuple(sales1, "ventes-1.csv", 11L, Optional.of("F4 / 3"), List.of("NUMBER_FORMAT"), false),
                        tuple(sales2, "ventes-2.csv", 4L, Optional.of("F6 / 1"), List.of("DATE_IN_FUTURE"), false),
                        tuple(sales2, "ventes-2.csv", 5L, Optional.of("F1 / 1"), List.of("SIGN_MISMATCH"), false),
                        tuple(sales4, "ventes-4.csv", 3L, Optional.of("F8 / 2"), List.of("SIGN_MISMATCH"), false),
                        tuple(salesOtherHub, "ventes-autre.csv", 3L, Optional.of("A1 / 2"), List.of("MISSING_VALUE"),
                                false));
        assertThat(s.openRows()).isEqualTo(7);
        assertThat(s.resolvedRows()).isEqualTo(2);
        assertThat(s.rowsTruncated()).isFalse();
    }

    @Test
    void keepsTheRawTextAndTheFrenchMessagesOfAQuarantinedRow() throws Exception {
        List<QuarantinedRow> rows = quality.summary(YEAR_2024, Filters.NONE).quarantinedRows();

        QuarantinedRow f31 = rows.get(2);
        assertThat(f31.raw()).isEqualTo(F3_1_REJECTED);
        assertThat(f31.messages()).containsExactly("Colonne « quantite » : « abc » n'est pas un nombre ; attendu un "
                + "nombre comme 1 234,56 (chiffres, un séparateur décimal, pas d'exposant).");
        assertThat(f31.kind()).isEqualTo("sales");
        assertThat(f31.hub()).isEqualTo("default");
        assertThat(f31.status()).isEqualTo("LOADED");

        QuarantinedRow f32 = rows.get(3);
        assertThat(f32.raw()).isEqualTo(F3_2_REJECTED);
        assertThat(f32.messages()).hasSize(2);
        assertThat(f32.messages().get(0)).startsWith("Colonne « famille » : famille de produits inconnue « Légumes secs »");
        assertThat(f32.messages().get(1)).startsWith("Colonne « unite » : unité inconnue « cagette »");

        QuarantinedRow f61 = rows.get(5);
        assertThat(f61.messages()).containsExactly(
                "Colonne « date » : la date « 02/07/2024 » est dans le futur (après le 30/06/2024).");

        QuarantinedRow f82 = rows.get(7);
        assertThat(f82.status()).isEqualTo("REFUSED");
        assertThat(f82.raw()).isEqualTo(SALES_4[2]);
    }

    @Test
    void aRowFixedByAnImportThatIsThenUndoneIsOpenAgain() throws Exception {
        // ventes-3 imported again (its earlier import is UNDONE, so it loads): it fixes F3/2
        // and quarantines F7/1 (zero quantity) → 10 rows, 3 resolved.
        FileReport again = ingest(ImportKind.SALES, "ventes-3.csv", SALES_3, ImportOptions.defaults());
        assertThat(again.status()).isEqualTo(Status.LOADED);

        QualitySummary fixed = quality.summary(YEAR_2024, Filters.NONE);
        assertThat(fixed.quarantinedRows()).filteredOn(r -> r.key().equals(Optional.of("F3 / 2")))
                .extracting(QuarantinedRow::resolved).containsExactly(true);
        assertThat(fixed.quarantinedRows()).filteredOn(r -> r.importId() == again.importId())
                .extracting(QuarantinedRow::line, QuarantinedRow::codes)
                .containsExactly(tuple(3L, List.of("ZERO_QUANTITY")));
        assertThat(fixed.resolvedRows()).isEqualTo(3);
        assertThat(fixed.openRows()).isEqualTo(7);
        assertThat(fixed.warnings()).contains(
                new FileCodeCount(again.importId(), "ventes-3.csv", "sales", "LOADED", "UNKNOWN_COLUMN", 1));

        new ImportHistory(store).undo(again.importId());

        // back to 9 rows: 2 resolved, 7 open, and no trace of the undone file
        QualitySummary undone = quality.summary(YEAR_2024, Filters.NONE);
        assertThat(undone.quarantinedRows()).filteredOn(r -> r.key().equals(Optional.of("F3 / 2")))
                .extracting(QuarantinedRow::resolved).containsExactly(false);
        assertThat(undone.quarantinedRows()).noneMatch(r -> r.importId() == again.importId());
        assertThat(undone.warnings()).noneMatch(w -> w.importId() == again.importId());
        assertThat(undone.quarantineByCode()).noneMatch(q -> q.importId() == again.importId());
        assertThat(undone.resolvedRows()).isEqualTo(2);
        assertThat(undone.openRows()).isEqualTo(7);
    }

    @Test
    void aHubFilterKeepsThatHubsLinesAndFilesAndTheTerritory() throws Exception {
        QualitySummary other = quality.summary(YEAR_2024, Filters.NONE.withHub("autre"));

        assertThat(other.unknownProducers()).containsExactly(
                new UnknownProducer("autre", "P1", Optional.of("Ferme du Bois"), false, 2, euros("10.00")));
        assertThat(other.unknownBuyers()).containsExactly(
                new UnknownBuyer("autre", "C1", Optional.of("Cantine de Rémalard"), Segment.RESTAURATION_SCOLAIRE, 2,
                        euros("10.00")));
        assertThat(other.unknownOrigin()).isEqualTo(new UnknownOrigin(2, euros("10.00")));
        assertThat(other.warnings()).isEmpty();
        assertThat(other.quarantineByCode()).containsExactly(
                new FileCodeCount(salesOtherHub, "ventes-autre.csv", "sales", "LOADED", "MISSING_VALUE", 1));
        assertThat(other.quarantinedRows()).extracting(QuarantinedRow::key).containsExactly(Optional.of("A1 / 2"));
        assertThat(other.openRows()).isEqualTo(1);
        assertThat(other.resolvedRows()).isZero();

        QualitySummary main = quality.summary(YEAR_2024, Filters.NONE.withHub("default"));
        // P9 36.00 + P8 9.50 = 45.50 over 4 lines; every quarantined row but A1/2
        assertThat(main.unknownProducers()).extracting(UnknownProducer::producerId).containsExactly("P9", "P8");
        assertThat(main.unknownBuyers()).extracting(UnknownBuyer::buyerId).containsExactly("C8", "C7");
        assertThat(main.unknownOrigin()).isEqualTo(new UnknownOrigin(4, euros("45.50")));
        assertThat(main.warnings()).extracting(FileCodeCount::importId).containsOnly(sales1);
        assertThat(main.quarantinedRows()).hasSize(8);
        assertThat(main.openRows()).isEqualTo(6);
        assertThat(main.resolvedRows()).isEqualTo(2);
    }

    @Test
    void aTerritoryFileCountsUnderEveryHubAndIsResolvedByCode() throws Exception {
        // a territory file with two bad rows; the next territory file lists 61293 again, not "6X"
        FileReport bad = ingest(ImportKind.TERRITORY, "territoire-2.csv",
                new String[] {"code;niveau", "61293;LOCAL", "28;PROCHE", "6X;PARC"}, ImportOptions.defaults());
        FileReport good = ingest(ImportKind.TERRITORY, "territoire-3.csv",
                new String[] {"code;niveau", "61293;PARC", "28;PROCHE"}, ImportOptions.defaults());
        assertThat(bad.status()).isEqualTo(Status.LOADED);
        assertThat(good.status()).isEqualTo(Status.LOADED);

        QualitySummary other = quality.summary(YEAR_2024, Filters.NONE.withHub("autre"));

        assertThat(other.quarantineByCode()).extracting(FileCodeCount::file, FileCodeCount::code)
                .containsExactly(tuple("ventes-autre.csv", "MISSING_VALUE"),
                        tuple("territoire-2.csv", "INVALID_TERRITORY_CODE"),
                        tuple("territoire-2.csv", "UNKNOWN_LEVEL"));
        assertThat(other.quarantinedRows()).extracting(QuarantinedRow::file, QuarantinedRow::key,
                QuarantinedRow::resolved).containsExactly(
                        tuple("ventes-autre.csv", Optional.of("A1 / 2"), false),
                        tuple("territoire-2.csv", Optional.of("61293"), true),
                        tuple("territoire-2.csv", Optional.of("6X"), false));
        assertThat(other.openRows()).isEqualTo(2);
        assertThat(other.resolvedRows()).isEqualTo(1);
    }

    @Test
    void filtersOnLinesApplyToUnknownProducersAndBuyersButNotToFiles() throws Exception {
        QualitySummary care = quality.summary(YEAR_2024,
                Filters.NONE.withSegment(Segment.RESTAURATION_MEDICO_SOCIALE));

        // only C7's lines: F2/1 (P2, known) and F2/2 (P9, 6.00)
        assertThat(care.unknownProducers()).containsExactly(
                new UnknownProducer("default", "P9", Optional.of("Rucher des Haies"), false, 1, euros("6.00")));
        assertThat(care.unknownBuyers()).containsExactly(
                new UnknownBuyer("default", "C7", Optional.of("EHPAD Les Tilleuls"), Segment.RESTAURATION_MEDICO_SOCIALE,
                        2, euros("14.00")));
        assertThat(care.unknownOrigin()).isEqualTo(new UnknownOrigin(1, euros("6.00")));
        // files have no segment: all 9 rows and both warning codes, as without a filter
        assertThat(care.quarantinedRows()).hasSize(9);
        assertThat(care.warnings()).hasSize(2);
    }

    @Test
    void listsAtMostTheRowsAskedForButCountsThemAll() throws Exception {
        QualitySummary three = quality.summary(YEAR_2024, Filters.NONE, 3);

        assertThat(three.quarantinedRows()).extracting(QuarantinedRow::key)
                .containsExactly(Optional.of("P3"), Optional.of("C9"), Optional.of("F3 / 1"));
        assertThat(three.openRows()).isEqualTo(7);
        assertThat(three.resolvedRows()).isEqualTo(2);
        assertThat(three.rowsTruncated()).isTrue();

        QualitySummary none = quality.summary(YEAR_2024, Filters.NONE, 0);
        assertThat(none.quarantinedRows()).isEmpty();
        assertThat(none.quarantinedRowCount()).isEqualTo(9);
    }

    @Test
    void anEmptyStoreHasNothingToReport() throws Exception {
        try (Store empty = Store.inMemory()) {
            QualitySummary s = new DataQuality(empty.connection()).summary(YEAR_2024, Filters.NONE);

            assertThat(s.unknownProducers()).isEmpty();
            assertThat(s.unknownBuyers()).isEmpty();
            assertThat(s.unknownOrigin()).isEqualTo(new UnknownOrigin(0, euros("0.00")));
            assertThat(s.warnings()).isEmpty();
            assertThat(s.quarantineByCode()).isEmpty();
            assertThat(s.quarantinedRows()).isEmpty();
            assertThat(s.openRows()).isZero();
            assertThat(s.resolvedRows()).isZero();
        }
    }
}
