package fr.impact.analytics.territory;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One canteen covered by purchase files over a period: which months, what it bought, how much
 * of it was local, and what the hub sold it over those same months.
 *
 * @param siret the canteen's SIRET, when its files name it so
 * @param cantineId its ma-cantine id, when its files name it so
 * @param hubHt hub sales to it over its covered months; empty when it has no SIRET (no match possible)
 */
public record CanteenCoverage(Optional<String> siret, Optional<Long> cantineId, List<YearMonth> months,
        long purchases, BigDecimal totalHt, BigDecimal localHt, Optional<BigDecimal> hubHt) {

    public CanteenCoverage {
        requireNonNull(siret, "siret is null");
        requireNonNull(cantineId, "cantineId is null");
        months = List.copyOf(months);
        requireNonNull(totalHt, "totalHt is null");
        requireNonNull(localHt, "localHt is null");
        requireNonNull(hubHt, "hubHt is null");
    }

    /** The SIRET, else {@code id:<cantine_id>}. */
    public String canteen() {
        return siret.orElseGet(() -> "id:" + cantineId.orElseThrow());
    }
}
