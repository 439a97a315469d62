package fr.impact.ingestion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The limit the embedded import is measured against: DuckDB's own typed {@code read_csv} of
 * the same French-format file into a table of a new database file, in its own process.
 * Usage: {@code DuckDbLoad DB_FILE CSV_FILE}; prints the rows loaded.
 */
public final class DuckDbLoad {

    private DuckDbLoad() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(args[0] + ".wal"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '1GB'");
            try (PreparedStatement p = c.prepareStatement(fr.impact.ingestion.store.Sql.load(
                    "/fr/impact/ingestion/sql/bench/duckdb_read_csv.sql"))) {
                p.setString(1, args[1]);
                p.execute();
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sales_raw")) {
                r.next();
                System.out.println(r.getLong(1));
            }
        }
    }
}
