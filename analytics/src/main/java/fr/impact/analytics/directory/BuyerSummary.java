package fr.impact.analytics.directory;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Ratio;
import fr.impact.analytics.egalim.EgalimTotals;
import fr.impact.ingestion.model.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One buyer and its figures over a period and filters.
 *
 * @param hub the hub
 * @param id the buyer's id in the hub
 * @param name from the buyers file, else the sale lines, else the id
 * @param segment the buyers file's type, else its latest line's type, else {@code AUTRE}
 * @param commune its commune INSEE code, when the buyers file gives it
 * @param communeName the territory file's name for that commune, when listed
 * @param lines its lines in the period and filters
 * @param totalHt Σ amount of those lines (credit notes included)
 * @param localHt the part bought from PARC and PROCHE producers
 * @param producers producers with a positive line among them
 * @param egalim the EGalim amounts of those lines that are collective catering
 * @param firstPurchase the date of its earliest line ever; empty when it has none
 */
public record BuyerSummary(String hub, String id, String name, Segment segment, Optional<String> commune,
        Optional<String> communeName, long lines, BigDecimal totalHt, BigDecimal localHt, long producers,
        EgalimTotals egalim, Optional<LocalDate> firstPurchase) {

    public BuyerSummary {
        requireNonNull(hub, "hub is null");
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(segment, "segment is null");
        requireNonNull(commune, "commune is null");
        requireNonNull(communeName, "communeName is null");
        requireNonNull(totalHt, "totalHt is null");
        requireNonNull(localHt, "localHt is null");
        requireNonNull(egalim, "egalim is null");
        requireNonNull(firstPurchase, "firstPurchase is null");
        if (lines < 0 || producers < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Whether EGalim applies to it (school, health and social care, other collective catering). */
    public boolean collectiveCatering() {
        return segment.isCollectiveCatering();
    }

    public Optional<BigDecimal> localShare() {
        return Ratio.of(localHt, totalHt);
    }

    /** Bio share of its collective-catering purchases; empty outside collective catering. */
    public Optional<BigDecimal> bioShare() {
        return collectiveCatering() ? egalim.bioShare() : Optional.empty();
    }

    /** EGalim share (bio included) of its collective-catering purchases; empty outside collective catering. */
    public Optional<BigDecimal> egalimShare() {
        return collectiveCatering() ? egalim.egalimShare() : Optional.empty();
    }
}
