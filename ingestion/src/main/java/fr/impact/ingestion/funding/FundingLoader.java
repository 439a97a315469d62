package fr.impact.ingestion.funding;

import static java.util.Objects.requireNonNull;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads one file of the funding ledger (or one sheet of a workbook). Its kind is the sheet's
 * when the importer read a sheet named after a kind, else the one its header describes
 * ({@link FundingKind#ofHeader}), else the one its file name suggests (then the refusal names
 * the missing column); otherwise the file is refused ({@code UNKNOWN_FUNDING_FILE}). The rows are few: they are checked in memory, written in one
 * batch, and then every earlier current row of the same kind and of the projects the file names
 * is marked replaced by this import.
 */
public final class FundingLoader implements KindLoader {

    private final Optional<FundingKind> forced;
    private final Optional<FundingKind> byName;
    private FundingKind kind;

    /**
     * @param forced the kind, when the sheet's name says it; else the header decides
     * @param byName the kind the file's name suggests, when the header describes none
     */
    public FundingLoader(Optional<FundingKind> forced, Optional<FundingKind> byName) {
        this.forced = requireNonNull(forced, "forced is null");
        this.byName = requireNonNull(byName, "byName is null");
    }

    /** A loader for undoing (which needs no kind). */
    public static FundingLoader forUndo() {
        return new FundingLoader(Optional.empty(), Optional.empty());
    }

    private record Pending(long line, Object[] values) {}

    @Override
    public Loaded load(RecordSource source, ImportContext ctx) throws IOException, SQLException, FileRefusedException {
        Quarantine q = ctx.quarantine();
        FundingRules rules = new FundingRules(ctx.today());
        List<Pending> accepted = new ArrayList<>();
        long[] dataRows = {0};
        RecordSink sink = new RecordSink() {
            HeaderMapping map;
            final List<Finding> row = new ArrayList<>();

            @Override
            public void header(long line, String[] cells) {
                try {
                    kind = forced.or(() -> FundingKind.ofHeader(cells, ctx.profile())).or(() -> byName)
                            .orElseThrow(() -> new FileRefusedException(FileCode.UNKNOWN_FUNDING_FILE, found(cells)));
                    map = HeaderMapping.resolve(line, cells, kind.columns(), ctx.profile(), List.of());
                } catch (FileRefusedException e) {
                    throw new RefusedInSink(e);
                }
                map.warnings().forEach(q::warn);
            }

            @Override
            public void record(long line, String[] cells, int n, CharSequence raw) {
                boolean empty = true;
                for (int i = 0; i < n && empty; i++) {
                    empty = cells[i].isBlank();
                }
                if (empty) {
                    q.emptyRow();
                    return;
                }
                dataRows[0]++;
                ctx.progress().rows(dataRows[0]);
                row.clear();
                if (n != map.width()) {
                    row.add(new Finding(line, "", String.valueOf(n), RowCode.CELL_COUNT, String.valueOf(map.width())));
                    q.reject(line, row, raw, null);
                    return;
                }
                Object[] values = rules.check(kind, line, cells, n, map, row);
                if (values == null) {
                    q.reject(line, row, raw, null);
                } else {
                    q.warnAll(row);
                    accepted.add(new Pending(line, values));
                }
            }
        };
        try {
            source.read(sink);
        } catch (RefusedInSink r) {
            throw r.refusal;
        }
        if (dataRows[0] == 0) {
            throw new FileRefusedException(FileCode.EMPTY_FILE, "");
        }
        if (accepted.isEmpty()) {
            return new Loaded(0, 0);
        }
        Connection c = ctx.connection();
        String table = kind.table();
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("funding", "insert_" + table))) {
            for (Pending row : accepted) {
                p.setLong(1, ctx.importId());
                p.setLong(2, row.line());
                int i = 3;
                for (Object v : row.values()) {
                    p.setObject(i++, v);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("funding", "mark_replaced_" + table))) {
            p.setLong(1, ctx.importId());
            p.setLong(2, ctx.importId());
            p.setLong(3, ctx.importId());
            p.executeUpdate();
        }
        long replaced;
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("funding", "count_replaced_" + table))) {
            p.setLong(1, ctx.importId());
            p.setLong(2, ctx.importId());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                replaced = r.getLong(1);
            }
        }
        return new Loaded(accepted.size(), replaced);
    }

    /** Removes what import {@code id} wrote (whatever its kind) and restores what it replaced. */
    @Override
    public void undo(Connection c, long id) throws SQLException {
        for (FundingKind k : FundingKind.values()) {
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("funding", "undo_restore_" + k.table()))) {
                p.setLong(1, id);
                p.setLong(2, id);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("funding", "undo_delete_" + k.table()))) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
    }

    private static String found(String[] header) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            String s = h.strip();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            if (!s.isEmpty()) {
                names.add(s);
            }
        }
        return names.isEmpty() ? "(aucune / none)" : String.join(", ", names);
    }

    private static final class RefusedInSink extends RuntimeException {
        final FileRefusedException refusal;

        RefusedInSink(FileRefusedException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
