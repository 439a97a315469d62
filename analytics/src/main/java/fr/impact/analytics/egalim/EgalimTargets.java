package fr.impact.analytics.egalim;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The EGalim purchase targets of a zone, as fractions: bio, EGalim (bio included) and EGalim
 * over meat and fish (art. L230-5-1 Code rural, as ma-cantine applies them). The one place
 * the target values live.
 *
 * @param zone the zone's code, as {@code egalim.zone} names it in the park's configuration
 * @param bio the bio share to reach
 * @param egalim the EGalim share (bio included) to reach
 * @param meatFishEgalim the EGalim share to reach over meat and fish
 */
public record EgalimTargets(String zone, BigDecimal bio, BigDecimal egalim, BigDecimal meatFishEgalim) {

    /** Mainland France: bio 20 %, EGalim 50 %, meat and fish EGalim 60 %. */
    public static final EgalimTargets METROPOLE = of("METROPOLE", "0.20", "0.50", "0.60");

    /** Guadeloupe, Martinique, Guyane, La Réunion and Saint-Martin: bio 5 %, EGalim 20 %. */
    public static final EgalimTargets OUTRE_MER = of("OUTRE_MER", "0.05", "0.20", "0.60");

    /** Mayotte: bio 2 %, EGalim 5 %. */
    public static final EgalimTargets MAYOTTE = of("MAYOTTE", "0.02", "0.05", "0.60");

    /** Saint-Pierre-et-Miquelon: bio 10 %, EGalim 30 %. */
    public static final EgalimTargets SAINT_PIERRE_ET_MIQUELON = of("SAINT_PIERRE_ET_MIQUELON", "0.10", "0.30",
            "0.60");

    /** Every zone, mainland first. */
    public static final List<EgalimTargets> ZONES = List.of(METROPOLE, OUTRE_MER, MAYOTTE, SAINT_PIERRE_ET_MIQUELON);

    public EgalimTargets {
        requireNonNull(zone, "zone is null");
        requireFraction(bio, "bio");
        requireFraction(egalim, "egalim");
        requireFraction(meatFishEgalim, "meatFishEgalim");
        if (bio.compareTo(egalim) > 0) {
            throw new IllegalArgumentException("the bio target (" + bio + ") exceeds the EGalim target (" + egalim
                    + ") that includes it");
        }
    }

    /** The zone named {@code code} (case ignored), e.g. the park's {@code egalim.zone}. */
    public static Optional<EgalimTargets> ofZone(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String k = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return ZONES.stream().filter(z -> z.zone.equals(k)).findFirst();
    }

    /**
     * The zone of a canteen from its commune INSEE code (ma-cantine's grouping): 971–974 and
     * 978 overseas, 976 Mayotte, 975 Saint-Pierre-et-Miquelon, anything else mainland.
     */
    public static EgalimTargets forCommune(String insee) {
        if (insee == null || insee.length() < 3) {
            return METROPOLE;
        }
        return switch (insee.substring(0, 3)) {
            case "971", "972", "973", "974", "978" -> OUTRE_MER;
            case "976" -> MAYOTTE;
            case "975" -> SAINT_PIERRE_ET_MIQUELON;
            default -> METROPOLE;
        };
    }

    private static EgalimTargets of(String zone, String bio, String egalim, String meatFish) {
        return new EgalimTargets(zone, new BigDecimal(bio), new BigDecimal(egalim), new BigDecimal(meatFish));
    }

    private static void requireFraction(BigDecimal v, String name) {
        requireNonNull(v, name + " is null");
        // a target of 1 could only be reached by buying nothing else: the gap formula divides by 1 - target
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(name + " target must be in [0, 1): " + v);
        }
    }
}
