package fr.impact.ingestion;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What happened to one file: the {@code files[]} entry of {@code ingest --json}.
 *
 * @param importId the import's id (for UNCHANGED, the earlier import with the same content)
 * @param rejections one entry per broken rule, in line order
 * @param warningList the warnings (unknown columns, price mismatches, skipped empty rows…)
 * @param error for REFUSED: why
 */
public record FileReport(String file, ImportKind kind, Status status, long importId, long accepted, long rejected,
        long replaced, List<Finding> rejections, List<Finding> warningList, Optional<Refusal> error) {

    public enum Status { LOADED, UNCHANGED, REFUSED }

    /** Why a file was refused: a code and its message arguments. */
    public record Refusal(FileCode code, List<String> args) {
        public Refusal {
            requireNonNull(code, "code is null");
            args = List.copyOf(args);
        }
    }

    public FileReport {
        requireNonNull(file, "file is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(status, "status is null");
        rejections = List.copyOf(rejections);
        warningList = List.copyOf(warningList);
        requireNonNull(error, "error is null");
    }

    public long warnings() {
        return warningList.size();
    }
}
