package fr.impact.analytics.funding;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The expenditures of one payment claim, by heading, with their eligible totals — the
 * "état récapitulatif des dépenses" of a FEADER claim.
 *
 * @param funder the funder the expenditures are claimed on; empty when they name none
 * @param claim {@code AVANCE}, {@code ACOMPTE 1}, … {@code SOLDE}; empty for expenditures not claimed yet
 * @param byHeading per heading (no forecast: {@link HeadingFigures#forecast()} is empty)
 */
public record ClaimFigures(Optional<String> funder, Optional<String> claim, List<HeadingFigures> byHeading) {

    public ClaimFigures {
        requireNonNull(funder, "funder is null");
        requireNonNull(claim, "claim is null");
        byHeading = List.copyOf(byHeading);
    }

    public BigDecimal spent() {
        return byHeading.stream().map(HeadingFigures::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal eligible() {
        return byHeading.stream().map(HeadingFigures::eligible).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long lines() {
        return byHeading.stream().mapToLong(HeadingFigures::lines).sum();
    }
}
