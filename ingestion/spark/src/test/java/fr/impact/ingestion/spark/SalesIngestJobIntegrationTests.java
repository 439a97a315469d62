package fr.impact.ingestion.spark;

import static fr.impact.ingestion.spark.Fixtures.rows;
import static fr.impact.ingestion.spark.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on a local[2] session over a directory of real CSV files, its Parquet read back. */
class SalesIngestJobIntegrationTests {

    @TempDir
    Path dir;

    SparkSession spark = LocalSpark.session();

    @Test
    void writesPartitionedSalesRejectionsAndAManifestAndARerunWritesNothingNew() throws Exception {
        Path in = dir.resolve("exports");
        write(in, "ventes-2023.csv", rows(
                "15/12/2023;F1;1;C1;;;04200;;Carottes;FRUITS_ET_LEGUMES;10;kg;1,50;15,00;BIO",
                "15/12/2023;F1;2;C1;;;P2;;\"Yaourts\nnature\";PRODUITS_LAITIERS;24;piece;;10,80;",
                "15/12/2023;F1;3;C1;;;P2;;Beurre;PRODUITS_LAITIERS;1;kg;;12,5O;"));
        write(in, "ventes-2024.csv", rows(
                "15/03/2024;F9;1;C2;;;P1;;Poireaux;AUTRES;2 500;g;;10,00;",
                "15/07/2024;F9;2;C2;;;P1;;Poireaux;AUTRES;1;kg;;1,00;"));
        String out = dir.resolve("out").toString();

        SalesIngestJob.Summary first = SalesIngestJob.run(spark, List.of(in.toString()), out, "perche", Fixtures.TODAY);

        assertThat(first.files()).isEqualTo(2);
        assertThat(Files.isDirectory(dir.resolve("out/sales/hub=perche/year=2023"))).isTrue();
        assertThat(Files.isDirectory(dir.resolve("out/sales/hub=perche/year=2024"))).isTrue();
        List<Row> sales = spark.read().parquet(out + "/sales").orderBy("file", "source_line")
                .select("source_line", "producteur_id", "produit", "montant_ht", "kg").collectAsList();
        assertThat(sales).extracting(r -> r.getLong(0), r -> r.getString(1), r -> r.getString(2),
                r -> r.getDecimal(3), r -> r.getDecimal(4)).containsExactly(
                        tuple(2L, "04200", "Carottes", new BigDecimal("15.00"), new BigDecimal("10.000000")),
                        tuple(3L, "P2", "Yaourts\nnature", new BigDecimal("10.80"), null),
                        tuple(2L, "P1", "Poireaux", new BigDecimal("10.00"), new BigDecimal("2.500000")));
        // the rejection after a quoted line break is on physical line 5
        List<Row> findings = spark.read().parquet(out + "/findings").orderBy("file", "line")
                .select("line", "column_name", "value", "code", "rejection").collectAsList();
        assertThat(findings).extracting(r -> r.getLong(0), r -> r.getString(1), r -> r.getString(2),
                r -> r.getString(3), r -> r.getBoolean(4)).containsExactly(
                        tuple(5L, "montant_ht", "12,5O", "NUMBER_FORMAT", true),
                        tuple(3L, "date", "15/07/2024", "DATE_IN_FUTURE", true));
        assertThat(spark.read().parquet(out + "/quarantine").orderBy("file").select("raw").collectAsList())
                .extracting(r -> r.getString(0)).containsExactly(
                        "15/12/2023;F1;3;C1;;;P2;;Beurre;PRODUITS_LAITIERS;1;kg;;12,5O;",
                        "15/07/2024;F9;2;C2;;;P1;;Poireaux;AUTRES;1;kg;;1,00;");
        assertThat(spark.read().parquet(out + "/manifest").orderBy("file")
                .select("status", "accepted", "rejected").collectAsList())
                .extracting(r -> r.getString(0), r -> r.getLong(1), r -> r.getLong(2))
                .containsExactly(tuple("LOADED", 2L, 1L), tuple("LOADED", 1L, 1L));

        SalesIngestJob.Summary again = SalesIngestJob.run(spark, List.of(in + "/*.csv"), out, "perche", Fixtures.TODAY);

        assertThat(again.skipped()).isEqualTo(2);
        assertThat(spark.read().parquet(out + "/sales").count()).isEqualTo(3);
        assertThat(spark.read().parquet(out + "/manifest").count()).isEqualTo(2);
    }
}
