package fr.impact.analytics.funding;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Ratio;
import fr.impact.ingestion.funding.FunderType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One funder of a project: what its grants award, what its payments brought.
 *
 * @param funder its name (as its grants write it, else its payments)
 * @param type the type of its largest grant; empty for a funder with payments and no grant
 * @param awarded Σ montant_attribue of its grants
 * @param received Σ montant of its payments
 */
public record FunderFigures(String funder, Optional<FunderType> type, BigDecimal awarded, BigDecimal received) {

    public FunderFigures {
        requireNonNull(funder, "funder is null");
        requireNonNull(type, "type is null");
        requireNonNull(awarded, "awarded is null");
        requireNonNull(received, "received is null");
    }

    /** Whether the funder has a grant in the project (else it only appears in the payments). */
    public boolean hasGrant() {
        return type.isPresent();
    }

    /** awarded / the project's total budget. */
    public Optional<BigDecimal> budgetShare(BigDecimal totalBudget) {
        return Ratio.of(awarded, totalBudget);
    }

    /** received / awarded: how much of its award the funder has paid. */
    public Optional<BigDecimal> receivedRate() {
        return Ratio.of(received, awarded);
    }
}
