package fr.impact.analytics.impact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Producers in a period: active (a line with a positive amount), local and active, new
 * (active, and their earliest line ever falls in the period); concentration over producers
 * whose net sales are positive: the top 5's share and the Herfindahl–Hirschman index.
 */
public record ProducerFigures(long active, long localActive, long newOnes, Optional<BigDecimal> top5Share,
        Optional<BigDecimal> hhi, List<ProducerSales> producers) {

    /** One producer's net sales in the period. */
    public record ProducerSales(String hub, String id, String name, String originLevel, BigDecimal netHt,
            boolean active, java.time.LocalDate firstDate) {}
}
