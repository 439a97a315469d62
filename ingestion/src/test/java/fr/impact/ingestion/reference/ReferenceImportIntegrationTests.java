package fr.impact.ingestion.reference;

import static fr.impact.ingestion.TestFiles.lines;
import static fr.impact.ingestion.TestFiles.scalar;
import static fr.impact.ingestion.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.FileReport.Status;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.TestFiles;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import fr.impact.ingestion.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Producers, buyers and territory files imported into a real DuckDB file: upserts by id within
 * the hub, the territory replaced whole, undo, rejections. Every expectation worked out by hand.
 */
class ReferenceImportIntegrationTests {

    @TempDir
    Path dir;

    Store store;
    Importer importer;

    // French headers (aliases), a SIRET written in groups, a commune that lost its leading zero
    static final String PRODUCERS_1 = lines(
            "Code producteur;Raison sociale;Code INSEE;SIRET;Latitude;Longitude;Bio;Date d'adhésion",
            "P1;Ferme du Bois Joli;61293;732 829 320 00074;48,5236;0,5543;oui;15/01/2020",
            "P2;GAEC de la Vallée;61038;;;;non;",
            "P3;Miellerie des Collines;1053;12345678200010;;;;01/09/2023");

    // P2 renamed, P4 new
    static final String PRODUCERS_2 = lines(
            "producteur_id;nom;commune_insee",
            "P2;GAEC des Trois Vallées;61038",
            "P4;Fromagerie de la Forêt;28280");

    static final String TERRITORY_1 = lines(
            "code;niveau;nom",
            "61293;PARC;Mortagne-au-Perche",
            "61038;PARC;Bellême",
            "28280;PROCHE;Nogent-le-Rotrou",
            "61;PROCHE;Orne");

