package fr.impact.analytics.funding;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Period;
import fr.impact.analytics.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Every funding indicator of one project (DOMAIN.md, "Funding").
 *
 * @param name the project's name ({@code default} for a ledger without {@code projet} column)
 * @param period the project period: earliest grant start to latest grant end; empty without grant
 * @param totalBudget Σ awarded over every grant (public, private and self-financing)
 * @param publicAwarded Σ awarded over the {@code PUBLIC_*} grants
 * @param byFunder per funder, those with a grant first (largest award first), then those with
 *     payments only
 * @param spent Σ montant_ht of the expenditures
 * @param eligible Σ eligible amounts of the expenditures
 * @param received Σ of every payment received
 * @param forecast Σ of the forecast budget; empty without budget file
 * @param byHeading spending per heading beside the forecast
 * @param byYear spending per calendar year
 * @param claims spending per payment claim and heading
 * @param treasury the treasury gap series
 * @param leverage hub sales per public euro over the project period
 * @param warnings the ledger's consistency warnings
 */
public record ProjectFunding(String name, Optional<Period> period, BigDecimal totalBudget, BigDecimal publicAwarded,
        List<FunderFigures> byFunder, BigDecimal spent, BigDecimal eligible, BigDecimal received,
        Optional<BigDecimal> forecast, List<HeadingFigures> byHeading, List<YearFigures> byYear,
        List<ClaimFigures> claims, TreasuryGap treasury, Leverage leverage, List<FundingWarning> warnings) {

    public ProjectFunding {
        requireNonNull(name, "name is null");
        requireNonNull(period, "period is null");
        requireNonNull(totalBudget, "totalBudget is null");
        requireNonNull(publicAwarded, "publicAwarded is null");
        byFunder = List.copyOf(byFunder);
        requireNonNull(spent, "spent is null");
        requireNonNull(eligible, "eligible is null");
        requireNonNull(received, "received is null");
        requireNonNull(forecast, "forecast is null");
        byHeading = List.copyOf(byHeading);
        byYear = List.copyOf(byYear);
        claims = List.copyOf(claims);
        requireNonNull(treasury, "treasury is null");
        requireNonNull(leverage, "leverage is null");
        warnings = List.copyOf(warnings);
    }

    /** public_awarded / total_budget. */
    public Optional<BigDecimal> publicRate() {
        return Ratio.of(publicAwarded, totalBudget);
    }

    /** spent / total_budget. */
    public Optional<BigDecimal> consumptionRate() {
        return Ratio.of(spent, totalBudget);
    }

    /** received / total_budget. */
    public Optional<BigDecimal> receivedRate() {
        return Ratio.of(received, totalBudget);
    }
}
