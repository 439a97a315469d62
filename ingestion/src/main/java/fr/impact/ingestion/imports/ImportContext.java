package fr.impact.ingestion.imports;

import fr.impact.ingestion.profile.MappingProfile;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;

/**
 * What a loader needs to load one file: the writer connection (a transaction is open), the
 * new import's id, the hub, the profile, today's date (future dates are rejected), a
 * scratch folder, and the quarantine collecting what the rows broke.
 */
public record ImportContext(Connection connection, long importId, String hub, MappingProfile profile,
        LocalDate today, Path scratch, Quarantine quarantine, Progress progress) {

    /** Told how far the reader is, for a progress bar. */
    public interface Progress {
        Progress NONE = rows -> { };

        void rows(long rowsRead);
    }
}