    // 61293 and 61 were already listed; 61038 and 28280 are dropped; 61345 and 28 are new
    static final String TERRITORY_2 = lines(
            "Code commune;Niveau;Libellé",
            "61293;parc;Mortagne-au-Perche",
            "61345;Parc;Rémalard-en-Perche",
            "28;Proche;Eure-et-Loir",
            "61;PROCHE;Orne");

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("impact.duckdb"), null);
        importer = TestFiles.importer(store);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    FileReport ingest(ImportKind kind, String name, String content) throws Exception {
        return ingest(kind, name, content, ImportOptions.defaults());
    }

    FileReport ingest(ImportKind kind, String name, String content, ImportOptions options) throws Exception {
        return importer.importFile(kind, write(dir, name, content), options);
    }

    @Nested
    class Producers {

        @Test
        void loadsAFrenchFileWithNormalizedValues() throws Exception {
            FileReport r = ingest(ImportKind.PRODUCERS, "producteurs.csv", PRODUCERS_1);

            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.accepted()).isEqualTo(3);
            assertThat(r.rejected()).isZero();
            assertThat(r.replaced()).isZero();
            assertThat(r.warningList()).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(tuple(4L, "commune_insee", "1053", RowCode.COMMUNE_PADDED));
            assertThat(scalar(store, "SELECT count(*) FROM producers")).isEqualTo("3");
            assertThat(scalar(store, "SELECT siret FROM producers WHERE producteur_id = 'P1'")).isEqualTo("73282932000074");
            assertThat(scalar(store, "SELECT latitude FROM producers WHERE producteur_id = 'P1'")).isEqualTo("48.5236");
            assertThat(scalar(store, "SELECT longitude FROM producers WHERE producteur_id = 'P1'")).isEqualTo("0.5543");
            assertThat(scalar(store, "SELECT bio FROM producers WHERE producteur_id = 'P1'")).isEqualTo("true");
            assertThat(scalar(store, "SELECT bio FROM producers WHERE producteur_id = 'P2'")).isEqualTo("false");
            assertThat(scalar(store, "SELECT date_adhesion FROM producers WHERE producteur_id = 'P1'"))
                    .isEqualTo("2020-01-15");
            assertThat(scalar(store, "SELECT commune_insee FROM producers WHERE producteur_id = 'P3'")).isEqualTo("01053");
            assertThat(scalar(store, "SELECT string_agg(source_line::VARCHAR, ',' ORDER BY source_line) FROM producers"))
                    .isEqualTo("2,3,4");
            assertThat(scalar(store, "SELECT DISTINCT hub FROM producers")).isEqualTo("default");
        }

        @Test
        void aLaterFileUpdatesTheProducersItNamesAndKeepsTheOldVersion() throws Exception {
            ingest(ImportKind.PRODUCERS, "producteurs-1.csv", PRODUCERS_1);

            FileReport second = ingest(ImportKind.PRODUCERS, "producteurs-2.csv", PRODUCERS_2);

            assertThat(second.status()).isEqualTo(Status.LOADED);
            assertThat(second.accepted()).isEqualTo(2);
            assertThat(second.replaced()).isEqualTo(1);
            // P1, P3 untouched; P2 updated; P4 added
            assertThat(scalar(store, "SELECT count(*) FROM producers")).isEqualTo("4");
            assertThat(scalar(store, "SELECT nom FROM producers WHERE producteur_id = 'P2'"))
                    .isEqualTo("GAEC des Trois Vallées");
            assertThat(scalar(store, "SELECT nom FROM producers WHERE producteur_id = 'P1'"))
                    .isEqualTo("Ferme du Bois Joli");
            assertThat(scalar(store, "SELECT count(*) FROM producer_versions")).isEqualTo("5");
            assertThat(scalar(store, "SELECT string_agg(nom, ' | ' ORDER BY import_id) FROM producer_versions "
                    + "WHERE producteur_id = 'P2'")).isEqualTo("GAEC de la Vallée | GAEC des Trois Vallées");
            assertThat(scalar(store, "SELECT replaced_by FROM producer_versions WHERE nom = 'GAEC de la Vallée'"))
                    .isEqualTo(String.valueOf(second.importId()));
        }

        @Test
        void undoingAnUpdateRestoresTheOldName() throws Exception {
            FileReport first = ingest(ImportKind.PRODUCERS, "producteurs-1.csv", PRODUCERS_1);
            FileReport second = ingest(ImportKind.PRODUCERS, "producteurs-2.csv", PRODUCERS_2);

            ImportHistory.Entry undone = new ImportHistory(store).undo(second.importId());

            assertThat(undone.status()).isEqualTo("UNDONE");
            assertThat(scalar(store, "SELECT nom FROM producers WHERE producteur_id = 'P2'")).isEqualTo("GAEC de la Vallée");
            assertThat(scalar(store, "SELECT count(*) FROM producers WHERE producteur_id = 'P4'")).isEqualTo("0");
            assertThat(scalar(store, "SELECT count(*) FROM producers")).isEqualTo("3");
            assertThat(scalar(store, "SELECT count(*) FROM producer_versions")).isEqualTo("3");
            assertThat(new ImportHistory(store).get(first.importId()).orElseThrow().status()).isEqualTo("LOADED");
        }

        @Test
        void theSameIdInAnotherHubIsAnotherProducer() throws Exception {
            ingest(ImportKind.PRODUCERS, "producteurs.csv", PRODUCERS_1);

            FileReport bocage = ingest(ImportKind.PRODUCERS, "producteurs-bocage.csv", PRODUCERS_1,
                    ImportOptions.defaults().withHub("bocage"));

            // same content, another hub: not UNCHANGED, and nothing replaced
            assertThat(bocage.status()).isEqualTo(Status.LOADED);
            assertThat(bocage.accepted()).isEqualTo(3);
            assertThat(bocage.replaced()).isZero();
            assertThat(scalar(store, "SELECT count(*) FROM producers")).isEqualTo("6");
            assertThat(scalar(store, "SELECT string_agg(hub, ',' ORDER BY hub) FROM producers WHERE producteur_id = 'P1'"))
                    .isEqualTo("bocage,default");

            // an update in the default hub leaves the bocage's P2 alone
            FileReport update = ingest(ImportKind.PRODUCERS, "producteurs-2.csv", PRODUCERS_2);

            assertThat(update.replaced()).isEqualTo(1);
            assertThat(scalar(store, "SELECT nom FROM producers WHERE producteur_id = 'P2' AND hub = 'bocage'"))
                    .isEqualTo("GAEC de la Vallée");
            assertThat(scalar(store, "SELECT nom FROM producers WHERE producteur_id = 'P2' AND hub = 'default'"))
                    .isEqualTo("GAEC des Trois Vallées");
        }

        @Test
        void theSameContentAgainIsUnchangedAndWritesNothing() throws Exception {
            FileReport first = ingest(ImportKind.PRODUCERS, "producteurs.csv", PRODUCERS_1);

            FileReport again = ingest(ImportKind.PRODUCERS, "producteurs-copie.csv", PRODUCERS_1);

            assertThat(again.status()).isEqualTo(Status.UNCHANGED);
            assertThat(again.importId()).isEqualTo(first.importId());
            assertThat(again.accepted()).isZero();
            assertThat(scalar(store, "SELECT count(*) FROM producer_versions")).isEqualTo("3");
            assertThat(scalar(store, "SELECT count(*) FROM imports")).isEqualTo("1");
        }
    }

    @Nested
    class ProducerRowRules {

        static final String HEADER = "producteur_id;nom;commune_insee;siret";

        @Test
        void theSameIdTwiceInOneFileRejectsBothRows() throws Exception {
            FileReport r = ingest(ImportKind.PRODUCERS, "doublons.csv", lines(HEADER,
                    "P1;Ferme du Bois Joli;61293;",              // 2
                    "P2;GAEC de la Vallée;61038;",               // 3
                    "P1;Ferme du Bois Joli (bis);61293;"));      // 4

            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.rejections()).extracting(Finding::line, Finding::column, Finding::value, Finding::code,
                    Finding::expected).containsExactly(
                    tuple(2L, "producteur_id", "P1", RowCode.DUPLICATE_KEY, "4"),
                    tuple(4L, "producteur_id", "P1", RowCode.DUPLICATE_KEY, "2"));
            assertThat(scalar(store, "SELECT string_agg(producteur_id, ',') FROM producers")).isEqualTo("P2");
            assertThat(scalar(store, "SELECT string_agg(raw, ' | ' ORDER BY line) FROM quarantine_rows"))
                    .isEqualTo("P1;Ferme du Bois Joli;61293; | P1;Ferme du Bois Joli (bis);61293;");
        }

        @Test
        void rejectsAnInvalidSiret() throws Exception {
            FileReport r = ingest(ImportKind.PRODUCERS, "siret.csv", lines(HEADER,
                    "P1;Ferme du Bois Joli;61293;73282932000074",
                    "P2;GAEC de la Vallée;61038;73282932000075"));

            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.rejections()).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(tuple(3L, "siret", "73282932000075", RowCode.INVALID_SIRET));
        }

        @Test
        void rejectsAMissingName() throws Exception {
            FileReport r = ingest(ImportKind.PRODUCERS, "sans-nom.csv", lines(HEADER,
                    "P1;;61293;",
                    "P2;  ;61038;",
                    "P3;Miellerie des Collines;61293;"));

            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.rejections()).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(tuple(2L, "nom", "", RowCode.MISSING_VALUE), tuple(3L, "nom", "", RowCode.MISSING_VALUE));
        }

        @Test
        void aRowBreakingSeveralRulesIsCountedOnce() throws Exception {
            FileReport r = ingest(ImportKind.PRODUCERS, "plusieurs.csv", lines(HEADER,
                    "P1;;ABCDE;123"));

            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.accepted()).isZero();
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.rejections()).extracting(Finding::code).containsExactly(
                    RowCode.MISSING_VALUE, RowCode.INVALID_COMMUNE, RowCode.INVALID_SIRET);
        }

        @Test
        void aFileWithoutTheNameColumnIsRefused() throws Exception {
            FileReport r = ingest(ImportKind.PRODUCERS, "sans-colonne.csv", lines(
                    "producteur_id;commune_insee", "P1;61293"));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.MISSING_COLUMN);
            assertThat(r.error().orElseThrow().args()).containsExactly("nom", "producteur_id, commune_insee");
        }

        @Test
        void aHeaderWithoutRowsIsRefusedAsEmpty() throws Exception {
            FileReport r = ingest(ImportKind.PRODUCERS, "vide.csv", lines(HEADER));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.EMPTY_FILE);
        }
    }

    @Nested
    class Buyers {

        @Test
        void rejectsAnUnknownSegment() throws Exception {
            FileReport r = ingest(ImportKind.BUYERS, "clients.csv", lines(
                    "Code client;Nom;Type de client;SIRET;Commune;Repas par jour",
                    "C1;École Jules Ferry;RESTAURATION_SCOLAIRE;;61293;180",
                    "C2;Le Bistrot du Perche;Restaurant;;61038;",
                    "C3;EHPAD Les Tilleuls;Restauration médico-sociale;;28280;95",
                    "C4;Cantine de l'usine;CANTINE;;;"));

            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.accepted()).isEqualTo(3);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.rejections()).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(tuple(5L, "type", "CANTINE", RowCode.UNKNOWN_SEGMENT));
            assertThat(scalar(store, "SELECT string_agg(client_id || '=' || type, ',' ORDER BY client_id) FROM buyers"))
                    .isEqualTo("C1=RESTAURATION_SCOLAIRE,C2=RESTAURANT,C3=RESTAURATION_MEDICO_SOCIALE");
            assertThat(scalar(store, "SELECT sum(repas_par_jour) FROM buyers")).isEqualTo("275");
        }

        @Test
        void readsSegmentsWrittenAsFrenchLabels() throws Exception {
            FileReport r = ingest(ImportKind.BUYERS, "clients-libelles.csv", lines(
                    "client_id;nom;type",
                    "C1;École Jules Ferry;Restauration scolaire",
                    "C5;Collège Émile Zola;restauration scolaire",
                    "C6;Épicerie du Marché;Commerce",
                    "C7;Restaurant d'entreprise Lactalis;Restauration collective autre"));

            assertThat(r.accepted()).isEqualTo(4);
            assertThat(r.rejected()).isZero();
            assertThat(scalar(store, "SELECT string_agg(client_id || '=' || type, ',' ORDER BY client_id) FROM buyers"))
                    .isEqualTo("C1=RESTAURATION_SCOLAIRE,C5=RESTAURATION_SCOLAIRE,C6=COMMERCE,"
                            + "C7=RESTAURATION_COLLECTIVE_AUTRE");
        }

        @Test
        void aLaterFileUpdatesABuyersSegment() throws Exception {
            ingest(ImportKind.BUYERS, "clients-1.csv", lines("client_id;nom;type",
                    "C1;École Jules Ferry;Restauration scolaire",
                    "C2;Le Bistrot du Perche;Restaurant"));

            FileReport second = ingest(ImportKind.BUYERS, "clients-2.csv", lines("client_id;nom;type",
                    "C2;Le Bistrot du Perche, épicerie fine;Commerce"));

            assertThat(second.accepted()).isEqualTo(1);
            assertThat(second.replaced()).isEqualTo(1);
            assertThat(scalar(store, "SELECT type FROM buyers WHERE client_id = 'C2'")).isEqualTo("COMMERCE");
            assertThat(scalar(store, "SELECT count(*) FROM buyers")).isEqualTo("2");
            assertThat(scalar(store, "SELECT count(*) FROM buyer_versions")).isEqualTo("3");
        }
    }

    @Nested
    class Territory {

        static final String CODES = "SELECT string_agg(code, ',' ORDER BY code) FROM territory";

        @Test
        void loadsCommunesAndDepartments() throws Exception {
            FileReport r = ingest(ImportKind.TERRITORY, "territoire.csv", TERRITORY_1);

            assertThat(r.accepted()).isEqualTo(4);
            assertThat(r.replaced()).isZero();
            assertThat(scalar(store, CODES)).isEqualTo("28280,61,61038,61293");
            assertThat(scalar(store, "SELECT niveau FROM territory WHERE code = '28280'")).isEqualTo("PROCHE");
        }

        @Test
        void aSecondFileReplacesTheWholeTerritory() throws Exception {
            ingest(ImportKind.TERRITORY, "territoire-1.csv", TERRITORY_1);

            FileReport second = ingest(ImportKind.TERRITORY, "territoire-2.csv", TERRITORY_2);

            assertThat(second.status()).isEqualTo(Status.LOADED);
            assertThat(second.accepted()).isEqualTo(4);
            // replaced = the codes already listed: 61293 and 61
            assertThat(second.replaced()).isEqualTo(2);
            // 61038 and 28280 are no longer in the territory
            assertThat(scalar(store, CODES)).isEqualTo("28,61,61293,61345");
            assertThat(scalar(store, "SELECT niveau FROM territory WHERE code = '61345'")).isEqualTo("PARC");
            assertThat(scalar(store, "SELECT nom FROM territory WHERE code = '28'")).isEqualTo("Eure-et-Loir");
            assertThat(scalar(store, "SELECT count(*) FROM territory_versions")).isEqualTo("8");
        }

        @Test
        void undoingTheSecondFileRestoresTheFirst() throws Exception {
            ingest(ImportKind.TERRITORY, "territoire-1.csv", TERRITORY_1);
            FileReport second = ingest(ImportKind.TERRITORY, "territoire-2.csv", TERRITORY_2);

            new ImportHistory(store).undo(second.importId());

            assertThat(scalar(store, CODES)).isEqualTo("28280,61,61038,61293");
            assertThat(scalar(store, "SELECT count(*) FROM territory_versions")).isEqualTo("4");
            assertThat(scalar(store, "SELECT count(*) FROM territory_versions WHERE replaced_by IS NOT NULL")).isEqualTo("0");
        }

        @Test
        void undoingAMiddleFileLeavesTheLatestTerritoryInForce() throws Exception {
            ingest(ImportKind.TERRITORY, "territoire-1.csv", TERRITORY_1);
            FileReport second = ingest(ImportKind.TERRITORY, "territoire-2.csv", TERRITORY_2);
            ingest(ImportKind.TERRITORY, "territoire-3.csv", lines("code;niveau", "61;PARC"));

            new ImportHistory(store).undo(second.importId());

            assertThat(scalar(store, CODES)).isEqualTo("61");
            assertThat(scalar(store, "SELECT niveau FROM territory")).isEqualTo("PARC");
        }

        @Test
        void rejectsAnUnknownLevelAndAnInvalidCode() throws Exception {
            FileReport r = ingest(ImportKind.TERRITORY, "territoire-erreurs.csv", lines("code;niveau",
                    "61293;PARC",
                    "61;ELOIGNE",
                    "ABC;PROCHE",
                    "1;PROCHE"));

            assertThat(r.accepted()).isEqualTo(2);
            assertThat(r.rejections()).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(tuple(3L, "niveau", "ELOIGNE", RowCode.UNKNOWN_LEVEL),
                            tuple(4L, "code", "ABC", RowCode.INVALID_TERRITORY_CODE));
            assertThat(scalar(store, CODES)).isEqualTo("01,61293");
        }
    }
}
