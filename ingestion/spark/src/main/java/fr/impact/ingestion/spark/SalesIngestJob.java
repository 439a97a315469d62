package fr.impact.ingestion.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The scale-out sales ingestion, for {@code spark-submit} (or run on a local session):
 *
 * <pre>
 * SalesIngestJob --out URI [--hub NAME] [--today yyyy-MM-dd] [--master URL] INPUT...
 * </pre>
 *
 * INPUT is a file, a directory (its files) or a glob, local or any Hadoop URI. Under
 * {@code --out} it appends {@code sales/} (Parquet partitioned by {@code hub}, {@code year}),
 * {@code findings/}, {@code quarantine/} and, last, {@code manifest/} (one row per file, keyed
 * by hub and content hash). Files already in the manifest are not checked again, so a re-run
 * writes nothing new. This class only does I/O; the work is in {@link SalesOutput}.
 */
public final class SalesIngestJob {

    private SalesIngestJob() {}

    public static void main(String[] args) throws IOException {
        String out = null;
        String hub = "default";
        String master = null;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = args[++i];
                case "--hub" -> hub = args[++i];
                case "--today" -> today = LocalDate.parse(args[++i]);
                case "--master" -> master = args[++i];
                default -> inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println("usage: SalesIngestJob --out URI [--hub NAME] [--today yyyy-MM-dd] [--master URL] INPUT...");
            System.exit(2);
        }
        SparkSession.Builder b = SparkSession.builder().appName("impact-sales-ingest");
        if (master != null) {
            // run by bin/impact on this machine: no web UI
            b.master(master).config("spark.ui.enabled", "false");
        }
        SparkSession spark = b.getOrCreate();
        try {
            Summary s = run(spark, inputs, out, hub, today);
            System.out.println("files=" + s.files() + " skipped=" + s.skipped());
        } finally {
            spark.stop();
        }
    }

    /** What a run did: files listed, files skipped because the manifest already had them. */
    public record Summary(int files, long skipped) {}

    /** Lists the inputs, checks the files, writes the four outputs under {@code out}. */
    public static Summary run(SparkSession spark, List<String> inputs, String out, String hub, LocalDate today)
            throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> files = list(conf, inputs);
        if (files.isEmpty()) {
            return new Summary(0, 0);
        }
        Set<String> done = alreadyDone(spark, conf, out);
        List<Row> rows = new ArrayList<>();
        for (String f : files) {
            rows.add(RowFactory.create(f));
        }
        // one file per task: a file is read whole, by one reader (physical line numbers)
        Dataset<Row> input = spark.createDataFrame(
                JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, files.size()),
                SalesOutput.FILES);
        Dataset<Row> records = SalesOutput.check(input, new SalesOutput.Settings(hub, today, done))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SalesOutput.sales(records).write().mode(SaveMode.Append).partitionBy("hub", "year")
                    .parquet(out + "/sales");
            SalesOutput.findings(records).write().mode(SaveMode.Append).parquet(out + "/findings");
            SalesOutput.quarantine(records).write().mode(SaveMode.Append).parquet(out + "/quarantine");
            // the manifest last: a file is in it only once all its rows are written
            SalesOutput.manifest(records).write().mode(SaveMode.Append).parquet(out + "/manifest");
            long skipped = records.where(col("kind").equalTo(SalesOutput.FILE)
                    .and(col("status").equalTo(SalesOutput.SKIPPED))).count();
            return new Summary(files.size(), skipped);
        } finally {
            records.unpersist();
        }
    }

    /** Files named by the inputs: a file, a directory's visible files, or a glob's matches; sorted. */
    static List<String> list(Configuration conf, List<String> inputs) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (String in : inputs) {
            Path p = new Path(in);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                throw new java.io.FileNotFoundException(in);
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    for (FileStatus f : fs.listStatus(m.getPath())) {
                        String name = f.getPath().getName();
                        if (f.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
                            out.add(f.getPath().toString());
                        }
                    }
                } else {
                    out.add(m.getPath().toString());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** (hub, content hash) of the files an earlier run already wrote. */
    static Set<String> alreadyDone(SparkSession spark, Configuration conf, String out) throws IOException {
        Path manifest = new Path(out + "/manifest");
        Set<String> done = new HashSet<>();
        if (!manifest.getFileSystem(conf).exists(manifest)) {
            return done;
        }
        for (Row r : spark.read().schema(SalesOutput.MANIFEST).parquet(manifest.toString())
                .select("hub", "content_hash").distinct().collectAsList()) {
            done.add(FileTask.doneKey(r.getString(0), r.getString(1)));
        }
        return done;
    }
}
