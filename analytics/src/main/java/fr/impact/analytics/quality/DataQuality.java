package fr.impact.analytics.quality;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import fr.impact.analytics.quality.QualitySummary.FileCodeCount;
import fr.impact.analytics.quality.QualitySummary.QuarantinedRow;
import fr.impact.analytics.quality.QualitySummary.UnknownBuyer;
import fr.impact.analytics.quality.QualitySummary.UnknownOrigin;
import fr.impact.analytics.quality.QualitySummary.UnknownProducer;
import fr.impact.ingestion.model.Segment;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data-quality summary: producers and buyers missing from the reference files, lines of
 * unknown origin (for a period and filters, like every indicator), warnings and quarantined
 * rows (for the files themselves, which have no sale date: only the hub filter applies).
 */
public final class DataQuality {

    /** How many quarantined rows {@link #summary(Period, Filters)} lists. */
    public static final int DEFAULT_MAX_ROWS = 1000;

    private static final String FEATURE = "quality";

    private final Connection c;

    public DataQuality(Connection c) {
        this.c = c;
    }

    /** The whole summary, listing at most {@link #DEFAULT_MAX_ROWS} quarantined rows. */
    public QualitySummary summary(Period p, Filters f) throws SQLException {
        return summary(p, f, DEFAULT_MAX_ROWS);
    }

    /** The whole summary, listing at most {@code maxRows} quarantined rows (the counts cover them all). */
    public QualitySummary summary(Period p, Filters f, int maxRows) throws SQLException {
        Quarantine q = quarantine(f, maxRows);
        return new QualitySummary(p, f, unknownProducers(p, f), unknownBuyers(p, f), unknownOrigin(p, f),
                warnings(f), quarantineByCode(f), q.rows(), q.total() - q.resolved(), q.resolved());
    }

    /** Producers whose lines in the period are of INCONNU origin, largest amount first. */
    public List<UnknownProducer> unknownProducers(Period p, Filters f) throws SQLException {
        List<UnknownProducer> out = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, FEATURE, "unknown_producers_by_producer", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new UnknownProducer(r.getString("hub"), r.getString("producteur_id"),
                        Optional.ofNullable(r.getString("name")), r.getBoolean("in_producers_file"),
                        r.getLong("lines"), r.getBigDecimal("total_ht")));
            }
        }
        return out;
    }

    /** Buyers of the period missing from the buyers file, with the segment used instead. */
    public List<UnknownBuyer> unknownBuyers(Period p, Filters f) throws SQLException {
        List<UnknownBuyer> out = new ArrayList<>();
        try (PreparedStatement s = Queries.prepare(c, FEATURE, "unknown_buyers_by_buyer", p, f);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new UnknownBuyer(r.getString("hub"), r.getString("client_id"),
                        Optional.ofNullable(r.getString("name")), Segment.valueOf(r.getString("segment")),
                        r.getLong("lines"), r.getBigDecimal("total_ht")));
            }
        }
        return out;
    }

    /** The lines of INCONNU origin in the period. */
    public UnknownOrigin unknownOrigin(Period p, Filters f) throws SQLException {
        try (PreparedStatement s = Queries.prepare(c, FEATURE, "unknown_origin_totals", p, f);
                ResultSet r = s.executeQuery()) {
            r.next();
            return new UnknownOrigin(r.getLong("lines"), r.getBigDecimal("total_ht"));
        }
    }

    /** Warnings of the LOADED imports (of the filter's hub), by file and code. */
    public List<FileCodeCount> warnings(Filters f) throws SQLException {
        return fileCodeCounts("warnings_by_code_and_file", f);
    }

    /** Quarantined rows of the LOADED and REFUSED imports (of the filter's hub), by file and code. */
    public List<FileCodeCount> quarantineByCode(Filters f) throws SQLException {
        return fileCodeCounts("quarantine_by_code_and_file", f);
    }

    private List<FileCodeCount> fileCodeCounts(String query, Filters f) throws SQLException {
        List<FileCodeCount> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(Queries.sql(FEATURE, query))) {
            hub(s, 1, f);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new FileCodeCount(r.getLong("import_id"), r.getString("file_name"), r.getString("kind"),
                            r.getString("status"), r.getString("code"), r.getLong("count")));
                }
            }
        }
        return out;
    }

    /** The first {@code maxRows} quarantined rows, and how many there are in all, and resolved. */
    private record Quarantine(List<QuarantinedRow> rows, long total, long resolved) {}

    private Quarantine quarantine(Filters f, int maxRows) throws SQLException {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows is negative: " + maxRows);
        }
        // at least one row is read, to learn the totals; it is dropped when none was asked for
        List<QuarantinedRow> rows = new ArrayList<>();
        long total = 0;
        long resolved = 0;
        try (PreparedStatement s = c.prepareStatement(Queries.sql(FEATURE, "quarantined_rows_by_line"))) {
            hub(s, 1, f);
            s.setLong(2, Math.max(1, maxRows));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    total = r.getLong("total_rows");
                    resolved = r.getLong("resolved_rows");
                    rows.add(new QuarantinedRow(r.getLong("import_id"), r.getString("file_name"), r.getString("kind"),
                            r.getString("hub"), r.getString("status"), r.getLong("line"),
                            Optional.ofNullable(r.getString("row_key")), r.getString("raw"), strings(r.getArray("codes")),
                            strings(r.getArray("messages")), r.getBoolean("resolved")));
                }
            }
        }
        return new Quarantine(maxRows == 0 ? List.of() : rows, total, resolved);
    }

    private static void hub(PreparedStatement s, int i, Filters f) throws SQLException {
        Optional<String> hub = f.hub();
        if (hub.isPresent()) {
            s.setString(i, hub.get());
        } else {
            s.setNull(i, Types.VARCHAR);
        }
    }

    private static List<String> strings(Array a) throws SQLException {
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(String.valueOf(v));
        }
        return out;
    }
}
