package fr.impact.ingestion.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The functions that cut the record stream into outputs, on a few in-memory rows. */
class SalesOutputTests {

    static Row record(String kind, String status, String facture) {
        Object[] v = new Object[SalesOutput.RECORDS.size()];
        v[0] = kind;
        v[1] = "f.csv";
        v[2] = "h";
        v[3] = "default";
        v[6] = facture;
        v[37] = status;
        return RowFactory.create(v);
    }

    @Test
    void eachOutputKeepsItsKindOfRecordsAndTheManifestLeavesSkippedFilesOut() {
        Dataset<Row> records = LocalSpark.session().createDataFrame(List.of(
                record(SalesOutput.LINE, null, "04200"),
                record(SalesOutput.FINDING, null, null),
                record(SalesOutput.ROW, null, null),
                record(SalesOutput.FILE, SalesOutput.LOADED, null),
                record(SalesOutput.FILE, SalesOutput.SKIPPED, null)), SalesOutput.RECORDS);

        assertThat(SalesOutput.sales(records).select("facture").collectAsList())
                .extracting(r -> r.getString(0)).containsExactly("04200");
        assertThat(SalesOutput.sales(records).columns()).contains("hub", "year", "source_line", "montant_ht")
                .doesNotContain("kind", "raw");
        assertThat(SalesOutput.findings(records).count()).isEqualTo(1);
        assertThat(SalesOutput.quarantine(records).columns()).containsExactly("file", "content_hash", "hub", "line",
                "row_key", "raw");
        assertThat(SalesOutput.manifest(records).select("status").collectAsList())
                .extracting(r -> r.getString(0)).containsExactly(SalesOutput.LOADED);
        assertThat(SalesOutput.manifest(records).schema()).isEqualTo(SalesOutput.MANIFEST);
    }
}
