package fr.impact.dashboard.backup;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What a backup directory holds, written last as {@code manifest.json}: when and by which
 * version it was made, the schema migration it is at, each table's row count and
 * fingerprint, and the size and SHA-256 of every file.
 *
 * @param format {@link #FORMAT}
 * @param createdAt when the backup was made
 * @param appVersion the version of Impact that made it
 * @param duckdbVersion the DuckDB library that made it (fingerprints are its hashes)
 * @param schemaVersion the database's last migration
 * @param source the database file backed up
 * @param sequences each sequence's next value
 * @param tables every base table, by name
 * @param files every file of the directory but the manifest
 */
public record Manifest(String format, OffsetDateTime createdAt, String appVersion, String duckdbVersion,
        int schemaVersion, String source, Map<String, Long> sequences, List<Table> tables, List<File> files) {

    public static final String FORMAT = "impact-sauvegarde/1";

    /** One table: its file, rows and fingerprint (the sum of its rows' hashes). */
    public record Table(String name, String file, long rows, BigInteger fingerprint) {
        public Table {
            requireNonNull(name, "name is null");
            requireNonNull(file, "file is null");
            requireNonNull(fingerprint, "fingerprint is null");
        }
    }

    /** One file of the directory. */
    public record File(String name, long bytes, String sha256) {
        public File {
            requireNonNull(name, "name is null");
            requireNonNull(sha256, "sha256 is null");
        }
    }

    public Manifest {
        requireNonNull(format, "format is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(appVersion, "appVersion is null");
        requireNonNull(duckdbVersion, "duckdbVersion is null");
        requireNonNull(source, "source is null");
        sequences = Map.copyOf(sequences);
        tables = List.copyOf(tables);
        files = List.copyOf(files);
    }

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    public long totalBytes() {
        return files.stream().mapToLong(File::bytes).sum();
    }

    public Optional<File> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The manifest as a JSON document (maps keep their order). */
    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", format);
        doc.put("created_at", createdAt.toString());
        doc.put("app_version", appVersion);
        doc.put("duckdb_version", duckdbVersion);
        doc.put("schema_version", schemaVersion);
        doc.put("source", source);
        doc.put("sequences", new LinkedHashMap<>(new java.util.TreeMap<>(sequences)));
        List<Object> t = new ArrayList<>();
        for (Table table : tables) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", table.name());
            m.put("file", table.file());
            m.put("rows", table.rows());
            // a string: the sum of 64-bit hashes exceeds what a JSON reader's double keeps exactly
            m.put("fingerprint", table.fingerprint().toString());
            t.add(m);
        }
        doc.put("tables", t);
        List<Object> f = new ArrayList<>();
        for (File file : files) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", file.name());
            m.put("bytes", file.bytes());
            m.put("sha256", file.sha256());
            f.add(m);
        }
        doc.put("files", f);
        return doc;
    }

    /** The manifest file's text: the document, indented for a person reading it. */
    public String json() {
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document()) + "\n";
    }

    /**
     * Reads a manifest's text.
     *
     * @throws IllegalArgumentException with what is wrong, when it is not a manifest of this format
     */
    public static Manifest parse(String text) {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String format = text(doc, "format");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format " + format + ", expected " + FORMAT);
        }
        OffsetDateTime created;
        try {
            created = OffsetDateTime.parse(text(doc, "created_at"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created_at: " + e.getMessage());
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        JsonNode seq = doc.get("sequences");
        if (seq != null && seq.isObject()) {
            for (var e : seq.properties()) {
                sequences.put(e.getKey(), e.getValue().asLong());
            }
        }
        List<Table> tables = new ArrayList<>();
        for (JsonNode t : array(doc, "tables")) {
            String fingerprint = text(t, "fingerprint");
            if (!fingerprint.matches("[0-9]+")) {
                throw new IllegalArgumentException("fingerprint of " + text(t, "name") + ": " + fingerprint);
            }
            tables.add(new Table(text(t, "name"), text(t, "file"), number(t, "rows"), new BigInteger(fingerprint)));
        }
        List<File> files = new ArrayList<>();
        for (JsonNode f : array(doc, "files")) {
            files.add(new File(text(f, "name"), number(f, "bytes"), text(f, "sha256")));
        }
        return new Manifest(format, created, text(doc, "app_version"), text(doc, "duckdb_version"),
                (int) number(doc, "schema_version"), text(doc, "source"), sequences, tables, files);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isString()) {
            throw new IllegalArgumentException("missing text field " + field);
        }
        return v.asString();
    }

    private static long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new IllegalArgumentException("missing whole number field " + field);
        }
        return v.asLong();
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("missing list field " + field);
        }
        return v;
    }
}
