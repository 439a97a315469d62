package fr.impact.ingestion;

import fr.impact.ingestion.FileReport.Refusal;
import fr.impact.ingestion.FileReport.Status;
import fr.impact.ingestion.achats.AchatsLoader;
import fr.impact.ingestion.csv.CsvRecordSource;
import fr.impact.ingestion.funding.FundingKind;
import fr.impact.ingestion.funding.FundingLoader;
import fr.impact.ingestion.funding.FundingWorkbook;
import fr.impact.ingestion.imports.ImportContext;
import fr.impact.ingestion.imports.KindLoader;
import fr.impact.ingestion.imports.Quarantine;
import fr.impact.ingestion.profile.MappingProfile;
import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.RecordSource;
import fr.impact.ingestion.read.Sniff;
import fr.impact.ingestion.reference.ReferenceLoader;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Messages;
import fr.impact.ingestion.sales.SalesEngine;
import fr.impact.ingestion.store.Rollups;
import fr.impact.ingestion.store.Store;
import fr.impact.ingestion.teledeclarations.TeledeclarationsLoader;
import fr.impact.ingestion.xlsx.XlsxRecordSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Imports files into the store, one transaction per file: the same content again is
 * {@code UNCHANGED} and writes nothing; a bad row is quarantined; a bad file is refused
 * whole; a crash mid-import leaves the database as it was before that file.
 *
 * <p>Not thread-safe: the store has one writer, and imports run one at a time.
 */
public final class Importer {

    /** Settings that are not per file. */
    public record Settings(long maxFileBytes, Clock clock, Path scratchDir, ImportContext.Progress progress) {
        public static final long DEFAULT_MAX_FILE_BYTES = 2L << 30;

        public static Settings defaults() {
            return new Settings(DEFAULT_MAX_FILE_BYTES, Clock.system(java.time.ZoneId.of("Europe/Paris")),
                    Path.of(System.getProperty("java.io.tmpdir")), ImportContext.Progress.NONE);
        }

        public Settings withClock(Clock c) {
            return new Settings(maxFileBytes, c, scratchDir, progress);
        }

        public Settings withMaxFileBytes(long m) {
            return new Settings(m, clock, scratchDir, progress);
        }

        public Settings withProgress(ImportContext.Progress p) {
            return new Settings(maxFileBytes, clock, scratchDir, p);
        }
    }

    private final Store store;
    private final Settings settings;
    private final SalesEngine salesEngine;

    public Importer(Store store, Settings settings) {
        this(store, settings, SalesEngine.EMBEDDED);
    }

    /** An importer whose sales files are loaded by {@code salesEngine} (e.g. from the Spark job's Parquet). */
    public Importer(Store store, Settings settings, SalesEngine salesEngine) {
        this.store = store;
        this.settings = settings;
        this.salesEngine = java.util.Objects.requireNonNull(salesEngine, "salesEngine is null");
    }

    public Importer(Store store) {
        this(store, Settings.defaults());
    }

    /**
     * Imports a file as the command line names it: for {@code funding}, an XLSX workbook whose
     * sheets are named after the ledger's files ({@code financements}, {@code depenses},
     * {@code versements}, {@code budget}) gives one import per such sheet, reported as
     * {@code file.xlsx#sheet}; any other file (or a sheet chosen with {@code --sheet}) is one import.
     */
    public List<FileReport> importAll(ImportKind kind, Path file, ImportOptions options) throws SQLException {
        if (kind == ImportKind.FUNDING && options.sheet().isEmpty()) {
            List<String> sheets = FundingWorkbook.kindSheets(file);
            if (!sheets.isEmpty()) {
                String name = options.displayName().orElse(file.getFileName().toString());
                List<FileReport> reports = new ArrayList<>();
                for (String sheet : sheets) {
                    reports.add(importFile(kind, file, options.withSheet(sheet).withDisplayName(name + "#" + sheet)));
                }
                return reports;
            }
        }
        return List.of(importFile(kind, file, options));
    }

