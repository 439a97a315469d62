package fr.impact.ingestion.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads SQL by name from {@code .sql} files on the class path, once: a statement lives in
 * {@code <base>/<feature>/<name>.sql}, values are always bound parameters.
 */
public final class Sql {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Sql() {}

    /** The text of {@code path} (e.g. {@code "/fr/impact/ingestion/sql/sales/mark_replaced.sql"}). */
    public static String load(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = Sql.class.getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("missing SQL file " + p);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An ingestion statement: {@code sql/<feature>/<name>.sql} of this module. */
    public static String ingestion(String feature, String name) {
        return load("/fr/impact/ingestion/sql/" + feature + "/" + name + ".sql");
    }
}
