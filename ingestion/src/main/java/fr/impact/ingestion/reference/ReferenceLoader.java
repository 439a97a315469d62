package fr.impact.ingestion.reference;

import fr.impact.ingestion.imports.ImportContext;
import fr.impact.ingestion.imports.KindLoader;
import fr.impact.ingestion.imports.Quarantine;
import fr.impact.ingestion.read.Column;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a reference file: producers and buyers are upserted by id within their hub (a later
 * file updates names, communes, segments), a territory file replaces the whole territory.
 * Every version is kept so an import can be undone. A value longer than {@value #MAX_TEXT}
 * characters rejects its row. Reference files are small: the rows
 * are checked in memory, then written in one batch.
 */
public final class ReferenceLoader implements KindLoader {

    /** One kind of reference file. */
    public enum Spec {
        PRODUCERS("producers", List.of(
                Column.required("producteur_id", "code producteur", "id producteur", "code"),
                Column.required("nom", "producteur", "nom producteur", "raison sociale"),
                Column.required("commune_insee", "commune", "code insee", "insee", "code commune"),
                Column.optional("siret"),
                Column.optional("latitude", "lat"),
                Column.optional("longitude", "lon", "lng"),
                Column.optional("bio", "agriculture biologique"),
                Column.optional("date_adhesion", "adhésion", "date d'adhésion"))),
        BUYERS("buyers", List.of(
                Column.required("client_id", "code client", "id client", "code"),
                Column.required("nom", "client", "nom client", "raison sociale"),
                Column.required("type", "segment", "type client", "type de client"),
                Column.optional("siret"),
                Column.optional("commune_insee", "commune", "code insee", "insee", "code commune"),
                Column.optional("latitude", "lat"),
                Column.optional("longitude", "lon", "lng"),
                Column.optional("repas_par_jour", "repas/jour", "nombre de repas par jour", "repas"))),
        TERRITORY("territory", List.of(
                Column.required("code", "code insee", "code commune", "commune", "département", "departement"),
                Column.required("niveau", "level", "zone"),
                Column.optional("nom", "libellé", "name")));

        final String sqlName;
        final List<Column> columns;

        Spec(String sqlName, List<Column> columns) {
            this.sqlName = sqlName;
            this.columns = columns;
        }
    }

    /** The longest text a cell may hold, as in the sales and funding files. */
    static final int MAX_TEXT = 1000;

    private final Spec spec;

    public ReferenceLoader(Spec spec) {
        this.spec = spec;
    }

    private record Pending(long line, String key, String raw, Object[] values) {}

    @Override
    public Loaded load(RecordSource source, ImportContext ctx) throws IOException, SQLException, FileRefusedException {
        Quarantine q = ctx.quarantine();
        Map<String, List<Pending>> byKey = new LinkedHashMap<>();
        long[] dataRows = {0};
        RecordSink sink = new RecordSink() {
            HeaderMapping map;
            final List<Finding> row = new ArrayList<>();

            @Override
            public void header(long line, String[] cells) {
                try {
                    map = HeaderMapping.resolve(line, cells, spec.columns, ctx.profile(), List.of());
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
                row.clear();
                if (n != map.width()) {
                    row.add(new Finding(line, "", String.valueOf(n), RowCode.CELL_COUNT, String.valueOf(map.width())));
                    q.reject(line, row, raw, null);
                    return;
                }
                Object[] values = check(line, cells, n, map, row);
                String key = map.value(cells, n, 0);
                if (values == null) {
                    q.reject(line, row, raw, key.isEmpty() ? null : key);
                    if (!key.isEmpty()) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Pending(line, key, null, null));
                    }
                } else {
                    q.warnAll(row);
                    byKey.computeIfAbsent((String) values[0], k -> new ArrayList<>())
                            .add(new Pending(line, (String) values[0], raw.toString(), values));
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
        List<Pending> accepted = new ArrayList<>();
        for (List<Pending> same : byKey.values()) {
            if (same.size() == 1) {
                if (same.get(0).values() != null) {
                    accepted.add(same.get(0));
                }
                continue;
            }
            for (Pending p : same) {
                List<String> others = new ArrayList<>();
                for (Pending o : same) {
                    if (o != p) {
                        others.add(String.valueOf(o.line()));
                    }
                }
                q.addRejection(new Finding(p.line(), spec.columns.get(0).name(), p.key(), RowCode.DUPLICATE_KEY,
                        String.join(", ", others)));
                if (p.values() != null) {
                    q.rejectLate(p.line(), p.key(), p.raw());
                }
            }
        }
        Connection c = ctx.connection();
        long replaced = 0;
        if (!accepted.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("reference", "insert_" + spec.sqlName))) {
                for (Pending row : accepted) {
                    p.setLong(1, ctx.importId());
                    p.setLong(2, row.line());
                    int i = 3;
                    if (spec != Spec.TERRITORY) {
                        p.setString(i++, ctx.hub());
                    }
                    for (Object v : row.values()) {
                        p.setObject(i++, v);
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("reference", "mark_replaced_" + spec.sqlName))) {
                p.setLong(1, ctx.importId());
                p.setLong(2, ctx.importId());
                if (spec != Spec.TERRITORY) {
                    p.setString(3, ctx.hub());
                    p.setLong(4, ctx.importId());
                } else {
                    p.setLong(3, ctx.importId());
                }
                replaced = p.executeUpdate();
            }
            if (spec == Spec.TERRITORY) {
                // replaced = the file's codes that were already listed
                try (PreparedStatement p = c.prepareStatement(Sql.ingestion("reference", "count_replaced_territory"))) {
                    p.setLong(1, ctx.importId());
                    p.setLong(2, ctx.importId());
                    try (var r = p.executeQuery()) {
                        r.next();
                        replaced = r.getLong(1);
                    }
                }
            }
        }
        return new Loaded(accepted.size(), replaced);
    }

    /** The values to insert, in column order, or null when a rule is broken. */
    private Object[] check(long line, String[] cells, int n, HeaderMapping map, List<Finding> f) {
        int before = f.size();
        List<Column> cols = spec.columns;
        Object[] v = new Object[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            String text = map.value(cells, n, c);
            Column col = cols.get(c);
            if (text.isEmpty()) {
                if (col.required()) {
                    f.add(Finding.of(line, col.name(), "", RowCode.MISSING_VALUE));
                }
                continue;
            }
            if (text.length() > MAX_TEXT) {
                f.add(new Finding(line, col.name(), text, RowCode.TEXT_TOO_LONG, String.valueOf(MAX_TEXT)));
                continue;
            }
            v[c] = switch (col.name()) {
                case "commune_insee" -> ReferenceRules.commune(line, col.name(), text, f);
                case "code" -> spec == Spec.TERRITORY ? ReferenceRules.territoryCode(line, col.name(), text, f) : text;
                case "siret" -> ReferenceRules.siret(line, col.name(), text, f);
                case "latitude" -> ReferenceRules.coordinate(line, col.name(), text, 90, f);
                case "longitude" -> ReferenceRules.coordinate(line, col.name(), text, 180, f);
                case "bio" -> ReferenceRules.yesNo(line, col.name(), text, f);
                case "date_adhesion" -> ReferenceRules.date(line, col.name(), text, f);
                case "type" -> nameOf(ReferenceRules.segment(line, col.name(), text, f));
                case "niveau" -> nameOf(ReferenceRules.level(line, col.name(), text, f));
                case "repas_par_jour" -> ReferenceRules.count(line, col.name(), text, f);
                default -> text;
            };
        }
        for (int i = before; i < f.size(); i++) {
            if (f.get(i).isRejection()) {
                return null;
            }
        }
        return v;
    }

    private static String nameOf(Enum<?> e) {
        return e == null ? null : e.name();
    }

    @Override
    public void undo(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("reference", "undo_restore_" + spec.sqlName))) {
            p.setLong(1, id);
            p.setLong(2, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("reference", "undo_delete_" + spec.sqlName))) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    static final class RefusedInSink extends RuntimeException {
        final FileRefusedException refusal;

        RefusedInSink(FileRefusedException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
