package fr.impact.analytics.impact;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.model.OriginLevel;
import java.math.BigDecimal;

/**
 * A producer's revenue through the hub in a period: Σ amount of its lines (sales value),
 * credit notes included, with the sales and credit notes apart.
 *
 * @param hub the hub
 * @param producerId the producer's id in the hub
 * @param name from the producers file, else the sale lines, else the id
 * @param originLevel resolved now from the current producers and territory files
 * @param lines its lines counted
 * @param salesHt Σ amount of its positive lines
 * @param creditNotesHt Σ amount of its credit notes (≤ 0)
 * @param revenueHt net: {@code salesHt + creditNotesHt}
 */
public record ProducerRevenue(String hub, String producerId, String name, OriginLevel originLevel, long lines,
        BigDecimal salesHt, BigDecimal creditNotesHt, BigDecimal revenueHt) {

    public ProducerRevenue {
        requireNonNull(hub, "hub is null");
        requireNonNull(producerId, "producerId is null");
        requireNonNull(name, "name is null");
        requireNonNull(originLevel, "originLevel is null");
        requireNonNull(salesHt, "salesHt is null");
        requireNonNull(creditNotesHt, "creditNotesHt is null");
        requireNonNull(revenueHt, "revenueHt is null");
    }

    /** The hub's margin on this revenue at {@code rate} (a fraction), shown apart from the revenue. */
    public BigDecimal hubMarginHt(BigDecimal rate) {
        requireNonNull(rate, "rate is null");
        return revenueHt.multiply(rate);
    }
}
