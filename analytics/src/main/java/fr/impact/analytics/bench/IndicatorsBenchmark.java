package fr.impact.analytics.bench;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.store.Rollups;
import fr.impact.ingestion.store.Sql;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A benchmark, not a test: on a large generated sales table (seeded, several years), the
 * whole indicator document for one year, in-process and warm (median of 5), against DuckDB's
 * bare {@code SELECT segment, sum(montant_ht) … WHERE date BETWEEN ? AND ? GROUP BY 1} on the
 * same table in the same run.
 */
public final class IndicatorsBenchmark {

    /** The measured medians, in milliseconds. */
    public record Result(long rows, int year, double indicatorsMs, double bareScanMs, double generateSeconds,
            double linesOnlyMs, double rollupSeconds) {
        public double ratio() {
            return indicatorsMs / bareScanMs;
        }
    }

    private IndicatorsBenchmark() {}

    /**
     * Fills a store with {@code rows} generated sales lines and the generated reference files,
     * then builds the rollup as the writer does after every import; returns that build's seconds.
     */
    public static double generate(Store store, long rows, int firstYear, int years, long seed) throws SQLException {
        Connection c = store.connection();
        try (PreparedStatement p = c.prepareStatement(Sql.load("/fr/impact/analytics/sql/bench/generate_sales.sql"))) {
            p.setLong(1, rows);
            p.setInt(2, firstYear);
            p.setInt(3, years);
            p.setLong(4, seed);
            p.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            for (String stmt : Sql.load("/fr/impact/analytics/sql/bench/generate_reference.sql").split(";\\s*\\n")) {
                if (!stmt.replaceAll("(?m)^--.*$", "").isBlank()) {
                    s.execute(stmt);
                }
            }
            s.execute("CHECKPOINT");
        }
        long t = System.nanoTime();
        Rollups.rebuild(c);
        return (System.nanoTime() - t) / 1e9;
    }

    public static Result run(Path dir, long rows, int firstYear, int years, int year, long seed)
            throws SQLException, IOException {
        Files.createDirectories(dir);
        Path db = dir.resolve("bench-indicators.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        try (Store store = Store.open(db, "2GB")) {
            Connection c = store.connection();
            long t = System.nanoTime();
            double rollupSeconds = generate(store, rows, firstYear, years, seed);
            double generate = (System.nanoTime() - t) / 1e9;
            Period period = Period.year(year);
            Analytics a = new Analytics(c);
            String bare = Sql.load("/fr/impact/analytics/sql/bench/bare_scan.sql");
            List<Double> ind = new ArrayList<>();
            List<Double> scan = new ArrayList<>();
            for (int i = 0; i < 6; i++) { // the first of each is the warm-up
                long s0 = System.nanoTime();
                a.indicators(period, Filters.NONE);
                double indMs = (System.nanoTime() - s0) / 1e6;
                long s1 = System.nanoTime();
                try (PreparedStatement p = c.prepareStatement(bare)) {
                    p.setDate(1, Date.valueOf(period.from()));
                    p.setDate(2, Date.valueOf(period.to()));
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            r.getBigDecimal(2);
                        }
                    }
                }
                double scanMs = (System.nanoTime() - s1) / 1e6;
                if (i > 0) {
                    ind.add(indMs);
                    scan.add(scanMs);
                }
            }
            // the same document read from the lines alone (no rollup), for comparison
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM rollup_state");
            }
            List<Double> lines = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long s0 = System.nanoTime();
                a.indicators(period, Filters.NONE);
                if (i > 0) {
                    lines.add((System.nanoTime() - s0) / 1e6);
                }
            }
            return new Result(rows, year, median(ind), median(scan), generate, median(lines), rollupSeconds);
        } finally {
            if (!Boolean.getBoolean("impact.bench.keep")) {
                Files.deleteIfExists(db);
                Files.deleteIfExists(Path.of(db + ".wal"));
            }
        }
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
