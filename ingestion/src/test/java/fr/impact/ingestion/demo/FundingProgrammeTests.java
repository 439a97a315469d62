package fr.impact.ingestion.demo;

import static fr.impact.ingestion.TestFiles.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.TestFiles;
import fr.impact.ingestion.store.Store;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's funding ledger: the park's published figures, loaded without a rejection. */
class FundingProgrammeTests {

    @TempDir
    Path dir;

    List<FileReport> load(Store store, List<Path> files) throws Exception {
        Importer importer = TestFiles.importer(store);
        List<FileReport> reports = new java.util.ArrayList<>();
        for (Path f : files) {
            reports.addAll(importer.importAll(ImportKind.FUNDING, f, ImportOptions.defaults()));
        }
        return reports;
    }

    @Test
    void theParkProgrammeHas165000EurosOfPublicFundingOn195000() throws Exception {
        DemoDataSet.DemoFiles files = DemoDataSet.write(dir, 42, YearMonth.of(2024, 5));
        assertThat(files.funding()).extracting(p -> p.getFileName().toString())
                .containsExactly("financements.csv", "budget.csv", "depenses.csv", "versements.csv");

        try (Store store = Store.inMemory()) {
            List<FileReport> reports = load(store, files.funding());

            assertThat(reports).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(FileReport.Status.LOADED);
                assertThat(r.rejected()).as(r.file()).isZero();
                assertThat(r.warnings()).as(r.file()).isZero();
            });
            assertThat(scalar(store, "SELECT sum(montant_attribue) FROM grants")).isEqualTo("195000.00");
            assertThat(scalar(store, "SELECT sum(montant_attribue) FROM grants WHERE type LIKE 'PUBLIC%'"))
                    .isEqualTo("165000.00");
            assertThat(scalar(store, "SELECT round(sum(montant_attribue) FILTER (WHERE type LIKE 'PUBLIC%') "
                    + "/ sum(montant_attribue), 4) FROM grants")).isEqualTo("0.8462");
            assertThat(scalar(store, "SELECT sum(montant_prevu) FROM budget_lines")).isEqualTo("195000.00");
            assertThat(scalar(store, "SELECT sum(montant_ht) FROM expenditures")).isEqualTo("194930.00");
            assertThat(scalar(store, "SELECT sum(montant) FROM payments")).isEqualTo("176967.69");
            // every expenditure is claimed on the FEADER, in a claim per year; FEADER is paid last
            assertThat(scalar(store, "SELECT string_agg(DISTINCT demande, ',' ORDER BY demande) FROM expenditures"))
                    .isEqualTo("ACOMPTE 1,ACOMPTE 2,ACOMPTE 3,SOLDE");
            assertThat(scalar(store, "SELECT financeur || ' ' || nature FROM payments ORDER BY date DESC LIMIT 1"))
                    .isEqualTo("FEADER SOLDE");
        }
    }

    @Test
    void moneyThatMovedAfterTheLastMonthIsLeftOut() throws Exception {
        DemoDataSet.DemoFiles files = DemoDataSet.write(dir, 42, YearMonth.of(2018, 6));

        try (Store store = Store.inMemory()) {
            load(store, files.funding());

            // grants and budget whole; PNA and Région advances, the members' 2017 and 2018 contributions
            assertThat(scalar(store, "SELECT sum(montant_attribue) FROM grants")).isEqualTo("195000.00");
            assertThat(scalar(store, "SELECT count(*) FROM payments")).isEqualTo("4");
            assertThat(scalar(store, "SELECT max(cash_date) FROM expenditures")).isEqualTo("2018-06-30");
        }
    }

    @Test
    void theSameBytesEveryTime() throws Exception {
        DemoDataSet.DemoFiles first = DemoDataSet.write(dir.resolve("a"), 42, YearMonth.of(2022, 1));
        DemoDataSet.DemoFiles second = DemoDataSet.write(dir.resolve("b"), 7, YearMonth.of(2022, 1));

        for (int i = 0; i < first.funding().size(); i++) {
            assertThat(second.funding().get(i)).hasSameBinaryContentAs(first.funding().get(i));
        }
    }
}
