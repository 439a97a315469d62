package fr.impact.ingestion.model;

import fr.impact.ingestion.rules.Keys;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sales units. Weights convert to kilograms, volumes to litres; the rest are counted apart. */
public enum Unit {
    KG("kg", "kilo", "kilogramme", "kilogrammes", "kgs"),
    G("g", "gramme", "grammes", "gr"),
    L("l", "litre", "litres", "lt"),
    CL("cl", "centilitre", "centilitres"),
    PIECE("piece", "pièce", "pièces", "unité", "unités", "u", "pce", "pc"),
    BOTTE("botte", "bottes"),
    DOUZAINE("douzaine", "douzaines", "dz"),
    BARQUETTE("barquette", "barquettes");

    private static final Map<String, Unit> BY_KEY = new HashMap<>();

    static {
        for (Unit u : values()) {
            BY_KEY.put(Keys.normalize(u.name()), u);
            for (String a : u.aliases) {
                BY_KEY.put(Keys.normalize(a), u);
            }
        }
    }

    private final String code;
    private final String[] aliases;

    Unit(String code, String... aliases) {
        this.code = code;
        this.aliases = aliases;
    }

    /** The code stored and shown: {@code kg}, {@code g}, {@code l}, {@code cl}, {@code piece}… */
    public String code() {
        return code;
    }

    public static Optional<Unit> parse(String text) {
        return Optional.ofNullable(BY_KEY.get(Keys.normalize(text)));
    }

    /** The quantity in kilograms for weights ({@code g} ÷ 1000), else {@code null}. */
    public BigDecimal kilograms(BigDecimal quantity) {
        return switch (this) {
            case KG -> quantity;
            case G -> quantity.movePointLeft(3);
            default -> null;
        };
    }

    /** The quantity in litres for volumes ({@code cl} ÷ 100), else {@code null}. */
    public BigDecimal litres(BigDecimal quantity) {
        return switch (this) {
            case L -> quantity;
            case CL -> quantity.movePointLeft(2);
            default -> null;
        };
    }
}