    /** Imports one file. Never throws for a bad file: the report says REFUSED and why. */
    public FileReport importFile(ImportKind kind, Path file, ImportOptions options) throws SQLException {
        String name = options.displayName().orElse(file.getFileName().toString());
        Connection c = store.connection();
        Sniff sniff;
        try {
            long size = Files.size(file);
            if (size > settings.maxFileBytes()) {
                return refuse(kind, name, options, null, size, null,
                        new FileRefusedException(FileCode.FILE_TOO_LARGE, humanBytes(size),
                                humanBytes(settings.maxFileBytes())), new Quarantine());
            }
            long t = System.nanoTime();
            sniff = Sniff.of(file);
            if (Boolean.getBoolean("impact.timing")) {
                System.err.printf("timing sniff %8.1f ms%n", (System.nanoTime() - t) / 1e6);
            }
        } catch (IOException e) {
            return refuse(kind, name, options, null, 0, null,
                    new FileRefusedException(FileCode.UNREADABLE, String.valueOf(e.getMessage())), new Quarantine());
        }
        // one sheet of a workbook is a content of its own: the sheet is part of its identity
        String identity = options.sheet().map(sheet -> sniff.hash() + "#" + sheet.strip()).orElse(sniff.hash());
        Optional<Long> same = loadedWithSameContent(kind, options.hub(), identity);
        if (same.isPresent()) {
            return new FileReport(name, kind, Status.UNCHANGED, same.get(), 0, 0, 0, List.of(), List.of(),
                    Optional.empty());
        }
        Quarantine quarantine = new Quarantine();
        String description = null;
        Path scratch = null;
        long id = nextId();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Rollups.Change rollup = Rollups.begin(c);
            XlsxRecordSource.requireNoPassword(file, sniff);
            sniff.requireTable();
            Supplier<RecordSource> open = () -> source(file, sniff, options);
            RecordSource source = open.get();
            description = source.description();
            scratch = Files.createTempDirectory(settings.scratchDir(), "impact-import-");
            insertImport(c, id, kind, name, options, sniff, identity, description, "LOADING");
            ImportContext ctx = new ImportContext(c, id, options.hub(), options.profile(),
                    LocalDate.now(settings.clock()), scratch, quarantine, settings.progress());
            KindLoader.Loaded loaded;
            try (source) {
                loaded = loader(kind, open, options, name, sniff.hash()).load(source, ctx);
            }
            if (options.strict() && quarantine.rejectedRows() > 0) {
                throw new FileRefusedException(FileCode.STRICT_REJECTED, String.valueOf(quarantine.rejectedRows()));
            }
            quarantine.save(c, id);
            long commitStart = System.nanoTime();
            finishImport(c, id, "LOADED", loaded.accepted(), quarantine.rejectedRows(), loaded.replaced(),
                    quarantine.warnings().size(), null);
            long rollupStart = System.nanoTime();
            if (kind == ImportKind.SALES) {
                rollup.markMonths(id);
            }
            rollup.finish(kind.rollupScope());
            if (Boolean.getBoolean("impact.timing")) {
                System.err.printf("timing rollup %8.1f ms%n", (System.nanoTime() - rollupStart) / 1e6);
            }
            c.commit();
            if (Boolean.getBoolean("impact.timing")) {
                System.err.printf("timing commit %8.1f ms%n", (System.nanoTime() - commitStart) / 1e6);
            }
            return new FileReport(name, kind, Status.LOADED, id, loaded.accepted(), quarantine.rejectedRows(),
                    loaded.replaced(), quarantine.rejections(), quarantine.warnings(), Optional.empty());
        } catch (FileRefusedException e) {
            c.rollback();
            c.setAutoCommit(auto);
            return refuse(kind, name, options, identity, sniff.size(), description, e, quarantine);
        } catch (UncheckedIOException e) {
            c.rollback();
            c.setAutoCommit(auto);
            return refuse(kind, name, options, identity, sniff.size(), description,
                    new FileRefusedException(FileCode.UNREADABLE, String.valueOf(e.getCause().getMessage())),
                    quarantine);
        } catch (IOException e) {
            c.rollback();
            c.setAutoCommit(auto);
            return refuse(kind, name, options, identity, sniff.size(), description,
                    new FileRefusedException(FileCode.UNREADABLE, String.valueOf(e.getMessage())), quarantine);
        } catch (SQLException | RuntimeException | Error e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
            deleteQuietly(scratch);
        }
    }

    private RecordSource source(Path file, Sniff sniff, ImportOptions options) {
        MappingProfile p = options.profile();
        if (sniff.format() == Sniff.Format.XLSX) {
            return new XlsxRecordSource(file, options.sheet().or(p::sheet));
        }
        return new CsvRecordSource(file, sniff.charset(), sniff.bomLength(), p.delimiter().orElse(null));
    }

    private KindLoader loader(ImportKind kind, Supplier<RecordSource> reopen, ImportOptions options,
            String fileName, String contentHash) {
        return switch (kind) {
            case SALES -> salesEngine.loader(contentHash, reopen);
            case PRODUCERS -> new ReferenceLoader(ReferenceLoader.Spec.PRODUCERS);
            case BUYERS -> new ReferenceLoader(ReferenceLoader.Spec.BUYERS);
            case TERRITORY -> new ReferenceLoader(ReferenceLoader.Spec.TERRITORY);
            case FUNDING -> new FundingLoader(options.sheet().flatMap(FundingKind::ofSheet),
                    FundingKind.ofFileName(fileName));
            case ACHATS -> new AchatsLoader();
            case TELEDECLARATIONS -> new TeledeclarationsLoader();
        };
    }

    /** Records a refused file in the history (nothing else is written) and reports it. */
    private FileReport refuse(ImportKind kind, String name, ImportOptions options, String hash, long size,
            String description, FileRefusedException e, Quarantine quarantine) throws SQLException {
        Connection c = store.connection();
        long id = nextId();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO imports (id, kind, hub, file_name, content_hash, "
                    + "file_size, format, profile, strict, imported_at, status, error_code, error_message) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REFUSED', ?, ?)")) {
                p.setLong(1, id);
                p.setString(2, kind.cliName());
                p.setString(3, options.hub());
                p.setString(4, name);
                p.setString(5, hash == null ? "" : hash);
                p.setLong(6, size);
                p.setString(7, description);
                p.setString(8, options.profile().name());
                p.setBoolean(9, options.strict());
                p.setTimestamp(10, Timestamp.valueOf(LocalDateTime.now(settings.clock())));
                p.setString(11, e.code().name());
                p.setString(12, Messages.of(Messages.FRENCH).of(e.code(), e.args()));
                p.executeUpdate();
            }
            quarantine.save(c, id);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE imports SET rejected = ?, warnings = ? WHERE id = ?")) {
                p.setLong(1, quarantine.rejectedRows());
                p.setLong(2, quarantine.warnings().size());
                p.setLong(3, id);
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException ex) {
            c.rollback();
            throw ex;
        } finally {
            c.setAutoCommit(auto);
        }
        return new FileReport(name, kind, Status.REFUSED, id, 0, quarantine.rejectedRows(), 0,
                quarantine.rejections(), quarantine.warnings(), Optional.of(new Refusal(e.code(), e.args())));
    }

    private Optional<Long> loadedWithSameContent(ImportKind kind, String hub, String hash) throws SQLException {
        try (PreparedStatement p = store.connection().prepareStatement("SELECT min(id) FROM imports "
                + "WHERE kind = ? AND hub = ? AND content_hash = ? AND status = 'LOADED'")) {
            p.setString(1, kind.cliName());
            p.setString(2, hub);
            p.setString(3, hash);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                return r.wasNull() ? Optional.empty() : Optional.of(id);
            }
        }
    }

    private long nextId() throws SQLException {
        try (var s = store.connection().createStatement(); ResultSet r = s.executeQuery("SELECT nextval('import_ids')")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void insertImport(Connection c, long id, ImportKind kind, String name, ImportOptions options, Sniff sniff,
            String identity, String description, String status) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO imports (id, kind, hub, file_name, content_hash, "
                + "file_size, format, profile, strict, imported_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, kind.cliName());
            p.setString(3, options.hub());
            p.setString(4, name);
            p.setString(5, identity);
            p.setLong(6, sniff.size());
            p.setString(7, description + ", " + sniff.encodingName());
            p.setString(8, options.profile().name());
            p.setBoolean(9, options.strict());
            p.setTimestamp(10, Timestamp.valueOf(LocalDateTime.now(settings.clock())));
            p.setString(11, status);
            p.executeUpdate();
        }
    }

    private static void finishImport(Connection c, long id, String status, long accepted, long rejected, long replaced,
            long warnings, String error) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE imports SET status = ?, accepted = ?, rejected = ?, "
                + "replaced = ?, warnings = ?, error_code = ? WHERE id = ?")) {
            p.setString(1, status);
            p.setLong(2, accepted);
            p.setLong(3, rejected);
            p.setLong(4, replaced);
            p.setLong(5, warnings);
            p.setString(6, error);
            p.setLong(7, id);
            p.executeUpdate();
        }
    }

    static String humanBytes(long n) {
        if (n < 1024) {
            return n + " o";
        }
        if (n < 1024 * 1024) {
            return String.format(java.util.Locale.FRANCE, "%.1f Ko", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(java.util.Locale.FRANCE, "%.1f Mo", n / (1024.0 * 1024));
        }
        return String.format(java.util.Locale.FRANCE, "%.2f Go", n / (1024.0 * 1024 * 1024));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a scratch file left in the temp folder is harmless
                }
            });
        } catch (IOException ignored) {
            // idem
        }
    }
}
