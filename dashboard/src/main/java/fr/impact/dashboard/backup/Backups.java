package fr.impact.dashboard.backup;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.store.Fingerprint;
import fr.impact.ingestion.store.Fingerprints;
import fr.impact.ingestion.store.Sql;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Backups of the database as a self-describing directory, and restoring one.
 *
 * <p>A backup is one Parquet file per table, written in one read transaction (a consistent
 * snapshot: the server keeps serving pages while it runs), then {@code manifest.json}, written
 * last. DuckDB's own {@code EXPORT DATABASE} is not used: its {@code schema.sql} creates the
 * {@code filtered_sales} macro before the views it reads, so {@code IMPORT DATABASE} fails on
 * this schema. A restore instead builds the schema with the application's own migrations, up
 * to the backup's version, loads each table from its file, sets the sequences, checks every
 * table's fingerprint against the manifest, and only then puts the new file in place; the next
 * open brings an older backup's schema up to date as it would the original database.
 */
public final class Backups {

    public static final String MANIFEST = "manifest.json";

    /** The columns that say when an import ran: two runs of the same import differ only there. */
    public static final Set<String> WALL_CLOCK_COLUMNS = Set.of("imports.imported_at", "imports.undone_at");

    private static final DateTimeFormatter KEPT = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** A file of a backup: a table's file, in the directory itself (never a path elsewhere). */
    private static final Pattern FILE_NAME = Pattern.compile("[a-z][a-z0-9_]*\\.parquet");

    /** Why a backup or a restore is refused: a code (its sentence is in the texts) and its values. */
    public static final class Refused extends Exception {

        /** Each refusal. */
        public enum Code {
            /** The backup directory exists and holds files. */
            DIRECTORY_NOT_EMPTY,
            /** No manifest.json in the directory. */
            NOT_A_BACKUP,
            /** manifest.json is not a manifest of this format. */
            MANIFEST_INVALID,
            /** A file the manifest lists is missing. */
            FILE_MISSING,
            /** A file's size or SHA-256 is not the manifest's. */
            CHECKSUM_MISMATCH,
            /** The backup's schema is newer than this code's. */
            SCHEMA_NEWER,
            /** The target database holds data and --force was not given. */
            TARGET_NOT_EMPTY,
            /** After loading, a table's rows or fingerprint differ from the manifest's. */
            VERIFICATION_FAILED
        }

        private final Code code;
        private final List<String> args;

        public Refused(Code code, String... args) {
            super(code + " " + String.join(" ", args), null, false, false);
            this.code = code;
            this.args = List.of(args);
        }

        public Code code() {
            return code;
        }

        public List<String> args() {
            return args;
        }
    }

    /**
     * A finished restore.
     *
     * @param manifest the backup's manifest
     * @param database the restored database file
     * @param previous where the database it replaced was kept, if there was one with data
     * @param schemaVersion the schema version after opening (migrations applied)
     * @param verified each table's fingerprint as loaded, all equal to the backup's
     * @param seconds how long the restore took
     */
    public record Restored(Manifest manifest, Path database, Optional<Path> previous, int schemaVersion,
            Map<String, Fingerprint> verified, double seconds) {}

    private final String appVersion;
    private final Clock clock;

