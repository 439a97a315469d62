package fr.impact.ingestion.sales;

import static fr.impact.ingestion.TestFiles.SALES_HEADER;
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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sales imports into a real DuckDB file, from real CSV files; every expectation worked out by hand. */
class SalesImportIntegrationTests {

    @TempDir
    Path dir;

    Store store;
    Importer importer;

    static final String GOOD = lines(SALES_HEADER,
            "15/03/2024;F1;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois;Carottes;FRUITS_ET_LEGUMES;10;kg;1,50;15,00;BIO",
            "15/03/2024;F1;2;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P2;GAEC Perche;Yaourts;PRODUITS_LAITIERS;24;piece;0,45;10,80;",
            "2024-03-20;F2;1;C2;Le Bistrot;RESTAURANT;P1;Ferme du Bois;Poireaux;Fruits et légumes frais et surgelés;2 500;g;0,004;10,00;HVE|BIO",
            "20/03/24;AV1;1;C2;Le Bistrot;RESTAURANT;P1;Ferme du Bois;Avoir carottes;FRUITS_ET_LEGUMES;-2;kg;1,50;-3,00;");
    // total = 15.00 + 10.80 + 10.00 - 3.00 = 32.80 ; kg = 10 + 2.5 - 2 = 10.5

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("impact.duckdb"), null);
        importer = TestFiles.importer(store);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    FileReport ingest(Path file) throws Exception {
        return importer.importFile(ImportKind.SALES, file, ImportOptions.defaults());
    }

    @Test
    void loadsEveryValidRowWithExactAmounts() throws Exception {
        FileReport r = ingest(write(dir, "ventes.csv", GOOD));

        assertThat(r.status()).isEqualTo(Status.LOADED);
        assertThat(r.accepted()).isEqualTo(4);
        assertThat(r.rejected()).isZero();
        assertThat(r.replaced()).isZero();
        assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo("32.80");
        assertThat(scalar(store, "SELECT sum(kg) FROM sales")).isEqualTo("10.500000");
        assertThat(scalar(store, "SELECT string_agg(egalim_group, ',' ORDER BY source_line) FROM sales"))
                .isEqualTo("BIO,NON_EGALIM,BIO,NON_EGALIM");
        assertThat(scalar(store, "SELECT labels FROM sales WHERE facture = 'F2'")).isEqualTo("HVE|BIO");
        assertThat(scalar(store, "SELECT famille FROM sales WHERE facture = 'F2'")).isEqualTo("FRUITS_ET_LEGUMES");
        assertThat(scalar(store, "SELECT date FROM sales WHERE facture = 'AV1'")).isEqualTo("2024-03-20");
        assertThat(scalar(store, "SELECT hub FROM sales LIMIT 1")).isEqualTo("default");
        assertThat(scalar(store, "SELECT typeof(montant_ht) FROM sales LIMIT 1")).isEqualTo("DECIMAL(18,2)");
    }

    @Test
    void sameContentAgainIsUnchangedAndWritesNothing() throws Exception {
        Path f = write(dir, "ventes.csv", GOOD);
        FileReport first = ingest(f);
        Path copy = write(dir, "ventes-copie.csv", GOOD);
        FileReport again = ingest(copy);

        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(again.accepted()).isZero();
        assertThat(scalar(store, "SELECT count(*) FROM sale_lines")).isEqualTo("4");
        assertThat(scalar(store, "SELECT count(*) FROM imports")).isEqualTo("1");
    }

    @Test
    void aLaterExportReplacesRepeatedKeysAndUndoRestoresThem() throws Exception {
        FileReport first = ingest(write(dir, "ventes-1.csv", GOOD));
        // F1/2 corrected (12 yoghurts, 5,40 €), F3/1 new
        FileReport second = ingest(write(dir, "ventes-2.csv", lines(SALES_HEADER,
                "15/03/2024;F1;2;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P2;GAEC Perche;Yaourts;PRODUITS_LAITIERS;12;piece;0,45;5,40;",
                "22/03/2024;F3;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P2;GAEC Perche;Beurre;PRODUITS_LAITIERS;1;kg;9;9,00;")));

        assertThat(second.status()).isEqualTo(Status.LOADED);
        assertThat(second.accepted()).isEqualTo(2);
        assertThat(second.replaced()).isEqualTo(1);
        // 32.80 - 10.80 + 5.40 + 9.00 = 36.40
        assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo("36.40");
        assertThat(scalar(store, "SELECT count(*) FROM sale_lines")).isEqualTo("6");

        new ImportHistory(store).undo(second.importId());

        assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo("32.80");
        assertThat(scalar(store, "SELECT count(*) FROM sales")).isEqualTo("4");
        assertThat(new ImportHistory(store).get(second.importId()).orElseThrow().status()).isEqualTo("UNDONE");
        assertThat(new ImportHistory(store).get(first.importId()).orElseThrow().status()).isEqualTo("LOADED");
        // undone content can be imported again
        assertThat(ingest(dir.resolve("ventes-2.csv")).status()).isEqualTo(Status.LOADED);
    }

    @Test
    void undoingAMiddleImportKeepsTheLatestVersionCurrent() throws Exception {
        String v1 = lines(SALES_HEADER, "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1,00;");
        String v2 = lines(SALES_HEADER, "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;2,00;");
        String v3 = lines(SALES_HEADER, "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;3,00;");
        ingest(write(dir, "v1.csv", v1));
        FileReport second = ingest(write(dir, "v2.csv", v2));
        ingest(write(dir, "v3.csv", v3));

        new ImportHistory(store).undo(second.importId());

        assertThat(scalar(store, "SELECT string_agg(montant_ht::VARCHAR, ',') FROM sales")).isEqualTo("3.00");
        assertThat(scalar(store, "SELECT count(*) FROM sale_lines")).isEqualTo("2");
    }

    @Nested
    class RowRules {

        FileReport ingestRows(String... rows) throws Exception {
            String[] all = new String[rows.length + 1];
            all[0] = SALES_HEADER;
            System.arraycopy(rows, 0, all, 1, rows.length);
            return ingest(write(dir, "rows.csv", lines(all)));
        }

        @Test
        void rejectsEachBrokenRuleWithLineColumnValueAndCode() throws Exception {
            FileReport r = ingestRows(
                    "15/03/2024;F1;1;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;15,00;",           // 2 ok
                    "15/03/2024;F1;2;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;12,5O;",           // 3 number
                    "31/02/2024;F1;3;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;1;",               // 4 date
                    "15/07/2024;F1;4;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;1;",               // 5 future
                    "15/03/2024;F1;5;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;0;kg;;0;",                // 6 zero qty
                    "15/03/2024;F1;6;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;-1;kg;;3;",               // 7 sign
                    "15/03/2024;F1;7;C1;;;P1;;Carottes;Épicerie fine;1;kg;;3;",                    // 8 family
                    "15/03/2024;F1;8;C1;;;P1;;Carottes;AUTRES;1;sac;;3;",                          // 9 unit
                    "15/03/2024;F1;9;C1;;;P1;;Carottes;AUTRES;1;kg;;3;BIO|LOCAL",                  // 10 label
                    "15/03/2024;F1;10;C1;;CANTINE;P1;;Carottes;AUTRES;1;kg;;3;",                   // 11 segment
                    "15/03/2024;F1;11;C1;;;;;Carottes;AUTRES;1;kg;;3;",                            // 12 missing
                    "15/03/2024;F1;0;C1;;;P1;;Carottes;AUTRES;1;kg;;3;",                           // 13 line number
                    "15/03/2024;F1;12;C1;;;P1;;Carottes;AUTRES;1;kg;3;",                           // 14 cells
                    "15/03/2024;F1;13;C1;;;P1;;Carottes;AUTRES;1e3;kg;;3;",                        // 15 exponent
                    "15/03/2024;F1;14;C1;;;P1;;Carottes;AUTRES;1;kg;;99999999999999999;");         // 16 too large

            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(14);
            assertThat(r.rejections()).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(
                            tuple(3L, "montant_ht", "12,5O", RowCode.NUMBER_FORMAT),
                            tuple(4L, "date", "31/02/2024", RowCode.DATE_FORMAT),
                            tuple(5L, "date", "15/07/2024", RowCode.DATE_IN_FUTURE),
                            tuple(6L, "quantite", "0", RowCode.ZERO_QUANTITY),
                            tuple(7L, "montant_ht", "3", RowCode.SIGN_MISMATCH),
                            tuple(8L, "famille", "Épicerie fine", RowCode.UNKNOWN_FAMILY),
                            tuple(9L, "unite", "sac", RowCode.UNKNOWN_UNIT),
                            tuple(10L, "labels", "LOCAL", RowCode.UNKNOWN_LABEL),
                            tuple(11L, "client_type", "CANTINE", RowCode.UNKNOWN_SEGMENT),
                            tuple(12L, "producteur_id", "", RowCode.MISSING_VALUE),
                            tuple(13L, "ligne", "0", RowCode.LINE_NUMBER),
                            tuple(14L, "", "14", RowCode.CELL_COUNT),
                            tuple(15L, "quantite", "1e3", RowCode.NUMBER_FORMAT),
                            tuple(16L, "montant_ht", "99999999999999999", RowCode.NUMBER_TOO_LARGE));
            assertThat(scalar(store, "SELECT count(*) FROM sales")).isEqualTo("1");
            assertThat(scalar(store, "SELECT count(*) FROM quarantine_rows")).isEqualTo("14");
            assertThat(scalar(store, "SELECT raw FROM quarantine_rows WHERE line = 3"))
                    .isEqualTo("15/03/2024;F1;2;C1;;;P1;;Carottes;FRUITS_ET_LEGUMES;10;kg;;12,5O;");
            assertThat(scalar(store, "SELECT message_fr FROM findings WHERE line = 3"))
                    .contains("montant_ht").contains("12,5O").contains("n'est pas un nombre");
            assertThat(scalar(store, "SELECT message_en FROM findings WHERE line = 3"))
                    .contains("montant_ht").contains("12,5O").contains("is not a number");
        }

        @Test
        void aRowBreakingSeveralRulesIsCountedOnceWithOneEntryPerRule() throws Exception {
            FileReport r = ingestRows("99/99/2024;F1;1;C1;;;;;Carottes;Bonbons;abc;kg;;1;");

            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.accepted()).isZero();
            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.rejections()).extracting(Finding::code).containsExactly(
                    RowCode.DATE_FORMAT, RowCode.MISSING_VALUE, RowCode.UNKNOWN_FAMILY, RowCode.NUMBER_FORMAT);
        }

        @Test
        void theSameKeyTwiceInOneFileRejectsBothRows() throws Exception {
            FileReport r = ingestRows(
                    "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;",
                    "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;1;kg;;2;",
                    "15/03/2024;F1;1;C1;;;P1;;Navets;AUTRES;1;kg;;3;");

            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.rejections()).extracting(Finding::line, Finding::code).containsExactly(
                    tuple(2L, RowCode.DUPLICATE_KEY), tuple(4L, RowCode.DUPLICATE_KEY));
            assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo("2.00");
            assertThat(scalar(store, "SELECT raw FROM quarantine_rows WHERE line = 4"))
                    .isEqualTo("15/03/2024;F1;1;C1;;;P1;;Navets;AUTRES;1;kg;;3;");
        }

        @Test
        void aDuplicateOfAnInvalidRowRejectsTheValidOneToo() throws Exception {
            FileReport r = ingestRows(
                    "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;",
                    "15/03/2024;F1;1;C1;;;P1;;Navets;AUTRES;1;kg;;x;");

            assertThat(r.accepted()).isZero();
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.rejections()).extracting(Finding::line, Finding::code).containsExactly(
                    tuple(2L, RowCode.DUPLICATE_KEY), tuple(3L, RowCode.NUMBER_FORMAT), tuple(3L, RowCode.DUPLICATE_KEY));
        }

        @Test
        void keepsARowWhoseAmountDiffersFromQuantityTimesPriceWithAWarning() throws Exception {
            // 10 × 1,50 = 15,00 ; 13,50 differs by 1,50 > max(0,02 ; 1 % of 13,50) → warning
            // 10 × 1,50 = 15,00 ; 14,90 differs by 0,10 ≤ 1 % of 14,90 = 0,149 → nothing
            FileReport r = ingestRows(
                    "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;10;kg;1,50;13,50;",
                    "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;10;kg;1,50;14,90;");

            assertThat(r.accepted()).isEqualTo(2);
            assertThat(r.warningList()).extracting(Finding::line, Finding::code)
                    .containsExactly(tuple(2L, RowCode.PRICE_MISMATCH));
        }

        @Test
        void anAmountWithMoreThanTwoDecimalsIsRoundedHalfUpToTheCent() throws Exception {
            ingestRows("15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;2,345;",
                    "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;-1;kg;;-0,005;",
                    "15/03/2024;F1;3;C1;;;P1;;Carottes;AUTRES;1;kg;;1 234,567;");

            assertThat(scalar(store, "SELECT string_agg(montant_ht::VARCHAR, ';' ORDER BY ligne) FROM sales"))
                    .isEqualTo("2.35;-0.01;1234.57");
        }

        @Test
        void aFileWhoseRowsAreAllRejectedIsLoadedWithNothingAccepted() throws Exception {
            FileReport r = ingestRows("15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;abc;");

            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.accepted()).isZero();
            assertThat(r.rejected()).isEqualTo(1);
        }

        @Test
        void strictModeRefusesTheWholeFileAndStillListsTheRejections() throws Exception {
            Path f = write(dir, "strict.csv", lines(SALES_HEADER,
                    "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;",
                    "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;1;kg;;abc;"));
            FileReport r = importer.importFile(ImportKind.SALES, f, ImportOptions.defaults().withStrict(true));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.STRICT_REJECTED);
            assertThat(r.accepted()).isZero();
            assertThat(r.rejections()).extracting(Finding::line).containsExactly(3L);
            assertThat(scalar(store, "SELECT count(*) FROM sale_lines")).isEqualTo("0");
            // a refused file is not "already loaded": the corrected file loads
            FileReport loose = importer.importFile(ImportKind.SALES, f, ImportOptions.defaults());
            assertThat(loose.status()).isEqualTo(Status.LOADED);
        }

        @Test
        void emptyRowsAreSkippedWithOneWarningThatCountsThem() throws Exception {
            FileReport r = ingestRows("15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;",
                    ";;;;;;;;;;;;;;", "", "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;1;kg;;1;");

            assertThat(r.accepted()).isEqualTo(2);
            assertThat(r.rejected()).isZero();
            assertThat(r.warningList()).extracting(Finding::code, Finding::value)
                    .containsExactly(tuple(RowCode.EMPTY_ROWS_SKIPPED, "2"));
        }
    }

    @Nested
    class FileRules {

        @Test
        void aHeaderWithoutRowsIsRefusedAsEmpty() throws Exception {
            FileReport r = ingest(write(dir, "vide.csv", lines(SALES_HEADER)));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.EMPTY_FILE);
        }

        @Test
        void aZeroByteFileIsRefusedAsEmpty() throws Exception {
            FileReport r = ingest(write(dir, "rien.csv", ""));

            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.EMPTY_FILE);
        }

        @Test
        void aMissingRequiredColumnIsNamedWithTheColumnsFound() throws Exception {
            FileReport r = ingest(write(dir, "sans-montant.csv", lines(
                    "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite",
                    "15/03/2024;F1;1;C1;P1;Carottes;AUTRES;1;kg")));

            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.MISSING_COLUMN);
            assertThat(r.error().orElseThrow().args()).containsExactly("montant_ht",
                    "date, facture, ligne, client_id, producteur_id, produit, famille, quantite, unite");
            assertThat(scalar(store, "SELECT count(*) FROM sale_lines")).isEqualTo("0");
            assertThat(scalar(store, "SELECT status FROM imports")).isEqualTo("REFUSED");
        }

        @Test
        void binaryContentIsRefusedAsNotATable() throws Exception {
            Path f = dir.resolve("photo.csv");
            java.nio.file.Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});

            assertThat(ingest(f).error().orElseThrow().code()).isEqualTo(FileCode.NOT_A_TABLE);
        }

        @Test
        void aFileOverTheLimitIsRefused() throws Exception {
            Path f = write(dir, "ventes.csv", GOOD);
            Importer small = new Importer(store, Importer.Settings.defaults().withClock(TestFiles.CLOCK).withMaxFileBytes(100));

            FileReport r = small.importFile(ImportKind.SALES, f, ImportOptions.defaults());

            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.FILE_TOO_LARGE);
        }

        @Test
        void aColumnNamedTwiceIsRefused() throws Exception {
            FileReport r = ingest(write(dir, "double.csv", lines(SALES_HEADER + ";Montant HT",
                    "15/03/2024;F1;1;C1;;;P1;;Carottes;AUTRES;1;kg;;1;;1")));

            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.DUPLICATE_COLUMN);
        }
    }

    @Nested
    class Conventions {

        static final String FRENCH = lines(
                "Date livraison;N° facture;N° ligne;Code client;Client;Type client;Code producteur;Producteur;"
                        + "Désignation;Famille;Qté;Unité;PU HT;Montant HT;Labels EGalim;Remarque",
                "15/03/2024;F1;1;C1;Collège Émile Zola;Restauration scolaire;P1;Ferme de l'Œuf;\"Œufs; plein air\";"
                        + "BOF (Produits laitiers, beurre et œufs);2;douzaine;3,90;7,80;Label Rouge;rien",
                "16/03/2024;F1;2;C1;Collège Émile Zola;Restauration scolaire;P1;Ferme de l'Œuf;\"Crème\n"
                        + "épaisse \"\"fermière\"\"\";produits laitiers;1 000;g;0,012;12,00;fermier;",
                "17/03/2024;F1;3;C1;Collège Émile Zola;Restauration scolaire;P1;Ferme de l'Œuf;Lait;"
                        + "Produits laitiers;1\u00A0000;l;0,90;900,00;;");

        void assertFrenchFileLoaded(FileReport r) throws Exception {
            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.accepted()).isEqualTo(3);
            assertThat(r.rejected()).isZero();
            assertThat(scalar(store, "SELECT sum(montant_ht) FROM sales")).isEqualTo("919.80");
            assertThat(scalar(store, "SELECT produit FROM sales WHERE ligne = 1")).isEqualTo("Œufs; plein air");
            assertThat(scalar(store, "SELECT produit FROM sales WHERE ligne = 2")).isEqualTo("Crème\népaisse \"fermière\"");
            assertThat(scalar(store, "SELECT client_type FROM sales WHERE ligne = 1")).isEqualTo("RESTAURATION_SCOLAIRE");
            assertThat(scalar(store, "SELECT egalim_group FROM sales WHERE ligne = 1")).isEqualTo("SIQO");
            assertThat(scalar(store, "SELECT kg FROM sales WHERE ligne = 2")).isEqualTo("1.000000");
            assertThat(scalar(store, "SELECT litres FROM sales WHERE ligne = 3")).isEqualTo("1000.00000");
        }

        @Test
        void readsUtf8WithBomAliasesQuotedFieldsAndFrenchNumbers() throws Exception {
            FileReport r = ingest(write(dir, "fr.csv", FRENCH, StandardCharsets.UTF_8, true));

            assertFrenchFileLoaded(r);
            assertThat(r.warningList()).extracting(Finding::code, Finding::column)
                    .containsExactly(tuple(RowCode.UNKNOWN_COLUMN, "Remarque"));
        }

        @Test
        void readsWindows1252() throws Exception {
            assertFrenchFileLoaded(ingest(write(dir, "cp1252.csv", FRENCH, Charset.forName("windows-1252"), false)));
        }

        @Test
        void readsCommaDelimitedFilesWithDecimalPoints() throws Exception {
            String csv = FRENCH.replace(";", "\u0001").replace(",", ".").replace("\u0001", ",")
                    .replace("\"Œufs, plein air\"", "\"Œufs; plein air\"")
                    .replace("BOF (Produits laitiers. beurre et œufs)", "\"BOF (Produits laitiers, beurre et œufs)\"");
            assertFrenchFileLoaded(ingest(write(dir, "comma.csv", csv)));
        }

        @Test
        void readsTabDelimitedFilesWithCrLf() throws Exception {
            String csv = FRENCH.replace(";", "\t").replace("\"Œufs\t plein air\"", "\"Œufs; plein air\"")
                    .replace("\n", "\r\n");
            FileReport r = ingest(write(dir, "tab.tsv", csv));

            assertThat(r.accepted()).isEqualTo(3);
            assertThat(scalar(store, "SELECT produit FROM sales WHERE ligne = 2")).isEqualTo("Crème\r\népaisse \"fermière\"");
        }

        @Test
        void rejectionLinesArePhysicalLinesAfterQuotedLineBreaks() throws Exception {
            FileReport r = ingest(write(dir, "lignes.csv", lines(SALES_HEADER,
                    "15/03/2024;F1;1;C1;;;P1;;\"Carottes\nen\nbotte\";AUTRES;1;kg;;1;",
                    "15/03/2024;F1;2;C1;;;P1;;Carottes;AUTRES;1;kg;;abc;")));

            assertThat(r.rejections()).extracting(Finding::line).containsExactly(5L);
            assertThat(scalar(store, "SELECT source_line FROM sales")).isEqualTo("2");
        }
    }
}
