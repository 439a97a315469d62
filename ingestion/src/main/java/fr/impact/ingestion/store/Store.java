package fr.impact.ingestion.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB database: one file, created on first use, its schema built and
 * upgraded by the numbered migration files {@code store/migrations/V###__name.sql} at open.
 *
 * <p>DuckDB lets one process open a file read-write, and then no other process may open it
 * at all; inside the process, many connections share it (MVCC). The {@link #connection()}
 * is the writer; {@link #newConnection()} gives readers.
 */
public final class Store implements AutoCloseable {

    /** The migrations, in order. A new schema change is a new file added here. */
    static final List<String> MIGRATIONS = List.of("V001__schema.sql", "V002__analytics_views.sql",
            "V003__funding.sql", "V004__achats.sql", "V005__rollups.sql");

    private static final int ROLLUPS_VERSION = 5;

    private static final Pattern PID = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path file;
    private final DuckDBConnection connection;

    private Store(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the database file and brings its schema up to date.
     *
     * @param memoryLimit DuckDB's memory limit, e.g. {@code "1GB"}, or null for DuckDB's default
     * @throws StoreLockedException when another process holds the file
     */
    public static Store open(Path file, String memoryLimit) throws SQLException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Properties props = new Properties();
        if (memoryLimit != null) {
            props.setProperty("memory_limit", memoryLimit);
        }
        DuckDBConnection c;
        try {
            c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Could not set lock on file")) {
                Matcher m = PID.matcher(message);
                throw new StoreLockedException(file, m.find() ? m.group(1) : null, e);
            }
            throw e;
        }
        Store store = new Store(file, c);
        try {
            store.migrate(latestVersion());
        } catch (SQLException | IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        return store;
    }

    /**
     * Creates a new database file whose schema is that of migration {@code version} exactly
     * (not the latest): a restore loads a backup made at that version into it, then
     * {@link #open} brings it up to date as it would have the original.
     */
    public static Store createAt(Path file, int version) throws SQLException, IOException {
        if (Files.exists(file)) {
            throw new IOException("file already exists: " + file);
        }
        if (version < 1 || version > latestVersion()) {
            throw new IllegalArgumentException("no migration " + version);
        }
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Store store = new Store(file, c);
        try {
            store.migrate(version);
        } catch (SQLException | IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        return store;
    }

    /** The schema version this code builds: its last migration's number. */
    public static int latestVersion() {
        return version(MIGRATIONS.get(MIGRATIONS.size() - 1));
    }

    private static int version(String migration) {
        return Integer.parseInt(migration.substring(1, migration.indexOf("__")));
    }

    /** An in-memory database (tests, one-off computations). */
    public static Store inMemory() throws SQLException, IOException {
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        Store store = new Store(null, c);
        store.migrate(latestVersion());
        return store;
    }

    /** The database file, or null in memory. */
    public Path file() {
        return file;
    }

    /** The writer connection. */
    public DuckDBConnection connection() {
        return connection;
    }

    /** Another connection to the same database (a reader, or a worker thread's). */
    public DuckDBConnection newConnection() throws SQLException {
        return (DuckDBConnection) connection.duplicate();
    }

    /** The schema version now in force. */
    public int schemaVersion() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private void migrate(int upTo) throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        }
        int current = schemaVersion();
        for (String name : MIGRATIONS) {
            int version = version(name);
            if (version <= current || version > upTo) {
                continue;
            }
            String sql = resource("migrations/" + name);
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String statement : statements(sql)) {
                    s.execute(statement);
                }
                try (var p = connection.prepareStatement("INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, name);
                    p.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("Migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
        if (current < ROLLUPS_VERSION) {
            Rollups.rebuild(connection); // a new database, or one from before the rollup
        }
    }

    /** Splits a script on semicolons that end a line, dropping comment lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Store.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
