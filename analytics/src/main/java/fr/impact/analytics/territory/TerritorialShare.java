package fr.impact.analytics.territory;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The territorial local share of collective catering (DOMAIN.md): of everything the covered
 * canteens bought, from every supplier, how much is local ({@code est_local}), with the split by
 * {@code definition_local}; beside it, never added, what the hub sold the same canteens over the
 * same months; and the coverage, canteen by canteen.
 *
 * @param localByDefinition local purchases by {@code definition_local} ({@code NON_PRECISEE} when unsaid)
 * @param hubHt hub sales to the covered canteens that have a SIRET, over their covered months
 */
public record TerritorialShare(Period period, BigDecimal totalHt, BigDecimal localHt,
        Optional<BigDecimal> localShare, Map<String, BigDecimal> localByDefinition, BigDecimal hubHt,
        Optional<BigDecimal> hubShare, List<CanteenCoverage> coverage) {

    public TerritorialShare {
        requireNonNull(period, "period is null");
        requireNonNull(totalHt, "totalHt is null");
        requireNonNull(localHt, "localHt is null");
        requireNonNull(localShare, "localShare is null");
        localByDefinition = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(localByDefinition));
        requireNonNull(hubHt, "hubHt is null");
        requireNonNull(hubShare, "hubShare is null");
        coverage = List.copyOf(coverage);
    }
}
