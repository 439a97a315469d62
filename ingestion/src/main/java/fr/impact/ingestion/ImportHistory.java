package fr.impact.ingestion;

import fr.impact.ingestion.funding.FundingLoader;
import fr.impact.ingestion.reference.ReferenceLoader;
import fr.impact.ingestion.sales.SalesLoader;
import fr.impact.ingestion.store.Rollups;
import fr.impact.ingestion.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The list of imports, and undoing one. */
public final class ImportHistory {

    /** One import as listed. */
    public record Entry(long id, String kind, String hub, String file, String hash, LocalDateTime importedAt,
            String status, long accepted, long rejected, long replaced, long warnings,
            Optional<String> errorCode, Optional<String> errorMessage, Optional<LocalDateTime> undoneAt) {}

    /** Why an import cannot be undone. */
    public static final class UndoRefused extends Exception {
        private final String code;

        UndoRefused(String code, String message) {
            super(message);
            this.code = code;
        }

        /** {@code UNKNOWN_IMPORT} or {@code NOT_LOADED}. */
        public String code() {
            return code;
        }
    }

    private final Store store;
    private final java.time.Clock clock;

    public ImportHistory(Store store) {
        this(store, java.time.Clock.system(java.time.ZoneId.of("Europe/Paris")));
    }

    public ImportHistory(Store store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every import, newest first. */
    public List<Entry> list() throws SQLException {
        return query("SELECT id, kind, hub, file_name, content_hash, imported_at, status, accepted, rejected, replaced, "
                + "warnings, error_code, error_message, undone_at FROM imports ORDER BY id DESC", -1);
    }

    public Optional<Entry> get(long id) throws SQLException {
        List<Entry> l = query("SELECT id, kind, hub, file_name, content_hash, imported_at, status, accepted, rejected, "
                + "replaced, warnings, error_code, error_message, undone_at FROM imports WHERE id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private List<Entry> query(String sql, long id) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            if (id >= 0) {
                p.setLong(1, id);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Timestamp undone = r.getTimestamp(14);
                    out.add(new Entry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getTimestamp(6).toLocalDateTime(), r.getString(7), r.getLong(8), r.getLong(9),
                            r.getLong(10), r.getLong(11), Optional.ofNullable(r.getString(12)),
                            Optional.ofNullable(r.getString(13)),
                            Optional.ofNullable(undone).map(Timestamp::toLocalDateTime)));
                }
            }
        }
        return out;
    }

    /**
     * Undoes a loaded import, in one transaction: removes the rows it wrote, restores the
     * versions it replaced, drops its quarantine, and marks it UNDONE.
     */
    public Entry undo(long id) throws SQLException, UndoRefused {
        Entry e = get(id).orElseThrow(() -> new UndoRefused("UNKNOWN_IMPORT", String.valueOf(id)));
        if (!e.status().equals("LOADED")) {
            throw new UndoRefused("NOT_LOADED", e.status());
        }
        Connection c = store.connection();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            ImportKind kind = ImportKind.parse(e.kind()).orElseThrow();
            Rollups.Change rollup = Rollups.begin(c);
            if (kind == ImportKind.SALES) {
                rollup.markMonths(id); // before its lines go and the ones it replaced come back
            }
            switch (kind) {
                case SALES -> new SalesLoader(() -> null).undo(c, id);
                case PRODUCERS -> new ReferenceLoader(ReferenceLoader.Spec.PRODUCERS).undo(c, id);
                case BUYERS -> new ReferenceLoader(ReferenceLoader.Spec.BUYERS).undo(c, id);
                case TERRITORY -> new ReferenceLoader(ReferenceLoader.Spec.TERRITORY).undo(c, id);
                case FUNDING -> FundingLoader.forUndo().undo(c, id);
                case ACHATS -> new fr.impact.ingestion.achats.AchatsLoader().undo(c, id);
                case TELEDECLARATIONS -> new fr.impact.ingestion.teledeclarations.TeledeclarationsLoader().undo(c, id);
            }
            for (String sql : List.of("DELETE FROM quarantine_rows WHERE import_id = ?",
                    "DELETE FROM findings WHERE import_id = ?")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setLong(1, id);
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE imports SET status = 'UNDONE', undone_at = ? WHERE id = ?")) {
                p.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock)));
                p.setLong(2, id);
                p.executeUpdate();
            }
            rollup.finish(kind.rollupScope());
            c.commit();
        } catch (SQLException | RuntimeException ex) {
            c.rollback();
            throw ex;
        } finally {
            c.setAutoCommit(auto);
        }
        return get(id).orElseThrow();
    }
}
