package fr.impact.ingestion.achats;

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
import fr.impact.ingestion.xlsx.XlsxRecordSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Loads a ma-cantine purchase file: the header must be exactly ma-cantine's
 * ({@link AchatsHeader}); each row is checked by {@link AchatsRules}. A CSV row whose cells are
 * all empty is rejected ({@code EMPTY_ROW}, ma-cantine's "ligne vide"), a CSV row with another
 * number of cells too; in XLSX, missing cells are empty values and wholly empty rows are
 * skipped. Accepted purchases are written in batches; files add up, as in ma-cantine.
 */
public final class AchatsLoader implements KindLoader {

    private static final int BATCH = 5_000;

    private record Pending(long line, Purchase purchase) {}

    @Override
    public Loaded load(RecordSource source, ImportContext ctx) throws IOException, SQLException, FileRefusedException {
        Quarantine q = ctx.quarantine();
        boolean xlsx = source instanceof XlsxRecordSource;
        List<Pending> pending = new ArrayList<>();
        long[] counts = {0, 0}; // data rows, accepted
        SQLException[] failure = {null};
        Connection c = ctx.connection();
        try (PreparedStatement insert = c.prepareStatement(Sql.ingestion("achats", "insert_purchase"))) {
            RecordSink sink = new RecordSink() {
                AchatsRules rules;
                final List<Finding> row = new ArrayList<>();
                final String[] padded = new String[AchatsHeader.WIDTH];

                @Override
                public void header(long line, String[] cells) {
                    AchatsHeader.Result checked = AchatsHeader.check(line, cells, xlsx);
                    if (!checked.errors().isEmpty()) {
                        checked.errors().forEach(q::addRejection);
                        throw new RefusedInSink(AchatsHeader.refusal(checked));
                    }
                    rules = new AchatsRules(checked.key());
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
                    if (empty && xlsx) {
                        q.emptyRow();
                        return;
                    }
                    counts[0]++;
                    ctx.progress().rows(counts[0]);
                    row.clear();
                    if (empty) {
                        row.add(Finding.of(line, "", "", RowCode.EMPTY_ROW));
                        q.reject(line, row, raw, null);
                        return;
                    }
                    int width = n;
                    if (xlsx) {
                        while (width > AchatsHeader.WIDTH && cells[width - 1].isBlank()) {
                            width--;
                        }
                    }
                    if (width > AchatsHeader.WIDTH || (!xlsx && width != AchatsHeader.WIDTH)) {
                        row.add(new Finding(line, "", String.valueOf(n), RowCode.CELL_COUNT,
                                String.valueOf(AchatsHeader.WIDTH)));
                        q.reject(line, row, raw, null);
                        return;
                    }
                    Arrays.fill(padded, "");
                    System.arraycopy(cells, 0, padded, 0, width);
                    Optional<Purchase> p = rules.check(line, padded, row);
                    if (p.isEmpty()) {
                        q.reject(line, row, raw, null);
                        return;
                    }
                    counts[1]++;
                    pending.add(new Pending(line, p.get()));
                    if (pending.size() >= BATCH) {
                        try {
                            flush(insert, ctx.importId(), pending);
                        } catch (SQLException e) {
                            failure[0] = e;
                        }
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
            flush(insert, ctx.importId(), pending);
        }
        return new Loaded(counts[1], 0);
    }

    private static void flush(PreparedStatement p, long importId, List<Pending> pending) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        for (Pending row : pending) {
            Purchase x = row.purchase();
            p.setLong(1, importId);
            p.setLong(2, row.line());
            p.setString(3, x.siret().orElse(null));
            if (x.cantineId().isPresent()) {
                p.setLong(4, x.cantineId().get());
            } else {
                p.setNull(4, Types.BIGINT);
            }
            p.setString(5, x.description());
            p.setString(6, x.fournisseur().orElse(null));
            p.setDate(7, Date.valueOf(x.date()));
            p.setBigDecimal(8, x.prixHt());
            p.setString(9, x.famille());
            p.setString(10, String.join(",", x.categories()));
            p.setString(11, x.origine().orElse(null));
            p.setBoolean(12, x.circuitCourt());
            p.setBoolean(13, x.local());
            p.setString(14, x.definitionLocal().orElse(null));
            if (x.definitionLocalKm().isPresent()) {
                p.setBigDecimal(15, x.definitionLocalKm().get());
            } else {
                p.setNull(15, Types.DECIMAL);
            }
            p.addBatch();
        }
        p.executeBatch();
        pending.clear();
    }

    @Override
    public void undo(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("achats", "undo_delete"))) {
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
