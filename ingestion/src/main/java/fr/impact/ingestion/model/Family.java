package fr.impact.ingestion.model;

import fr.impact.ingestion.rules.Keys;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Product families: ma-cantine's codes and the French labels accepted for them. */
public enum Family {
    VIANDES_VOLAILLES("Viandes et volailles fraîches et surgelées", "viandes", "viande", "volailles"),
    CHARCUTERIE("Charcuterie"),
    PRODUITS_DE_LA_MER("Poissons, produits de la mer et de l'aquaculture", "poissons", "produits de la mer"),
    FRUITS_ET_LEGUMES("Fruits et légumes frais et surgelés", "fruits et légumes", "fruits", "légumes"),
    PRODUITS_LAITIERS("BOF (Produits laitiers, beurre et œufs)", "produits laitiers", "BOF",
            "Produits laitiers, beurre et œufs", "crèmerie", "œufs"),
    BOULANGERIE("Boulangerie/Pâtisserie fraîches et surgelées", "boulangerie", "pâtisserie", "boulangerie pâtisserie"),
    BOISSONS("Boissons"),
    AUTRES("Autres produits frais, surgelés et d'épicerie", "autres", "épicerie");

    private static final Map<String, Family> BY_KEY = new HashMap<>();

    static {
        for (Family f : values()) {
            BY_KEY.put(Keys.normalize(f.name()), f);
            BY_KEY.put(Keys.normalize(f.label), f);
            for (String a : f.aliases) {
                BY_KEY.put(Keys.normalize(a), f);
            }
        }
    }

    private final String label;
    private final String[] aliases;

    Family(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** The French label, as ma-cantine shows it. */
    public String label() {
        return label;
    }

    /** The family a code or French label names, case, accents and punctuation ignored. */
    public static Optional<Family> parse(String text) {
        return Optional.ofNullable(BY_KEY.get(Keys.normalize(text)));
    }

    /** {@code true} for the families of the meat and fish EGalim target. */
    public boolean isMeatOrFish() {
        return this == VIANDES_VOLAILLES || this == PRODUITS_DE_LA_MER;
    }
}
