package fr.impact.ingestion.achats;

import static fr.impact.ingestion.TestFiles.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.FileReport.Status;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.TestFiles;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.Messages;
import fr.impact.ingestion.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every purchase file of ma-cantine's own test suite ({@code ../shared/peer/ma-cantine/achats/},
 * listed in its {@code EXPECTED.md}) gets ma-cantine's verdict, in default and strict mode.
 * The files are not copied into this repository: when {@code ../shared} is absent the tests are
 * skipped with a message on stderr, and they fail instead when {@code CI=true}.
 */
class MaCantineFilesIntegrationTests {

    static Path achats;

    @TempDir
    Path dir;

    Store store;
    Importer importer;

    @BeforeAll
    static void findSharedFiles() {
        Optional<Path> shared = sharedFolder();
        if (shared.isEmpty()) {
            String missing = "ma-cantine's test files not found (../shared/peer/ma-cantine/achats beside the "
                    + "repository, or $IMPACT_SHARED)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + ": they are required when CI=true");
            }
            String message = missing + ": the ma-cantine verdict tests are SKIPPED";
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        achats = shared.get().resolve("peer/ma-cantine/achats");
    }

    static Optional<Path> sharedFolder() {
        String env = System.getenv("IMPACT_SHARED");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env, "peer/ma-cantine/achats"))) {
            return Optional.of(Path.of(env));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null && p.getParent() != null; p = p.getParent()) {
            Path candidate = p.getParent().resolve("shared");
            if (Files.isDirectory(p.resolve("ingestion")) && Files.isDirectory(candidate.resolve("peer/ma-cantine/achats"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("impact.duckdb"), null);
        importer = TestFiles.importer(store);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    /** file, accepted, rejected lines (empty: none); null accepted = refused as a whole. */
    static Stream<Arguments> verdicts() {
        return Stream.of(
                Arguments.of("purchases_good.csv", 8L, List.of()),
                Arguments.of("purchases_good_separator_comma.csv", 1L, List.of()),
                Arguments.of("purchases_good_separator_semicolon.csv", 1L, List.of()),
                Arguments.of("purchases_good_separator_tab.tsv", 1L, List.of()),
                Arguments.of("purchases_good_floating_number.csv", 1L, List.of()),
                Arguments.of("purchases_good.xlsx", 1L, List.of()),
                Arguments.of("purchases_good_with_empty_columns.xlsx", 2L, List.of()),
                Arguments.of("purchases_good_local_vs_circuit_court.csv", 2L, List.of()),
                Arguments.of("purchases_good_siret_caracteristics.csv", 2L, List.of()),
                Arguments.of("purchases_good_id.csv", 1L, List.of()),
                Arguments.of("purchases_good_id_caracteristics.csv", 2L, List.of()),
                Arguments.of("purchases_bad.csv", 3L, List.of(2L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 15L)),
                Arguments.of("purchases_bad_one_error.csv", 1L, List.of(3L)),
                Arguments.of("purchases_bad_empty_rows.csv", 2L, List.of(4L, 5L)),
                Arguments.of("purchases_bad_wrong_header.csv", null, List.of()),
                Arguments.of("purchases_bad_wrong_header_typo.csv", null, List.of()),
                Arguments.of("purchases_bad_partial_header.csv", null, List.of()),
                Arguments.of("purchases_bad_no_header.csv", null, List.of()),
                Arguments.of("purchases_bad_extra_columns.csv", null, List.of()),
                Arguments.of("purchases_bad_corrupt.csv", null, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void defaultModeLoadsValidRowsAndQuarantinesTheOthers(String file, Long accepted, List<Long> rejectedLines)
            throws Exception {
        FileReport r = importer.importFile(ImportKind.ACHATS, achats.resolve(file), ImportOptions.defaults());
        if (accepted == null) {
            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code()).isEqualTo(FileCode.ACHATS_HEADER);
            assertThat(scalar(store, "SELECT count(*) FROM purchases")).isEqualTo("0");
            return;
        }
        assertThat(r.status()).as(String.valueOf(r.rejections())).isEqualTo(Status.LOADED);
        assertThat(r.accepted()).isEqualTo(accepted);
        assertThat(r.rejections().stream().map(Finding::line).distinct().toList()).isEqualTo(rejectedLines);
        assertThat(r.rejected()).isEqualTo(rejectedLines.size());
        assertThat(scalar(store, "SELECT count(*) FROM purchases")).isEqualTo(String.valueOf(accepted));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void strictModeIsAllOrNothingAsInMaCantine(String file, Long accepted, List<Long> rejectedLines) throws Exception {
        FileReport r = importer.importFile(ImportKind.ACHATS, achats.resolve(file),
                ImportOptions.defaults().withStrict(true));
        if (accepted == null || !rejectedLines.isEmpty()) {
            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.error().orElseThrow().code())
                    .isEqualTo(accepted == null ? FileCode.ACHATS_HEADER : FileCode.STRICT_REJECTED);
            assertThat(scalar(store, "SELECT count(*) FROM purchases")).isEqualTo("0");
        } else {
            assertThat(r.status()).isEqualTo(Status.LOADED);
            assertThat(r.accepted()).isEqualTo(accepted);
        }
    }

    @Test
    void readsTheGoodFileAsMaCantineStoresIt() throws Exception {
        importer.importFile(ImportKind.ACHATS, achats.resolve("purchases_good.csv"), ImportOptions.defaults());
        assertThat(scalar(store, "SELECT prix_ht || '|' || date || '|' || famille_produits || '|' || categories_egalim"
                + " || '|' || est_local || '|' || definition_local || '|' || siret FROM purchases WHERE source_line = 2"))
                .isEqualTo("90.11|2022-05-02|PRODUITS_LAITIERS|BIO|true|DEPARTEMENT|21010034300016");
        assertThat(scalar(store, "SELECT definition_local_km FROM purchases WHERE source_line = 9")).isEqualTo("200.000");
        assertThat(scalar(store, "SELECT count(*) FROM purchases WHERE definition_local_km IS NOT NULL")).isEqualTo("1");
    }

    @Test
    void roundsPricesToTheCentHalfDown() throws Exception {
        importer.importFile(ImportKind.ACHATS, achats.resolve("purchases_good_floating_number.csv"),
                ImportOptions.defaults());
        assertThat(scalar(store, "SELECT prix_ht FROM purchases")).isEqualTo("90.11");
        assertThat(AchatsRules.number("0.125").setScale(2, java.math.RoundingMode.HALF_DOWN)).hasToString("0.12");
    }

    @Test
    void keepsLocalAndShortCircuitApart() throws Exception {
        importer.importFile(ImportKind.ACHATS, achats.resolve("purchases_good_local_vs_circuit_court.csv"),
                ImportOptions.defaults());
        assertThat(scalar(store, "SELECT string_agg(description || ':' || est_local || '/' || est_circuit_court || '/' "
                + "|| coalesce(definition_local, '-'), ' ' ORDER BY source_line) FROM purchases"))
                .isEqualTo("Only local:true/false/DEPARTEMENT Only circuit court:false/true/-");
    }

    @Test
    void readsCategoriesAndOrigin() throws Exception {
        importer.importFile(ImportKind.ACHATS, achats.resolve("purchases_good_siret_caracteristics.csv"),
                ImportOptions.defaults());
        assertThat(scalar(store, "SELECT string_agg(prix_ht || ' ' || categories_egalim || ' ' || origine || ' ' "
                + "|| coalesce(definition_local, '-'), ' | ' ORDER BY source_line) FROM purchases"))
                .isEqualTo("100.00 BIO,COMMERCE_EQUITABLE FRANCE REGION | 200.00 BIO,COMMERCE_EQUITABLE EUROPE -");
    }

    @Test
    void readsTheCanteenIdVariant() throws Exception {
        importer.importFile(ImportKind.ACHATS, achats.resolve("purchases_good_id.csv"), ImportOptions.defaults());
        assertThat(scalar(store, "SELECT cantine_id || '/' || (siret IS NULL) FROM purchases")).isEqualTo("949/true");
    }

    @Test
    void namesEachWrongColumnAndWhatItShouldBe() throws Exception {
        FileReport r = importer.importFile(ImportKind.ACHATS, achats.resolve("purchases_bad_wrong_header_typo.csv"),
                ImportOptions.defaults());
        FileReport.Refusal e = r.error().orElseThrow();
        assertThat(e.args().get(0)).isEqualTo("12");
        assertThat(Messages.of(Messages.FRENCH).of(e.code(), e.args())).contains("« s_iret » → « siret »");
        List<String> fr = r.rejections().stream().map(Messages.of(Messages.FRENCH)::of).toList();
        assertThat(fr).hasSize(12).allSatisfy(m -> assertThat(m).contains("vous avez écrit"))
                .contains("Colonne « siret » : vous avez écrit « s_iret » au lieu de « siret ».",
                        "Colonne « origine » : vous avez écrit « Origine » au lieu de « origine ».",
                        "Colonne « definition_local_km » : vous avez écrit « distance » au lieu de « definition_local_km ».");
        assertThat(r.rejections()).allSatisfy(f -> assertThat(f.line()).isEqualTo(1));
        assertThat(Messages.of(Messages.ENGLISH).of(r.rejections().get(0)))
                .isEqualTo("Column \"siret\": you wrote \"s_iret\" instead of \"siret\".");
    }

    @Test
    void countsHeaderErrorsAsMaCantineDoes() throws Exception {
        assertThat(headerErrors("purchases_bad_wrong_header.csv")).isEqualTo("5");
        assertThat(headerErrors("purchases_bad_partial_header.csv")).isEqualTo("1");
        assertThat(headerErrors("purchases_bad_no_header.csv")).isEqualTo("12");
        assertThat(headerErrors("purchases_bad_extra_columns.csv")).isEqualTo("1");
    }

    private String headerErrors(String file) throws Exception {
        return importer.importFile(ImportKind.ACHATS, achats.resolve(file), ImportOptions.defaults())
                .error().orElseThrow().args().get(0);
    }

    @Test
    void aGoodFileImportedTwiceAddsNothing() throws Exception {
        importer.importFile(ImportKind.ACHATS, achats.resolve("purchases_good.csv"), ImportOptions.defaults());
        FileReport again = importer.importFile(ImportKind.ACHATS, achats.resolve("purchases_good.csv"),
                ImportOptions.defaults());
        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
        assertThat(scalar(store, "SELECT count(*) FROM purchases")).isEqualTo("8");
    }
}
