package fr.impact.ingestion.model;

import fr.impact.ingestion.rules.Keys;
import java.util.Optional;

/**
 * A producer's origin level. The territory file lists {@code PARC} and {@code PROCHE}; the
 * two others are resolved at query time: listed nowhere → {@code ELOIGNE}, producer unknown
 * or without commune → {@code INCONNU}. Local = {@code PARC} or {@code PROCHE}.
 */
public enum OriginLevel {
    PARC, PROCHE, ELOIGNE, INCONNU;

    public boolean isLocal() {
        return this == PARC || this == PROCHE;
    }

    /** Only the two levels a territory file may list. */
    public static Optional<OriginLevel> parseTerritoryLevel(String text) {
        String k = Keys.normalize(text);
        if (k.equals("parc")) {
            return Optional.of(PARC);
        }
        if (k.equals("proche")) {
            return Optional.of(PROCHE);
        }
        return Optional.empty();
    }
}
