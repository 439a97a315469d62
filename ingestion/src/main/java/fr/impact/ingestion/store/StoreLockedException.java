package fr.impact.ingestion.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Another process holds the database file (DuckDB allows one read-write process per file):
 * most likely the dashboard ({@code bin/impact serve}), which then owns imports.
 */
public final class StoreLockedException extends SQLException {

    private final Path file;
    private final String pid;

    StoreLockedException(Path file, String pid, SQLException cause) {
        super("database file is locked by another process: " + file, cause);
        this.file = file;
        this.pid = pid;
    }

    public Path file() {
        return file;
    }

    /** The process holding the file, when DuckDB says. */
    public Optional<String> pid() {
        return Optional.ofNullable(pid);
    }
}
