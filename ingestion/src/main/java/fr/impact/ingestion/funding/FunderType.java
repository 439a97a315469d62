package fr.impact.ingestion.funding;

import fr.impact.ingestion.rules.Keys;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who funds a grant (DOMAIN.md, "Funding"): public money by level, private money, or the
 * beneficiary's own. The {@code PUBLIC_*} types make up {@code public_awarded}.
 */
public enum FunderType {
    PUBLIC_UE("Union européenne", "UE", "Europe", "FEADER", "FEDER", "FSE", "fonds européens", "européen"),
    PUBLIC_ETAT("État", "Etat", "DRAAF", "PNA", "ministère"),
    PUBLIC_REGION("Région", "Conseil régional"),
    PUBLIC_DEPARTEMENT("Département", "Conseil départemental"),
    PUBLIC_COLLECTIVITE("Collectivité", "Commune", "EPCI", "communauté de communes", "Parc", "PNR"),
    PRIVE("Privé", "Fondation", "mécénat", "adhérents", "cotisations"),
    AUTOFINANCEMENT("Autofinancement", "fonds propres", "autofinancé");

    /** The codes, for messages. */
    public static final String CODES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    private static final Map<String, FunderType> BY_KEY = new HashMap<>();

    static {
        for (FunderType t : values()) {
            BY_KEY.put(Keys.normalize(t.name()), t);
            BY_KEY.put(Keys.normalize(t.label), t);
            for (String a : t.aliases) {
                BY_KEY.putIfAbsent(Keys.normalize(a), t);
            }
        }
    }

    private final String label;
    private final String[] aliases;

    FunderType(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** Public money: counts in {@code public_awarded}. */
    public boolean isPublic() {
        return name().startsWith("PUBLIC_");
    }

    /** The French label. */
    public String label() {
        return label;
    }

    /** The code, its label or a usual name, compared without case, accents or punctuation. */
    public static Optional<FunderType> parse(String text) {
        return Optional.ofNullable(BY_KEY.get(Keys.normalize(text)));
    }
}
