package fr.impact.ingestion.imports;

import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.Messages;
import fr.impact.ingestion.rules.RowCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a file's rows broke: the rejections (each rejected row counted once, its raw text
 * kept exactly as in the file) and the warnings. Written to the store with the import.
 */
public final class Quarantine {

    /** A rejected row: where, its key if it has one, its text as in the file. */
    public record Row(long line, String key, String raw) {}

    private final List<Finding> rejections = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private long emptyRows;

    /** A rejected row with the rules it broke (and any warnings found on it). */
    public void reject(long line, List<Finding> findings, CharSequence raw, String key) {
        for (Finding f : findings) {
            (f.isRejection() ? rejections : warnings).add(f);
        }
        rows.add(new Row(line, key, raw.toString()));
    }

    /** Another broken rule on a row already rejected (or about to be, see {@link #rejectLate}). */
    public void addRejection(Finding f) {
        rejections.add(f);
    }

    /** A row accepted at first and rejected afterwards (a duplicate key found in the store). */
    public void rejectLate(long line, String key, String raw) {
        rows.add(new Row(line, key, raw));
    }

    public void warn(Finding f) {
        warnings.add(f);
    }

    public void warnAll(List<Finding> fs) {
        for (Finding f : fs) {
            if (!f.isRejection()) {
                warnings.add(f);
            }
        }
    }

    public void emptyRow() {
        emptyRows++;
    }

    public long rejectedRows() {
        return rows.size();
    }

    /** Rejections in line order (a row's several rules in the order they were checked). */
    public List<Finding> rejections() {
        List<Finding> out = new ArrayList<>(rejections);
        out.sort(Comparator.comparingLong(Finding::line));
        return out;
    }

    /** Warnings in line order, the skipped empty rows counted in one warning. */
    public List<Finding> warnings() {
        List<Finding> out = new ArrayList<>(warnings);
        if (emptyRows > 0) {
            out.add(new Finding(0, "", String.valueOf(emptyRows), RowCode.EMPTY_ROWS_SKIPPED, ""));
        }
        out.sort(Comparator.comparingLong(Finding::line));
        return out;
    }

    /** Writes the quarantined rows and every finding, inside the caller's transaction. */
    public void save(Connection c, long importId) throws SQLException {
        Messages fr = Messages.of(Messages.FRENCH);
        Messages en = Messages.of(Messages.ENGLISH);
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO quarantine_rows (import_id, line, row_key, raw) VALUES (?, ?, ?, ?)")) {
            List<Row> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparingLong(Row::line));
            for (Row r : sorted) {
                p.setLong(1, importId);
                p.setLong(2, r.line());
                p.setString(3, r.key());
                p.setString(4, r.raw());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO findings (import_id, line, column_name, value, "
                + "code, expected, rejection, message_fr, message_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (List<Finding> list : List.of(rejections(), warnings())) {
                for (Finding f : list) {
                    p.setLong(1, importId);
                    p.setLong(2, f.line());
                    p.setString(3, f.column());
                    p.setString(4, f.value());
                    p.setString(5, f.code().name());
                    p.setString(6, f.expected());
                    p.setBoolean(7, f.isRejection());
                    p.setString(8, fr.of(f));
                    p.setString(9, en.of(f));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }
}