    public Backups(String appVersion, Clock clock) {
        this.appVersion = requireNonNull(appVersion, "appVersion is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Writes a backup of the store's committed state into {@code dir} (created if needed; it
     * must be empty). Runs on the store's writer connection, in one transaction.
     */
    public Manifest write(Store store, Path dir) throws SQLException, IOException, Refused {
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new Refused(Refused.Code.DIRECTORY_NOT_EMPTY, dir.toString());
                }
            }
        }
        Files.createDirectories(dir);
        Path absolute = dir.toAbsolutePath();
        OffsetDateTime created = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Connection c = store.connection();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        List<Manifest.Table> tables = new ArrayList<>();
        int schema;
        String duckdb;
        Map<String, Long> sequences;
        try {
            schema = scalarInt(c, "SELECT coalesce(max(version), 0) FROM schema_version");
            duckdb = duckdbVersion(c);
            sequences = sequences(c);
            for (String table : Fingerprints.tables(c)) {
                if (!TABLE_NAME.matcher(table).matches()) {
                    throw new SQLException("unexpected table name: " + table);
                }
                Fingerprint f = Fingerprints.of(c, table, Set.of());
                String file = table + ".parquet";
                try (Statement s = c.createStatement()) {
                    s.execute(sql("copy_table_to_parquet").replace("{table}", quote(table))
                            .replace("{file}", literal(absolute.resolve(file).toString())));
                }
                tables.add(new Manifest.Table(table, file, f.rows(), f.hash()));
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        List<Manifest.File> files = new ArrayList<>();
        for (Manifest.Table t : tables) {
            Path p = dir.resolve(t.file());
            files.add(new Manifest.File(t.file(), Files.size(p), sha256(p)));
        }
        Manifest m = new Manifest(Manifest.FORMAT, created, appVersion, duckdb, schema,
                store.file() == null ? "" : store.file().toAbsolutePath().toString(), sequences, tables, files);
        Path tmp = dir.resolve(MANIFEST + ".tmp");
        Files.writeString(tmp, m.json(), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
        return m;
    }

    /** The manifest of a backup directory, its files checked against it (sizes and SHA-256). */
    public static Manifest check(Path dir) throws IOException, Refused {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new Refused(Refused.Code.NOT_A_BACKUP, dir.toString());
        }
        Manifest m;
        try {
            m = Manifest.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.nio.charset.MalformedInputException e) {
            throw new Refused(Refused.Code.MANIFEST_INVALID, file.toString(), String.valueOf(e.getMessage()));
        }
        for (Manifest.Table t : m.tables()) {
            if (!TABLE_NAME.matcher(t.name()).matches() || !t.file().equals(t.name() + ".parquet")
                    || m.file(t.file()).isEmpty()) {
                throw new Refused(Refused.Code.MANIFEST_INVALID, file.toString(), "table " + t.name());
            }
        }
        for (Manifest.File f : m.files()) {
            if (!FILE_NAME.matcher(f.name()).matches()) {
                throw new Refused(Refused.Code.MANIFEST_INVALID, file.toString(), "file " + f.name());
            }
            Path p = dir.resolve(f.name());
            if (!Files.isRegularFile(p)) {
                throw new Refused(Refused.Code.FILE_MISSING, f.name());
            }
            if (Files.size(p) != f.bytes() || !sha256(p).equals(f.sha256())) {
                throw new Refused(Refused.Code.CHECKSUM_MISMATCH, f.name());
            }
        }
        return m;
    }

    /**
     * Restores the backup in {@code dir} as the database {@code target}: refused when the
     * backup does not check out, when its schema is newer than this code's, or when the target
     * holds data and {@code force} is false; with {@code force}, the previous file is kept
     * beside it as {@code <name>.avant-restauration-<date>}.
     *
     * @throws fr.impact.ingestion.store.StoreLockedException when another process (the server) holds the target
     */
    public Restored restore(Path dir, Path target, boolean force, String memoryLimit)
            throws SQLException, IOException, Refused {
        long start = System.nanoTime();
        Manifest m = check(dir);
        if (m.schemaVersion() > Store.latestVersion() || m.schemaVersion() < 1) {
            throw new Refused(Refused.Code.SCHEMA_NEWER, String.valueOf(m.schemaVersion()),
                    String.valueOf(Store.latestVersion()));
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path building = target.resolveSibling(target.getFileName() + ".restauration-en-cours");
        deleteDatabase(building);
        boolean targetHasData = false;
        // the target stays open (locked) until the new file is ready: no server may start on it meanwhile
        Store held = Files.exists(target) ? Store.open(target, memoryLimit) : null;
        try {
            if (held != null) {
                targetHasData = hasData(held.connection());
                if (targetHasData && !force) {
                    throw new Refused(Refused.Code.TARGET_NOT_EMPTY, target.toString());
                }
            }
            Map<String, Fingerprint> loaded = build(dir, m, building);
            if (held != null) {
                held.close();
                held = null;
            }
            Optional<Path> previous = Optional.empty();
            if (Files.exists(target)) {
                if (targetHasData) {
                    Path kept = target.resolveSibling(target.getFileName() + ".avant-restauration-"
                            + LocalDateTime.now(clock).format(KEPT));
                    Files.move(target, kept);
                    Path wal = Path.of(target + ".wal");
                    if (Files.exists(wal)) {
                        Files.move(wal, Path.of(kept + ".wal"));
                    }
                    previous = Optional.of(kept);
                } else {
                    deleteDatabase(target);
                }
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            int schema;
            try (Store restored = Store.open(target, memoryLimit)) {
                schema = restored.schemaVersion();
            }
            return new Restored(m, target, previous, schema, loaded, (System.nanoTime() - start) / 1e9);
        } finally {
            if (held != null) {
                held.close();
            }
            deleteDatabase(building);
        }
    }

    /** Loads the backup into a new file at its schema version and checks every table. */
    private static Map<String, Fingerprint> build(Path dir, Manifest m, Path file)
            throws SQLException, IOException, Refused {
        try (Store store = Store.createAt(file, m.schemaVersion())) {
            Connection c = store.connection();
            List<String> schemaTables = Fingerprints.tables(c);
            List<String> backedUp = m.tables().stream().map(Manifest.Table::name).toList();
            if (!new java.util.TreeSet<>(schemaTables).equals(new java.util.TreeSet<>(backedUp))) {
                throw new Refused(Refused.Code.MANIFEST_INVALID, dir.resolve(MANIFEST).toString(),
                        "tables " + backedUp + " ≠ " + schemaTables);
            }
            Path absolute = dir.toAbsolutePath();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (Manifest.Table t : m.tables()) {
                    // the new schema's own rows (schema_version) give way to the backup's
                    s.execute("DELETE FROM " + quote(t.name()));
                    s.execute(sql("load_table_from_parquet").replace("{table}", quote(t.name()))
                            .replace("{file}", literal(absolute.resolve(t.file()).toString())));
                }
                for (var e : m.sequences().entrySet()) {
                    for (String statement : sql("restart_sequence").split(";\\s*\\n")) {
                        if (!statement.isBlank()) {
                            s.execute(statement.replace("{sequence}", quote(e.getKey()))
                                    .replace("{start}", String.valueOf(e.getValue())));
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            c.setAutoCommit(true);
            boolean sameHash = m.duckdbVersion().equals(duckdbVersion(c));
            Map<String, Fingerprint> loaded = Fingerprints.of(c);
            for (Manifest.Table t : m.tables()) {
                Fingerprint f = loaded.get(t.name());
                // another DuckDB may hash differently: then the backup's own file, read here, is the reference
                BigInteger expected = sameHash ? t.fingerprint()
                        : parquetHash(c, absolute.resolve(t.file()));
                if (f.rows() != t.rows() || !f.hash().equals(expected)) {
                    throw new Refused(Refused.Code.VERIFICATION_FAILED, t.name(), String.valueOf(t.rows()),
                            String.valueOf(f.rows()));
                }
            }
            return loaded;
        }
    }

    private static boolean hasData(Connection c) throws SQLException {
        for (String table : Fingerprints.tables(c)) {
            if (table.equals("schema_version")) {
                continue;
            }
            if (scalarInt(c, "SELECT count(*) FROM (SELECT 1 FROM " + quote(table) + " LIMIT 1)") > 0) {
                return true;
            }
        }
        return false;
    }

    private static BigInteger parquetHash(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                sql("parquet_fingerprint").replace("{file}", literal(file.toString())))) {
            r.next();
            return new BigInteger(r.getString(2));
        }
    }

    private static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(Sql.load("/fr/impact/ingestion/sql/store/sequences.sql"))) {
            while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
            }
        }
        return out;
    }

    static String duckdbVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version()")) {
            r.next();
            return r.getString(1);
        }
    }

    private static int scalarInt(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The SHA-256 of a file, in lower-case hexadecimal. */
    public static String sha256(Path file) throws IOException {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                d.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void deleteDatabase(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".wal"));
    }

    private static String sql(String name) {
        return Sql.load("/sql/backup/" + name + ".sql");
    }

    /** A DuckDB identifier, quoted. */
    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A DuckDB string literal (a file path: COPY and read_parquet take no bound parameter here). */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
