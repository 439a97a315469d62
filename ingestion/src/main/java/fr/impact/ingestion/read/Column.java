package fr.impact.ingestion.read;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A column of an input format: its canonical name, whether it is required, and the other
 * headers accepted for it (compared with {@link fr.impact.ingestion.rules.Keys#normalize}).
 */
public record Column(String name, boolean required, List<String> aliases) {

    public Column {
        requireNonNull(name, "name is null");
        aliases = List.copyOf(aliases);
    }

    public static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }
}
