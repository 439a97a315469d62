package fr.impact.analytics.funding;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Ratio;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Spending under one budget heading ({@code poste}).
 *
 * @param spent Σ montant_ht
 * @param eligible Σ eligible amounts (TTC where the VAT is not recoverable, else HT)
 * @param lines number of expenditures
 * @param forecast Σ montant_prevu of the forecast budget; empty when the budget does not list it
 */
public record HeadingFigures(String heading, BigDecimal spent, BigDecimal eligible, long lines,
        Optional<BigDecimal> forecast) {

    public HeadingFigures {
        requireNonNull(heading, "heading is null");
        requireNonNull(spent, "spent is null");
        requireNonNull(eligible, "eligible is null");
        requireNonNull(forecast, "forecast is null");
    }

    /** spent / forecast. */
    public Optional<BigDecimal> consumptionRate() {
        return forecast.flatMap(f -> Ratio.of(spent, f));
    }
}
