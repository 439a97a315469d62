package fr.impact.analytics.funding;

import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import fr.impact.ingestion.funding.FunderType;
import fr.impact.ingestion.funding.FundingRules;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The funding indicators of the ledger's projects, from the {@code sql/funding/*.sql} queries.
 * Reads through the connection it is given.
 */
public final class Funding {

    /** A project of the ledger: the key its name is matched by, and its name. */
    public record Project(String key, String name) {}

    private final Connection c;

    public Funding(Connection c) {
        this.c = c;
    }

    /** Every project that has a row in any file of the ledger, by name. */
    public List<Project> projects() throws SQLException {
        List<Project> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(Queries.sql("funding", "projects"));
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Project(r.getString("projet_key"), r.getString("name")));
            }
        }
        return out;
    }

    /** The project named {@code name} (case, accents and punctuation ignored), if any. */
    public Optional<Project> project(String name) throws SQLException {
        String key = FundingRules.key(name);
        return projects().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The indicators of every project, by name. */
    public List<ProjectFunding> all() throws SQLException {
        List<ProjectFunding> out = new ArrayList<>();
        for (Project p : projects()) {
            out.add(of(p));
        }
        return out;
    }

    /**
     * The consistency warnings of every project, by project name — what the data-quality
     * summary lists beside the quarantine (cheaper than {@link #all()}: no series, no sales).
     */
    public Map<String, List<FundingWarning>> warnings() throws SQLException {
        Map<String, List<FundingWarning>> out = new LinkedHashMap<>();
        for (Project p : projects()) {
            out.put(p.name(), warnings(p.key(), byFunder(p.key())));
        }
        return out;
    }

    /** Every indicator of one project. */
    public ProjectFunding of(Project p) throws SQLException {
        String key = p.key();
        BigDecimal totalBudget;
        BigDecimal publicAwarded;
        Optional<Period> period;
        BigDecimal spent;
        BigDecimal eligible;
        BigDecimal received;
        Optional<BigDecimal> forecast;
        try (PreparedStatement s = prepare("project_totals", key); ResultSet r = s.executeQuery()) {
            r.next();
            totalBudget = r.getBigDecimal("total_budget");
            publicAwarded = r.getBigDecimal("public_awarded");
            Date start = r.getDate("first_start");
            Date end = r.getDate("last_end");
            period = start == null ? Optional.empty()
                    : Optional.of(new Period(start.toLocalDate(), end.toLocalDate()));
            spent = r.getBigDecimal("spent");
            eligible = r.getBigDecimal("eligible");
            received = r.getBigDecimal("received");
            forecast = Optional.ofNullable(r.getBigDecimal("forecast"));
        }
        List<FunderFigures> byFunder = byFunder(key);
        Leverage leverage = leverage(period, publicAwarded);
        return new ProjectFunding(p.name(), period, totalBudget, publicAwarded, byFunder, spent, eligible, received,
                forecast, byHeading(key), byYear(key), claims(key), treasury(key), leverage,
                warnings(key, byFunder));
    }

    List<FunderFigures> byFunder(String key) throws SQLException {
        List<FunderFigures> out = new ArrayList<>();
        try (PreparedStatement s = prepare("amounts_by_funder", key); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new FunderFigures(r.getString("funder"),
                        Optional.ofNullable(r.getString("type")).flatMap(FunderType::parse),
                        r.getBigDecimal("awarded"), r.getBigDecimal("received")));
            }
        }
        return out;
    }

    List<HeadingFigures> byHeading(String key) throws SQLException {
        List<HeadingFigures> out = new ArrayList<>();
        try (PreparedStatement s = prepare("expenditures_by_heading", key); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new HeadingFigures(r.getString("heading"), r.getBigDecimal("spent"),
                        r.getBigDecimal("eligible"), r.getLong("lines"),
                        Optional.ofNullable(r.getBigDecimal("forecast"))));
            }
        }
        return out;
    }

    List<YearFigures> byYear(String key) throws SQLException {
        List<YearFigures> out = new ArrayList<>();
        try (PreparedStatement s = prepare("expenditures_by_year", key); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new YearFigures(r.getInt("year"), r.getBigDecimal("spent"), r.getBigDecimal("eligible"),
                        r.getLong("lines")));
            }
        }
        return out;
    }

    List<ClaimFigures> claims(String key) throws SQLException {
        // rows come ordered by funder, claim, heading: one claim's headings are contiguous
        record ClaimKey(String funderKey, String claim) {}
        Map<ClaimKey, List<HeadingFigures>> headings = new LinkedHashMap<>();
        Map<ClaimKey, String> funders = new LinkedHashMap<>();
        try (PreparedStatement s = prepare("expenditures_by_claim_heading", key); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ClaimKey k = new ClaimKey(r.getString("funder_key"), r.getString("claim"));
                funders.putIfAbsent(k, r.getString("funder"));
                headings.computeIfAbsent(k, x -> new ArrayList<>()).add(new HeadingFigures(r.getString("heading"),
                        r.getBigDecimal("spent"), r.getBigDecimal("eligible"), r.getLong("lines"), Optional.empty()));
            }
        }
        List<ClaimFigures> out = new ArrayList<>();
        headings.forEach((k, list) -> out.add(new ClaimFigures(Optional.ofNullable(funders.get(k)),
                Optional.ofNullable(k.claim()), list)));
        return out;
    }

    TreasuryGap treasury(String key) throws SQLException {
        List<TreasuryGap.Day> days = new ArrayList<>();
        try (PreparedStatement s = prepare("treasury_by_day", key); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                days.add(new TreasuryGap.Day(r.getDate("day").toLocalDate(), r.getBigDecimal("spent"),
                        r.getBigDecimal("received"), r.getBigDecimal("gap")));
            }
        }
        return new TreasuryGap(days);
    }

    Leverage leverage(Optional<Period> period, BigDecimal publicAwarded) throws SQLException {
        if (period.isEmpty()) {
            return new Leverage(period, BigDecimal.ZERO, BigDecimal.ZERO, publicAwarded);
        }
        try (PreparedStatement s = c.prepareStatement(Queries.sql("funding", "sales_over_period"))) {
            s.setDate(1, Date.valueOf(period.get().from()));
            s.setDate(2, Date.valueOf(period.get().to()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Leverage(period, r.getBigDecimal("sales_ht"), r.getBigDecimal("local_sales_ht"),
                        publicAwarded);
            }
        }
    }

    List<FundingWarning> warnings(String key, List<FunderFigures> byFunder) throws SQLException {
        List<FundingWarning> out = new ArrayList<>();
        try (PreparedStatement s = prepare("check_expenditures_outside_grant_period", key);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Optional<String> funder = Optional.ofNullable(r.getString("financeur"));
                out.add(new FundingWarning(funder.isPresent()
                        ? FundingWarning.Code.EXPENDITURE_OUTSIDE_GRANT_PERIOD
                        : FundingWarning.Code.EXPENDITURE_OUTSIDE_PROJECT_PERIOD,
                        funder, Optional.of(r.getDate("date").toLocalDate()), Optional.of(r.getString("label")),
                        r.getBigDecimal("montant_ht"), Optional.empty(),
                        Optional.of(new Period(r.getDate("period_start").toLocalDate(),
                                r.getDate("period_end").toLocalDate())), 1));
            }
        }
        try (PreparedStatement s = prepare("check_expenditures_without_grant", key); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new FundingWarning(FundingWarning.Code.EXPENDITURE_WITHOUT_GRANT,
                        Optional.of(r.getString("funder")), Optional.empty(), Optional.empty(),
                        r.getBigDecimal("spent"), Optional.empty(), Optional.empty(), r.getLong("lines")));
            }
        }
        for (FunderFigures f : byFunder) {
            if (!f.hasGrant()) {
                out.add(new FundingWarning(FundingWarning.Code.PAYMENT_WITHOUT_GRANT, Optional.of(f.funder()),
                        Optional.empty(), Optional.empty(), f.received(), Optional.empty(), Optional.empty(), 0));
            } else if (f.received().compareTo(f.awarded()) > 0) {
                out.add(new FundingWarning(FundingWarning.Code.PAYMENT_ABOVE_AWARDED, Optional.of(f.funder()),
                        Optional.empty(), Optional.empty(), f.received(), Optional.of(f.awarded()), Optional.empty(),
                        0));
            }
        }
        try (PreparedStatement s = prepare("check_grants_nothing_spent", key); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new FundingWarning(FundingWarning.Code.GRANT_NOTHING_SPENT,
                        Optional.of(r.getString("financeur")), Optional.empty(),
                        Optional.ofNullable(r.getString("dispositif")), r.getBigDecimal("montant_attribue"),
                        Optional.empty(), Optional.of(new Period(r.getDate("debut").toLocalDate(),
                                r.getDate("fin").toLocalDate())), 1));
            }
        }
        return out;
    }

    private PreparedStatement prepare(String name, String projectKey) throws SQLException {
        PreparedStatement s = c.prepareStatement(Queries.sql("funding", name));
        try {
            s.setString(1, Objects.requireNonNull(projectKey, "projectKey is null"));
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
