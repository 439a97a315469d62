package fr.impact.analytics.local;

import static java.util.Objects.requireNonNull;

/** One group of a breakdown: its key (a month {@code 2024-03}, a segment code, {@code hub/id}…), its label, its totals. */
public record Group(String key, String label, OriginTotals totals) {
    public Group {
        requireNonNull(key, "key is null");
        requireNonNull(label, "label is null");
        requireNonNull(totals, "totals is null");
    }
}
