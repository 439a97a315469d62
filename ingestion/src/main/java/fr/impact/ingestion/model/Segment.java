package fr.impact.ingestion.model;

import fr.impact.ingestion.rules.Keys;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Buyer segments; the first three are collective catering, where EGalim applies. */
public enum Segment {
    RESTAURATION_SCOLAIRE(true, "Restauration scolaire", "scolaire", "cantine scolaire"),
    RESTAURATION_MEDICO_SOCIALE(true, "Restauration médico-sociale", "médico-social", "medico sociale", "EHPAD"),
    RESTAURATION_COLLECTIVE_AUTRE(true, "Restauration collective autre", "restauration collective",
            "restauration d'entreprise"),
    RESTAURANT(false, "Restaurant", "restaurants", "restauration commerciale"),
    COMMERCE(false, "Commerce", "commerces", "épicerie", "magasin"),
    AUTRE(false, "Autre", "autres");

    private static final Map<String, Segment> BY_KEY = new HashMap<>();

    static {
        for (Segment s : values()) {
            BY_KEY.put(Keys.normalize(s.name()), s);
            BY_KEY.put(Keys.normalize(s.label), s);
            for (String a : s.aliases) {
                BY_KEY.put(Keys.normalize(a), s);
            }
        }
    }

    private final boolean collectiveCatering;
    private final String label;
    private final String[] aliases;

    Segment(boolean collectiveCatering, String label, String... aliases) {
        this.collectiveCatering = collectiveCatering;
        this.label = label;
        this.aliases = aliases;
    }

    public boolean isCollectiveCatering() {
        return collectiveCatering;
    }

    /** The French label. */
    public String label() {
        return label;
    }

    public static Optional<Segment> parse(String text) {
        return Optional.ofNullable(BY_KEY.get(Keys.normalize(text)));
    }
}
