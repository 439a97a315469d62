package fr.impact.analytics.directory;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Ratio;
import fr.impact.ingestion.model.OriginLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One producer and its figures over a period and filters.
 *
 * @param hub the hub
 * @param id the producer's id in the hub
 * @param name from the producers file, else the sale lines, else the id
 * @param commune its commune INSEE code, when the producers file gives it
 * @param communeName the territory file's name for that commune, when listed
 * @param originLevel resolved now from the current producers and territory files
 * @param lines its lines in the period and filters
 * @param totalHt Σ amount of those lines (credit notes included)
 * @param buyers buyers with a positive line among them
 * @param hubTotalHt its hub's net sales over the same period and filters (every producer)
 * @param firstSale the date of its earliest line ever (any sign, segment or period); empty when it has none
 */
public record ProducerSummary(String hub, String id, String name, Optional<String> commune,
        Optional<String> communeName, OriginLevel originLevel, long lines, BigDecimal totalHt, long buyers,
        BigDecimal hubTotalHt, Optional<LocalDate> firstSale) {

    public ProducerSummary {
        requireNonNull(hub, "hub is null");
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(commune, "commune is null");
        requireNonNull(communeName, "communeName is null");
        requireNonNull(originLevel, "originLevel is null");
        requireNonNull(totalHt, "totalHt is null");
        requireNonNull(hubTotalHt, "hubTotalHt is null");
        requireNonNull(firstSale, "firstSale is null");
        if (lines < 0 || buyers < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** PARC or PROCHE. */
    public boolean local() {
        return originLevel.isLocal();
    }

    /** Its share of its hub's net sales over the same period and filters. */
    public Optional<BigDecimal> shareOfHub() {
        return Ratio.of(totalHt, hubTotalHt);
    }
}
