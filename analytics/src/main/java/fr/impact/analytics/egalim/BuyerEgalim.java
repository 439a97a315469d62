package fr.impact.analytics.egalim;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.model.Segment;
import java.util.Optional;

/**
 * One collective-catering buyer's EGalim figures from its hub purchases: what that canteen
 * declares for its hub purchases (ma-cantine "achats"), not its whole-year ratio.
 *
 * @param hub the hub
 * @param buyerId the buyer's id in the hub
 * @param name from the buyers file, else the sale lines
 * @param segment resolved as everywhere (buyers file, else the line's type)
 * @param commune the buyer's commune INSEE code from the buyers file, when known
 * @param lines its collective-catering lines counted
 * @param totals its amounts per EGalim group
 */
public record BuyerEgalim(String hub, String buyerId, String name, Segment segment, Optional<String> commune,
        long lines, EgalimTotals totals) {

    public BuyerEgalim {
        requireNonNull(hub, "hub is null");
        requireNonNull(buyerId, "buyerId is null");
        requireNonNull(name, "name is null");
        requireNonNull(segment, "segment is null");
        requireNonNull(commune, "commune is null");
        requireNonNull(totals, "totals is null");
    }

    /** The targets of the buyer's zone, from its commune (mainland when unknown). */
    public EgalimTargets targets() {
        return EgalimTargets.forCommune(commune.orElse(null));
    }

    /** Its gaps to the targets of its own zone. */
    public EgalimGaps gaps() {
        return totals.gaps(targets());
    }

    /** Its gaps to the given targets. */
    public EgalimGaps gaps(EgalimTargets targets) {
        return totals.gaps(targets);
    }
}
