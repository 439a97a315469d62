package fr.impact.ingestion.teledeclarations;

import fr.impact.ingestion.imports.ImportContext;
import fr.impact.ingestion.imports.KindLoader;
import fr.impact.ingestion.imports.Quarantine;
import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.RecordSink;
import fr.impact.ingestion.read.RecordSource;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import fr.impact.ingestion.store.Sql;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads a {@code campagne_td_YYYY.csv} file of ma-cantine's open data. Its columns are found by
 * their exact names (other columns are ignored); a row needs a {@code year}; ratios, when given,
 * are fractions in [0, 1] with a decimal point. A file replaces the current declarations of the
 * years it holds, so loading a corrected campaign does not count it twice.
 */
public final class TeledeclarationsLoader implements KindLoader {

    /** The columns read, in the order of the table's columns. */
    public static final List<String> COLUMNS = List.of("year", "canteen_siret", "canteen_name",
            "canteen_city_insee_code", "canteen_pat_list", "canteen_department", "teledeclaration_ratio_bio",
            "teledeclaration_ratio_egalim_hors_bio");

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern FRACTION = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @Override
    public Loaded load(RecordSource source, ImportContext ctx) throws IOException, SQLException, FileRefusedException {
        Quarantine q = ctx.quarantine();
        Connection c = ctx.connection();
        long[] counts = {0, 0}; // data rows, accepted
        SQLException[] failure = {null};
        // the appender: tens of thousands of rows; every value is checked before it is appended
        try (DuckDBAppender insert = c.unwrap(DuckDBConnection.class).createAppender("teledeclarations")) {
            RecordSink sink = new RecordSink() {
                final int[] index = new int[COLUMNS.size()];
                int width;
                final List<Finding> row = new ArrayList<>();

                @Override
                public void header(long line, String[] cells) {
                    width = cells.length;
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < cells.length; i++) {
                        String s = cells[i].strip();
                        names.add(i == 0 && s.startsWith("\uFEFF") ? s.substring(1).strip() : s);
                    }
                    for (int j = 0; j < COLUMNS.size(); j++) {
                        index[j] = names.indexOf(COLUMNS.get(j));
                        if (index[j] < 0) {
                            throw new RefusedInSink(new FileRefusedException(FileCode.MISSING_COLUMN, COLUMNS.get(j),
                                    String.join(", ", names)));
                        }
                    }
                }

                @Override
                public void record(long line, String[] cells, int n, CharSequence raw) {
                    if (failure[0] != null) {
                        return;
                    }
                    boolean empty = true;
                    for (int i = 0; i < n && empty; i++) {
                        empty = cells[i].isBlank();
                    }
                    if (empty) {
                        q.emptyRow();
                        return;
                    }
                    counts[0]++;
                    ctx.progress().rows(counts[0]);
                    row.clear();
                    if (n != width) {
                        row.add(new Finding(line, "", String.valueOf(n), RowCode.CELL_COUNT, String.valueOf(width)));
                        q.reject(line, row, raw, null);
                        return;
                    }
                    String year = cells[index[0]].strip();
                    if (year.isEmpty()) {
                        row.add(Finding.of(line, "year", cells[index[0]], RowCode.MISSING_VALUE));
                    } else if (!YEAR.matcher(year).matches()) {
                        row.add(new Finding(line, "year", cells[index[0]], RowCode.DECIMAL_POINT_FORMAT, "2023"));
                    }
                    BigDecimal bio = fraction(line, COLUMNS.get(6), cells[index[6]], row);
                    BigDecimal egalim = fraction(line, COLUMNS.get(7), cells[index[7]], row);
                    if (!row.isEmpty()) {
                        q.reject(line, row, raw, null);
                        return;
                    }
                    try {
                        insert.beginRow();
                        insert.append(ctx.importId());
                        insert.append(line);
                        insert.append(Integer.parseInt(year));
                        for (int j = 1; j <= 5; j++) {
                            String v = cells[index[j]].strip();
                            if (v.isEmpty()) {
                                insert.appendNull();
                            } else {
                                insert.append(v);
                            }
                        }
                        appendDecimal(insert, bio);
                        appendDecimal(insert, egalim);
                        insert.appendNull(); // replaced_by
                        insert.endRow();
                        counts[1]++;
                    } catch (SQLException e) {
                        failure[0] = e;
                    }
                }
            };
            try {
                source.read(sink);
            } catch (RefusedInSink r) {
                throw r.refusal;
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            if (counts[0] == 0) {
                throw new FileRefusedException(FileCode.EMPTY_FILE, "");
            }
            insert.flush();
        }
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("teledeclarations", "mark_replaced"))) {
            p.setLong(1, ctx.importId());
            p.setLong(2, ctx.importId());
            p.setLong(3, ctx.importId());
            p.executeUpdate();
        }
        long replaced;
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("teledeclarations", "count_replaced"))) {
            p.setLong(1, ctx.importId());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                replaced = r.getLong(1);
            }
        }
        return new Loaded(counts[1], replaced);
    }

    private static BigDecimal fraction(long line, String column, String cell, List<Finding> out) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (!FRACTION.matcher(s).matches()) {
            out.add(new Finding(line, column, cell, RowCode.DECIMAL_POINT_FORMAT, "0.2665"));
            return null;
        }
        BigDecimal v = new BigDecimal(s);
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            out.add(new Finding(line, column, cell, RowCode.RATIO_OUT_OF_RANGE, "0 – 1"));
            return null;
        }
        return v;
    }

    private static void appendDecimal(DuckDBAppender a, BigDecimal v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.setScale(4, java.math.RoundingMode.HALF_UP));
        }
    }

    @Override
    public void undo(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("teledeclarations", "undo_restore"))) {
            p.setLong(1, id);
            p.setLong(2, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("teledeclarations", "undo_delete"))) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    private static final class RefusedInSink extends RuntimeException {
        final FileRefusedException refusal;

        RefusedInSink(FileRefusedException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
