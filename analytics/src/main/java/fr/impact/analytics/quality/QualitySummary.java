package fr.impact.analytics.quality;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Segment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong with the data behind the figures of a period: producers and buyers missing
 * from the reference files, the lines of unknown origin, the warnings of the loaded files,
 * and the quarantined rows with whether a later file has fixed them.
 *
 * @param unknownProducers producers of INCONNU origin, largest amount first
 * @param unknownBuyers buyers missing from the buyers file, largest amount first
 * @param unknownOrigin the lines of INCONNU origin (the sum of {@code unknownProducers})
 * @param warnings warnings of the LOADED imports, by file and code
 * @param quarantineByCode quarantined rows of the LOADED and REFUSED imports, by file and code
 * @param quarantinedRows the quarantined rows themselves, in file and line order (at most the
 *     number asked for: see {@link #rowsTruncated()})
 * @param openRows quarantined rows not fixed since, all of them (not only those listed)
 * @param resolvedRows quarantined rows whose key a later import has accepted, all of them
 */
public record QualitySummary(Period period, Filters filters, List<UnknownProducer> unknownProducers,
        List<UnknownBuyer> unknownBuyers, UnknownOrigin unknownOrigin, List<FileCodeCount> warnings,
        List<FileCodeCount> quarantineByCode, List<QuarantinedRow> quarantinedRows, long openRows,
        long resolvedRows) {

    public QualitySummary {
        requireNonNull(period, "period is null");
        requireNonNull(filters, "filters is null");
        unknownProducers = List.copyOf(unknownProducers);
        unknownBuyers = List.copyOf(unknownBuyers);
        requireNonNull(unknownOrigin, "unknownOrigin is null");
        warnings = List.copyOf(warnings);
        quarantineByCode = List.copyOf(quarantineByCode);
        quarantinedRows = List.copyOf(quarantinedRows);
        if (openRows < 0 || resolvedRows < 0) {
            throw new IllegalArgumentException("negative row count: " + openRows + " open, " + resolvedRows + " resolved");
        }
    }

    /** Every quarantined row, open or resolved. */
    public long quarantinedRowCount() {
        return openRows + resolvedRows;
    }

    /** Whether {@link #quarantinedRows()} lists fewer rows than there are. */
    public boolean rowsTruncated() {
        return quarantinedRows.size() < quarantinedRowCount();
    }

    /**
     * A producer whose lines are of INCONNU origin.
     *
     * @param name the name in the producers file, else on the lines, if any
     * @param knownWithoutCommune in the producers file, but without a commune (otherwise absent from it)
     */
    public record UnknownProducer(String hub, String producerId, Optional<String> name, boolean knownWithoutCommune,
            long lines, BigDecimal totalHt) {

        public UnknownProducer {
            requireNonNull(hub, "hub is null");
            requireNonNull(producerId, "producerId is null");
            requireNonNull(name, "name is null");
            requireNonNull(totalHt, "totalHt is null");
        }
    }

    /**
     * A buyer absent from the buyers file, and the segment its lines were counted in instead
     * (the lines' {@code client_type}, else AUTRE): one entry per segment used.
     *
     * @param name the name on the lines, if any
     */
    public record UnknownBuyer(String hub, String buyerId, Optional<String> name, Segment segment, long lines,
            BigDecimal totalHt) {

        public UnknownBuyer {
            requireNonNull(hub, "hub is null");
            requireNonNull(buyerId, "buyerId is null");
            requireNonNull(name, "name is null");
            requireNonNull(segment, "segment is null");
            requireNonNull(totalHt, "totalHt is null");
        }
    }

    /** The lines of INCONNU origin: how many, how much (equal to the indicators' unknown figures). */
    public record UnknownOrigin(long lines, BigDecimal totalHt) {

        public UnknownOrigin {
            requireNonNull(totalHt, "totalHt is null");
        }
    }

    /**
     * How many findings of one code a file has (warnings), or how many of its rows broke one
     * rule (quarantine).
     *
     * @param kind {@code sales}, {@code producers}, {@code buyers} or {@code territory}
     * @param status {@code LOADED} or {@code REFUSED}
     */
    public record FileCodeCount(long importId, String file, String kind, String status, String code, long count) {

        public FileCodeCount {
            requireNonNull(file, "file is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(status, "status is null");
            requireNonNull(code, "code is null");
        }
    }

    /**
     * A rejected row, as it was in its file.
     *
     * @param key the row's key as shown ({@code facture / ligne} for sales, the id or code
     *     otherwise), if it had one
     * @param codes the rules it broke, in the order they were checked
     * @param messages the French sentences of those rules, in the same order
     * @param resolved a later import has had this key accepted, and that version is current
     */
    public record QuarantinedRow(long importId, String file, String kind, String hub, String status, long line,
            Optional<String> key, String raw, List<String> codes, List<String> messages, boolean resolved) {

        public QuarantinedRow {
            requireNonNull(file, "file is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(hub, "hub is null");
            requireNonNull(status, "status is null");
            requireNonNull(key, "key is null");
            requireNonNull(raw, "raw is null");
            codes = List.copyOf(codes);
            messages = List.copyOf(messages);
        }
    }
}
