package fr.impact.ingestion.sales;

import fr.impact.ingestion.imports.ImportContext;
import fr.impact.ingestion.imports.KindLoader;
import fr.impact.ingestion.imports.Quarantine;
import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.HeaderMapping;
import fr.impact.ingestion.read.RecordSink;
import fr.impact.ingestion.read.RecordSource;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import fr.impact.ingestion.store.Sql;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads a hub sales export: streams it through {@link SalesRules}, stages the valid lines
 * for DuckDB's bulk reader, sets aside keys seen twice in the file (both rows), and
 * supersedes the current versions of keys the file repeats.
 */
public final class SalesLoader implements KindLoader {

    private final Supplier<RecordSource> reopen;
    private final int chunkRows;

    /** @param reopen opens the same file again (to fetch the raw text of rows found ambiguous late) */
    public SalesLoader(Supplier<RecordSource> reopen) {
        this(reopen, StagingWriter.DEFAULT_CHUNK_ROWS);
    }

    SalesLoader(Supplier<RecordSource> reopen, int chunkRows) {
        this.reopen = reopen;
        this.chunkRows = chunkRows;
    }

    @Override
    public Loaded load(RecordSource source, ImportContext ctx) throws IOException, SQLException, FileRefusedException {
        Connection c = ctx.connection();
        fr.impact.ingestion.imports.Timing timing = new fr.impact.ingestion.imports.Timing();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS bad_keys (line BIGINT, facture VARCHAR, ligne INTEGER)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS dup_lines (line BIGINT)");
            s.execute("DELETE FROM bad_keys");
            s.execute("DELETE FROM dup_lines");
        }
        Quarantine q = ctx.quarantine();
        SalesRules rules = new SalesRules(ctx.today());
        boolean rank = ctx.profile().deriveLineRank();
        List<String> derived = rank ? List.of("ligne") : List.of();
        List<long[]> badKeyLines = new ArrayList<>();
        List<String[]> badKeys = new ArrayList<>();
        long[] dataRows = {0};
        KeyHashes keys = new KeyHashes();
        try (StagingWriter staging = new StagingWriter(c, ctx.importId(), ctx.hub(), ctx.scratch(), chunkRows)) {
            RecordSink sink = new RecordSink() {
                HeaderMapping map;
                final Map<String, Integer> ranks = new HashMap<>();
                final List<Finding> row = new ArrayList<>();

                @Override
                public void header(long line, String[] cells) {
                    try {
                        map = HeaderMapping.resolve(line, cells, SalesFormat.COLUMNS, ctx.profile(), derived);
                    } catch (FileRefusedException e) {
                        throw new Refused(e);
                    }
                    map.warnings().forEach(q::warn);
                }

                @Override
                public void record(long line, String[] cells, int n, CharSequence raw) {
                    if (allEmpty(cells, n)) {
                        q.emptyRow();
                        return;
                    }
                    dataRows[0]++;
                    String derivedLigne = null;
                    if (rank) {
                        derivedLigne = String.valueOf(ranks.merge(SalesRules.facture(cells, n, map), 1, Integer::sum));
                    }
                    row.clear();
                    SaleLine sale = rules.check(line, cells, n, map, derivedLigne, row);
                    if (sale != null) {
                        keys.add(sale.facture(), sale.ligne());
                        q.warnAll(row);
                        try {
                            staging.write(sale);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    } else {
                        String key = n == map.width() ? SalesRules.key(cells, n, map, derivedLigne) : null;
                        q.reject(line, row, raw, key);
                        if (key != null) {
                            int sep = key.indexOf('\u0000');
                            badKeyLines.add(new long[] {line});
                            badKeys.add(new String[] {key.substring(0, sep), key.substring(sep + 1)});
                            keys.add(key.substring(0, sep), Integer.parseInt(key.substring(sep + 1)));
                        }
                    }
                    if ((dataRows[0] & 0x3FFF) == 0) {
                        ctx.progress().rows(dataRows[0]);
                    }
                }
            };
            try {
                source.read(sink);
            } catch (Refused r) {
                throw r.cause;
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            timing.phase("parse+rules+stage");
            staging.finish();
            timing.phase("load tail");
        }
        if (dataRows[0] == 0) {
            throw new FileRefusedException(FileCode.EMPTY_FILE, "");
        }
        long accepted = keys.anyRepeated() ? rejectDuplicates(c, ctx, badKeyLines, badKeys) : countLoaded(c, ctx.importId());
        timing.phase("duplicates");
        long replaced;
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "mark_replaced"))) {
            p.setLong(1, ctx.importId());
            p.setLong(2, ctx.importId());
            p.setString(3, ctx.hub());
            p.setLong(4, ctx.importId());
            replaced = p.executeUpdate();
        }
        timing.phase("mark replaced");
        return new Loaded(accepted, replaced);
    }

    /** Both (all) rows of a key seen twice are rejected; returns the rows left accepted. */
    private long rejectDuplicates(Connection c, ImportContext ctx, List<long[]> badKeyLines, List<String[]> badKeys)
            throws SQLException, IOException, FileRefusedException {
        if (!badKeys.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bad_keys VALUES (?, ?, ?)")) {
                for (int i = 0; i < badKeys.size(); i++) {
                    p.setLong(1, badKeyLines.get(i)[0]);
                    p.setString(2, badKeys.get(i)[0]);
                    p.setInt(3, Integer.parseInt(badKeys.get(i)[1]));
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        Quarantine q = ctx.quarantine();
        Set<Long> lateLines = new HashSet<>();
        Map<Long, String> lateKeys = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "duplicate_keys"))) {
            p.setLong(1, ctx.importId());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String facture = r.getString(1);
                    int ligne = r.getInt(2);
                    Long[] lines = longs(r.getArray(3));
                    Boolean[] valid = bools(r.getArray(4));
                    for (int i = 0; i < lines.length; i++) {
                        List<String> others = new ArrayList<>();
                        for (int j = 0; j < lines.length; j++) {
                            if (j != i) {
                                others.add(String.valueOf(lines[j]));
                            }
                        }
                        q.addRejection(new Finding(lines[i], "ligne", facture + " / " + ligne, RowCode.DUPLICATE_KEY,
                                String.join(", ", others)));
                        if (valid[i]) {
                            lateLines.add(lines[i]);
                            lateKeys.put(lines[i], facture + '\u0000' + ligne);
                        }
                    }
                }
            }
        }
        if (!lateLines.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO dup_lines VALUES (?)")) {
                for (Long l : lateLines) {
                    p.setLong(1, l);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "delete_lines"))) {
                p.setLong(1, ctx.importId());
                p.executeUpdate();
            }
            // fetch the raw text of those rows: a second pass over the file, only when needed
            try (RecordSource again = reopen.get()) {
                again.read(new RecordSink() {
                    @Override
                    public void header(long line, String[] cells) {}

                    @Override
                    public void record(long line, String[] cells, int n, CharSequence raw) {
                        if (lateLines.contains(line)) {
                            q.rejectLate(line, lateKeys.get(line), raw.toString());
                        }
                    }
                });
            }
        }
        return countLoaded(c, ctx.importId());
    }

    private static long countLoaded(Connection c, long importId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM sale_lines WHERE import_id = ?")) {
            p.setLong(1, importId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Override
    public void undo(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "undo_restore"))) {
            p.setLong(1, id);
            p.setLong(2, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "undo_delete"))) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    static boolean allEmpty(String[] cells, int n) {
        for (int i = 0; i < n; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Long[] longs(Array a) throws SQLException {
        Object[] o = (Object[]) a.getArray();
        Long[] out = new Long[o.length];
        for (int i = 0; i < o.length; i++) {
            out[i] = ((Number) o[i]).longValue();
        }
        return out;
    }

    private static Boolean[] bools(Array a) throws SQLException {
        Object[] o = (Object[]) a.getArray();
        Boolean[] out = new Boolean[o.length];
        for (int i = 0; i < o.length; i++) {
            out[i] = (Boolean) o[i];
        }
        return out;
    }

    /** Carries a refusal out of the sink callback. */
    static final class Refused extends RuntimeException {
        final FileRefusedException cause;

        Refused(FileRefusedException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
