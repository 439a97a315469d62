package fr.impact.analytics.funding;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** Spending dated in one calendar year: Σ montant_ht, Σ eligible amounts, number of expenditures. */
public record YearFigures(int year, BigDecimal spent, BigDecimal eligible, long lines) {

    public YearFigures {
        requireNonNull(spent, "spent is null");
        requireNonNull(eligible, "eligible is null");
    }
}
