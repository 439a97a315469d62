package fr.impact.dashboard.hostile;

import fr.impact.dashboard.hostile.HostileCorpus.Entry;
import fr.impact.dashboard.hostile.HostileCorpus.Expected;
import fr.impact.dashboard.hostile.HostileCorpus.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks one corpus file's outcome, the same way for the command line and the upload
 * endpoint: the {@code ingest --json} document against {@link Expected}, the text shown to the
 * user, and the database (nothing written for a refused file, exactly the accepted rows for a
 * loaded one). Returns what is wrong, so that one run lists every failure.
 */
public final class HostileChecks {

    /** A Java exception or error name, or a stack frame. */
    private static final Pattern JAVA_TRACE = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b|\\n\\s*at [\\w$.]+\\(|\\bjava\\.[a-z]+\\.|\\bCaused by\\b");
    /** English words in a message: allowed only after the French text, as "français / english". */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|is not|cannot|file|archive contains|expands)\\b");
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("fr.impact.ingestion.messages", Locale.FRENCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private HostileChecks() {}

    /** Rows per base table of the store. */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        for (String table : new java.util.TreeSet<>(tables(c).keySet())) {
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT '").append(table).append("', count(*) FROM ")
                    .append(table);
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    /** Text that must not reach a user: a Java exception name or a stack trace. */
    public static List<String> checkText(String where, String text) {
        var m = JAVA_TRACE.matcher(text);
        return m.find() ? List.of(where + " : trace Java « " + m.group() + " » dans la sortie") : List.of();
    }

    /**
     * Checks the {@code files[0]} entry of an ingest document and the store after it.
     *
     * @param before {@link #counts} before the import
     * @param fileName the name the report must give
     */
    public static List<String> check(Entry e, JsonNode document, String fileName, Connection c, Map<String, Long> before)
            throws SQLException {
        List<String> failures = new ArrayList<>();
        Expected x = e.expected();
        String who = e.name();
        JsonNode files = document.get("files");
        if (files == null || files.size() != 1) {
            failures.add(who + " : un document avec une entrée attendu, reçu " + document);
            return failures;
        }
        JsonNode f = files.get(0);
        String status = f.get("status").asString();
        if (!status.equals(x.outcome().name())) {
            failures.add(who + " : statut " + status + " au lieu de " + x.outcome() + " — " + describe(f));
            return failures;
        }
        if (!f.get("file").asString().equals(fileName)) {
            failures.add(who + " : nom enregistré « " + f.get("file").asString() + " » au lieu de « " + fileName + " »");
        }
        Set<String> rejections = codes(f.get("rejections"));
        if (!rejections.equals(x.rejections())) {
            failures.add(who + " : codes de rejet " + rejections + " au lieu de " + new TreeSet<>(x.rejections()));
        }
        long id = f.get("import_id").asLong();
        if (x.outcome() == Outcome.REFUSED) {
            JsonNode error = f.get("error");
            String code = error.get("code").asString();
            if (!code.equals(x.error())) {
                failures.add(who + " : refusé pour " + code + " au lieu de " + x.error() + " — " + error.get("message").asString());
            }
            failures.addAll(checkMessage(who, code, error.get("message").asString()));
        } else {
            if (!f.get("error").isNull()) {
                failures.add(who + " : une erreur sur un fichier chargé : " + f.get("error"));
            }
            if (f.get("accepted").asLong() != x.accepted() || f.get("rejected").asLong() != x.rejected()) {
                failures.add(who + " : " + f.get("accepted").asLong() + " acceptée(s), " + f.get("rejected").asLong()
                        + " rejetée(s) au lieu de " + x.accepted() + " et " + x.rejected());
            }
            Set<String> warnings = codes(f.get("warning_list"));
            if (!warnings.equals(x.warnings())) {
                failures.add(who + " : avertissements " + warnings + " au lieu de " + new TreeSet<>(x.warnings()));
            }
        }
        for (JsonNode r : f.get("rejections")) {
            failures.addAll(checkMessage(who + " ligne " + r.get("line").asLong(), null, r.get("message").asString()));
        }
        failures.addAll(checkStore(e, c, before, id));
        return failures;
    }

    /**
     * An upload refused before any import (HTTP 400): its error code, a French sentence, and
     * the store exactly as before (not even a history row).
     */
    public static List<String> checkNotImported(Entry e, JsonNode document, Connection c, Map<String, Long> before)
            throws SQLException {
        List<String> failures = new ArrayList<>();
        JsonNode error = document.get("error");
        if (error == null || !e.uploadError().equals(error.get("code").asString())) {
            failures.add(e.name() + " : erreur " + e.uploadError() + " attendue, reçu " + document);
            return failures;
        }
        String message = error.get("message").asString();
        if (!message.startsWith("L'envoi du fichier est illisible")) {
            failures.add(e.name() + " : message inattendu : " + message);
        }
        failures.addAll(checkText(e.name(), message));
        Map<String, Long> after = counts(c);
        if (!after.equals(before)) {
            failures.add(e.name() + " : la base a changé : " + before + " → " + after);
        }
        return failures;
    }

    /** One French sentence (or several, on one line), from the French catalogue, no English alone, no trace. */
    private static List<String> checkMessage(String who, String fileCode, String message) {
        List<String> failures = new ArrayList<>();
        if (message == null || message.isBlank()) {
            failures.add(who + " : message vide");
            return failures;
        }
        if (message.contains("\n") || message.contains("\r")) {
            failures.add(who + " : message sur plusieurs lignes : " + message);
        }
        if (message.length() > 2_000) {
            failures.add(who + " : message de " + message.length() + " caractères");
        }
        failures.addAll(checkText(who, message));
        if (fileCode != null) {
            String template = FRENCH.getString("file." + fileCode);
            String start = template.substring(0, Math.max(0, template.indexOf('{')));
            if (!message.startsWith(start)) {
                failures.add(who + " : le message ne commence pas par la phrase française « " + start + " » : " + message);
            }
            String french = message.contains(" / ") ? message.substring(0, message.indexOf(" / ")) : message;
            var m = ENGLISH.matcher(french);
            if (m.find()) {
                failures.add(who + " : de l'anglais sans français dans le message (« " + m.group() + " ») : " + message);
            }
        }
        for (int i = 0; i < message.length(); i++) {
            char ch = message.charAt(i);
            if (Character.getType(ch) == Character.CONTROL || ch >= '\u202A' && ch <= '\u202E'
                    || ch >= '\u2066' && ch <= '\u2069') {
                failures.add(who + " : caractère de contrôle U+" + String.format("%04X", (int) ch) + " dans le message");
                break;
            }
        }
        return failures;
    }

    /**
     * Refused: every table as before, except the import's own history row (REFUSED) and the
     * rejections it lists. Loaded: the history row, exactly {@code accepted} data rows written
     * by the import, {@code rejected} rows in quarantine, every other row as before.
     */
    private static List<String> checkStore(Entry e, Connection c, Map<String, Long> before, long id) throws SQLException {
        List<String> failures = new ArrayList<>();
        Expected x = e.expected();
        String who = e.name();
        long written = 0;
        // the rollup is derived from the lines by the importer: it must match them, whatever happened
        if (!fr.impact.ingestion.store.Rollups.current(c)) {
            failures.add(who + " : l'agrégat des ventes (sales_rollup) ne correspond plus aux lignes");
        }
        Map<String, long[]> split = split(c, id);
        for (String table : split.keySet()) {
            long others = split.get(table)[0];
            long mine = split.get(table)[1];
            if (others != before.getOrDefault(table, 0L)) {
                failures.add(who + " : la table " + table + " est passée de " + before.get(table) + " à " + others
                        + " lignes hors de l'import " + id);
            }
            switch (table) {
                case "imports" -> {
                    String status = string(c, "SELECT status FROM imports WHERE id = ?", id);
                    if (mine != 1 || !x.outcome().name().equals(status)) {
                        failures.add(who + " : l'historique enregistre l'import " + id + " comme " + status);
                    }
                }
                case "findings" -> { }
                case "quarantine_rows" -> {
                    if (x.outcome() == Outcome.LOADED && mine != x.rejected()) {
                        failures.add(who + " : " + mine + " ligne(s) en quarantaine au lieu de " + x.rejected());
                    }
                }
                default -> written += mine;
            }
        }
        long expected = x.outcome() == Outcome.LOADED ? x.accepted() : 0;
        if (written != expected) {
            failures.add(who + " : " + written + " ligne(s) de données écrites par l'import au lieu de " + expected);
        }
        if (x.outcome() == Outcome.LOADED && x.probe().isPresent()) {
            String value = string(c, x.probe().get().sql(), id);
            if (!x.probe().get().expected().equals(value)) {
                failures.add(who + " : valeur enregistrée « " + visible(value) + " » au lieu de « "
                        + visible(x.probe().get().expected()) + " »");
            }
        }
        return failures;
    }

    /** Control characters made visible, for failure messages. */
    static String visible(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.length() > 300 ? b.substring(0, 300) + "…" : b.toString();
    }

    private static String describe(JsonNode f) {
        String s = f.get("error").isNull() ? f.get("accepted") + " acceptée(s), " + f.get("rejected") + " rejetée(s) "
                + codes(f.get("rejections")) : f.get("error").get("code").asString() + " : " + f.get("error").get("message").asString();
        return visible(s);
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> codes = new TreeSet<>();
        for (JsonNode r : list) {
            codes.add(r.get("code").asString());
        }
        return codes;
    }

    /**
     * Per base table: its rows that are not the import's, and the import's (its history row
     * for {@code imports}, rows whose {@code import_id} is the import's elsewhere; 0 for a
     * table without {@code import_id}). One query.
     */
    private static Map<String, long[]> split(Connection c, long id) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (var t : new java.util.TreeMap<>(tables(c)).entrySet()) {
            String key = t.getKey().equals("imports") ? "id" : "import_id";
            boolean perImport = t.getKey().equals("imports") || t.getValue();
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT '").append(t.getKey()).append("', ")
                    .append(perImport ? "count(*) FILTER (WHERE " + key + " <> " + id + "), count(*) FILTER (WHERE "
                            + key + " = " + id + ")" : "count(*), 0")
                    .append(" FROM ").append(t.getKey());
        }
        Map<String, long[]> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            while (r.next()) {
                out.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
            }
        }
        return out;
    }

    /** Tables the importer derives from the lines (checked by {@code Rollups.current}, not counted). */
    private static final Set<String> DERIVED = Set.of("sales_rollup", "sales_first_dates", "rollup_state");

    /** The store's schema does not change during a run: read once. */
    private static volatile Map<String, Boolean> tables;

    /** The base tables of the store, each with whether it has an {@code import_id} column. */
    private static Map<String, Boolean> tables(Connection c) throws SQLException {
        Map<String, Boolean> known = HostileChecks.tables;
        if (known != null) {
            return known;
        }
        Map<String, Boolean> tables = new java.util.TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT t.table_name, "
                + "bool_or(col.column_name = 'import_id') FROM information_schema.tables t "
                + "JOIN information_schema.columns col ON col.table_schema = t.table_schema AND col.table_name = t.table_name "
                + "WHERE t.table_schema = 'main' AND t.table_type = 'BASE TABLE' GROUP BY t.table_name")) {
            while (r.next()) {
                tables.put(r.getString(1), r.getBoolean(2));
            }
        }
        tables.keySet().removeAll(DERIVED);
        HostileChecks.tables = Map.copyOf(tables);
        return HostileChecks.tables;
    }

    private static String string(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
