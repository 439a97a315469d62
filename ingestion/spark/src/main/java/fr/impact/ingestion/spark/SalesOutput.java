package fr.impact.ingestion.spark;

import static org.apache.spark.sql.functions.col;

import fr.impact.ingestion.profile.MappingProfile;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's transformations, {@code Dataset<Row> → Dataset<Row>}, every schema declared
 * (nothing inferred: {@code 04200} stays text). {@link #check} runs the shared row rules over
 * a list of files, one whole file per task, into one record stream; {@link #sales},
 * {@link #findings}, {@link #quarantine} and {@link #manifest} cut it into the four Parquet
 * outputs.
 */
public final class SalesOutput {

    /** Kinds of records in the stream {@link #check} returns. */
    static final String LINE = "LINE";
    static final String FINDING = "FINDING";
    static final String ROW = "ROW";
    static final String FILE = "FILE";

    /** Manifest statuses. */
    static final String LOADED = "LOADED";
    static final String REFUSED = "REFUSED";
    static final String SKIPPED = "SKIPPED";

    /** The input: one file (any Hadoop URI, or a local path) per row. */
    public static final StructType FILES = new StructType(new StructField[] {field("path", DataTypes.StringType)});

    private static final String[] SALE_COLUMNS = {"source_line", "facture", "ligne", "date", "client_id",
        "client_nom", "client_type", "producteur_id", "producteur_nom", "produit", "produit_code", "famille",
        "quantite", "unite", "prix_unitaire_ht", "montant_ht", "labels", "egalim_group", "origine", "kg", "litres"};

    /** Everything {@link #check} emits; a record of one kind leaves the other kinds' columns null. */
    static final StructType RECORDS = new StructType(new StructField[] {
        field("kind", DataTypes.StringType),
        field("file", DataTypes.StringType),
        field("content_hash", DataTypes.StringType),
        field("hub", DataTypes.StringType),
        field("year", DataTypes.IntegerType),
        field("source_line", DataTypes.LongType),
        field("facture", DataTypes.StringType),
        field("ligne", DataTypes.IntegerType),
        field("date", DataTypes.DateType),
        field("client_id", DataTypes.StringType),
        field("client_nom", DataTypes.StringType),
        field("client_type", DataTypes.StringType),
        field("producteur_id", DataTypes.StringType),
        field("producteur_nom", DataTypes.StringType),
        field("produit", DataTypes.StringType),
        field("produit_code", DataTypes.StringType),
        field("famille", DataTypes.StringType),
        field("quantite", DataTypes.createDecimalType(18, 3)),
        field("unite", DataTypes.StringType),
        field("prix_unitaire_ht", DataTypes.createDecimalType(18, 4)),
        field("montant_ht", DataTypes.createDecimalType(18, 2)),
        field("labels", DataTypes.StringType),
        field("egalim_group", DataTypes.StringType),
        field("origine", DataTypes.StringType),
        field("kg", DataTypes.createDecimalType(18, 6)),
        field("litres", DataTypes.createDecimalType(18, 5)),
        field("seq", DataTypes.IntegerType),
        field("column_name", DataTypes.StringType),
        field("value", DataTypes.StringType),
        field("code", DataTypes.StringType),
        field("expected", DataTypes.StringType),
        field("rejection", DataTypes.BooleanType),
        field("row_key", DataTypes.StringType),
        field("raw", DataTypes.StringType),
        field("file_size", DataTypes.LongType),
        field("format", DataTypes.StringType),
        field("encoding", DataTypes.StringType),
        field("status", DataTypes.StringType),
        field("error_code", DataTypes.StringType),
        field("error_args", DataTypes.createArrayType(DataTypes.StringType, false)),
        field("data_rows", DataTypes.LongType),
        field("empty_rows", DataTypes.LongType),
        field("accepted", DataTypes.LongType),
        field("rejected", DataTypes.LongType)});

    /** Columns of the manifest, as written (to read an earlier run's manifest back). */
    public static final StructType MANIFEST = select(RECORDS, "file", "content_hash", "hub", "file_size", "format",
            "encoding", "status", "error_code", "error_args", "data_rows", "empty_rows", "accepted", "rejected");

    private SalesOutput() {}

    /** What the tasks need to check files; serialised to the executors. */
    public record Settings(String hub, LocalDate today, Set<String> alreadyDone) implements Serializable {}

    /**
     * Checks every file of {@code files} ({@link #FILES}) with the shared row rules, one whole
     * file per task. A file whose hub and content hash are in {@code alreadyDone} is only
     * listed (status {@code SKIPPED}), which makes a re-run idempotent.
     */
    public static Dataset<Row> check(Dataset<Row> files, Settings settings) {
        MapPartitionsFunction<Row, Row> task = rows -> new FileTask(settings.hub(), settings.today(),
                MappingProfile.NONE, settings.alreadyDone()).run(paths(rows));
        return files.mapPartitions(task, Encoders.row(RECORDS));
    }

    /** The valid lines, one row per sale line, with the file they came from. */
    public static Dataset<Row> sales(Dataset<Row> records) {
        String[] cols = new String[SALE_COLUMNS.length + 4];
        cols[0] = "file";
        cols[1] = "content_hash";
        cols[2] = "hub";
        cols[3] = "year";
        System.arraycopy(SALE_COLUMNS, 0, cols, 4, SALE_COLUMNS.length);
        return of(records, LINE, cols);
    }

    /** Broken rules and warnings: line, column, value, code, whether the row was rejected. */
    public static Dataset<Row> findings(Dataset<Row> records) {
        return of(records, FINDING, "file", "content_hash", "hub", "source_line", "seq", "column_name", "value",
                "code", "expected", "rejection").withColumnRenamed("source_line", "line");
    }

    /** The rejected rows, their text as in the file. */
    public static Dataset<Row> quarantine(Dataset<Row> records) {
        return of(records, ROW, "file", "content_hash", "hub", "source_line", "row_key", "raw")
                .withColumnRenamed("source_line", "line");
    }

    /** One row per file checked by this run (files skipped as already done are left out). */
    public static Dataset<Row> manifest(Dataset<Row> records) {
        return of(records, FILE, MANIFEST.fieldNames()).where(col("status").notEqual(SKIPPED));
    }

    private static Dataset<Row> of(Dataset<Row> records, String kind, String... columns) {
        org.apache.spark.sql.Column[] cs = new org.apache.spark.sql.Column[columns.length];
        for (int i = 0; i < columns.length; i++) {
            cs[i] = col(columns[i]);
        }
        return records.where(col("kind").equalTo(kind)).select(cs);
    }

    private static Iterator<String> paths(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                return rows.next().getString(0);
            }
        };
    }

    static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType select(StructType t, String... names) {
        StructField[] out = new StructField[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = t.apply(names[i]);
        }
        return new StructType(out);
    }
}
