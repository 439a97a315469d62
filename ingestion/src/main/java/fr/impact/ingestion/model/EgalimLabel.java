package fr.impact.ingestion.model;

import fr.impact.ingestion.rules.Keys;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** EGalim categories of a line, as in ma-cantine, with the group each belongs to. */
public enum EgalimLabel {
    BIO(EgalimGroup.BIO, "AB", "agriculture biologique", "biologique"),
    LABEL_ROUGE(EgalimGroup.SIQO, "LR"),
    AOCAOP(EgalimGroup.SIQO, "AOC", "AOP", "AOC/AOP", "AOC AOP"),
    IGP(EgalimGroup.SIQO),
    STG(EgalimGroup.SIQO),
    HVE(EgalimGroup.AUTRES_EGALIM, "haute valeur environnementale"),
    PECHE_DURABLE(EgalimGroup.AUTRES_EGALIM, "MSC", "écolabel pêche durable"),
    RUP(EgalimGroup.AUTRES_EGALIM, "région ultrapériphérique"),
    COMMERCE_EQUITABLE(EgalimGroup.AUTRES_EGALIM),
    FERMIER(EgalimGroup.AUTRES_EGALIM, "produit fermier"),
    EXTERNALITES(EgalimGroup.EXTERNALITES_PERFORMANCE, "externalités environnementales"),
    PERFORMANCE(EgalimGroup.EXTERNALITES_PERFORMANCE, "performance environnementale");

    private static final Map<String, EgalimLabel> BY_KEY = new HashMap<>();

    static {
        for (EgalimLabel l : values()) {
            BY_KEY.put(Keys.normalize(l.name()), l);
            for (String a : l.aliases) {
                BY_KEY.put(Keys.normalize(a), l);
            }
        }
    }

    private final EgalimGroup group;
    private final String[] aliases;

    EgalimLabel(EgalimGroup group, String... aliases) {
        this.group = group;
        this.aliases = aliases;
    }

    public EgalimGroup group() {
        return group;
    }

    public static Optional<EgalimLabel> parse(String text) {
        return Optional.ofNullable(BY_KEY.get(Keys.normalize(text)));
    }
}
