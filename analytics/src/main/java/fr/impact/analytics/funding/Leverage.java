package fr.impact.analytics.funding;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Period;
import fr.impact.analytics.Ratio;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the hub sold per public euro over the project period (the earliest grant start to the
 * latest grant end, both inclusive): all its sales (every hub of the database, every buyer),
 * and the sales of local producers (origin level {@code PARC} or {@code PROCHE}).
 *
 * @param period the project period; empty when the project has no grant (nothing is counted)
 * @param salesHt Σ sales over the period
 * @param localSalesHt Σ sales of local producers over the period
 * @param publicAwarded the project's public funding
 */
public record Leverage(Optional<Period> period, BigDecimal salesHt, BigDecimal localSalesHt,
        BigDecimal publicAwarded) {

    public Leverage {
        requireNonNull(period, "period is null");
        requireNonNull(salesHt, "salesHt is null");
        requireNonNull(localSalesHt, "localSalesHt is null");
        requireNonNull(publicAwarded, "publicAwarded is null");
    }

    /** Hub sales / public awarded. */
    public Optional<BigDecimal> sales() {
        return Ratio.of(salesHt, publicAwarded);
    }

    /** Local producers' sales / public awarded. */
    public Optional<BigDecimal> localProducers() {
        return Ratio.of(localSalesHt, publicAwarded);
    }
}
