package fr.impact.ingestion.store;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Fingerprint} of every base table of a database: what the crash tests compare
 * ("exactly the state before, or after") and what a backup's manifest records and a restore
 * checks. Computed in one read transaction when the caller holds one.
 */
public final class Fingerprints {

    private Fingerprints() {}

    /** Every base table's fingerprint, by table name, every column included. */
    public static Map<String, Fingerprint> of(Connection c) throws SQLException {
        return of(c, Set.of());
    }

    /**
     * Every base table's fingerprint, by table name, leaving out the columns named
     * {@code table.column} in {@code ignored} (e.g. {@code imports.imported_at}, a wall-clock
     * time that two runs of the same import cannot share).
     */
    public static Map<String, Fingerprint> of(Connection c, Set<String> ignored) throws SQLException {
        Map<String, Fingerprint> out = new LinkedHashMap<>();
        for (String table : tables(c)) {
            out.put(table, of(c, table, ignored));
        }
        return out;
    }

    /** One table's fingerprint, leaving out its columns named {@code table.column} in {@code ignored}. */
    public static Fingerprint of(Connection c, String table, Set<String> ignored) throws SQLException {
        List<String> excluded = new ArrayList<>();
        for (String column : ignored) {
            if (column.startsWith(table + ".")) {
                excluded.add(quote(column.substring(table.length() + 1)));
            }
        }
        String sql = Sql.load("/fr/impact/ingestion/sql/store/fingerprint.sql")
                .replace("{exclude}", excluded.isEmpty() ? "" : "EXCLUDE (" + String.join(", ", excluded) + ")")
                .replace("{table}", quote(table));
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new Fingerprint(table, r.getLong(1), new BigInteger(r.getString(2)));
        }
    }

    /** The base tables, by name. */
    public static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(Sql.load("/fr/impact/ingestion/sql/store/tables.sql"))) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** A DuckDB identifier, quoted. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
