package fr.impact.reports.feader;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Period;
import fr.impact.analytics.funding.Funding;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.ingestion.funding.FunderType;
import fr.impact.ingestion.store.Sql;
import fr.impact.reports.ReportDataException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one payment claim rests on: the project's funding indicators, the expenditures claimed
 * (one {@code demande}, or every expenditure dated in a period) and the funders with what
 * they have paid by the end of the claim's period.
 *
 * @param project the project's indicators, from the analytics API ({@link Funding#of})
 * @param claim the claim's name ({@code ACOMPTE 1}…) when one {@code demande} was asked for
 * @param period the period covered: the one asked for, or the claim's first to last expenditure
 * @param expenditures the claimed expenditures, by heading then date
 * @param funders the project's funders, largest award first
 */
public record FeaderClaim(ProjectFunding project, Optional<String> claim, Period period,
        List<Expenditure> expenditures, List<Funder> funders) {

    /** Heading key of staff costs (table B). */
    static final String STAFF = "PERSONNEL";

    public FeaderClaim {
        requireNonNull(project, "project is null");
        requireNonNull(claim, "claim is null");
        requireNonNull(period, "period is null");
        expenditures = List.copyOf(expenditures);
        funders = List.copyOf(funders);
    }

    /**
     * One expenditure line of the "état récapitulatif des dépenses".
     *
     * @param eligible the amount presented: TTC where the VAT is not recoverable, else HT
     */
    public record Expenditure(String heading, String headingKey, LocalDate date, Optional<String> supplier,
            Optional<String> reference, Optional<String> label, BigDecimal amountHt, Optional<BigDecimal> amountTtc,
            BigDecimal eligible, Optional<LocalDate> paidOn, Optional<String> funder, Optional<String> claim) {

        public Expenditure {
            requireNonNull(heading, "heading is null");
            requireNonNull(headingKey, "headingKey is null");
            requireNonNull(date, "date is null");
            requireNonNull(amountHt, "amountHt is null");
            requireNonNull(amountTtc, "amountTtc is null");
            requireNonNull(eligible, "eligible is null");
        }

        /** TTC − HT when the TTC amount is known. */
        public Optional<BigDecimal> vat() {
            return amountTtc.map(t -> t.subtract(amountHt));
        }

        /** Whether it is a staff cost (table B). */
        public boolean staff() {
            return headingKey.toUpperCase(Locale.ROOT).equals(STAFF);
        }
    }

    /**
     * One funder of the project (its grants added up) and its payments up to the end of the
     * claim's period.
     */
    public record Funder(String name, Optional<String> type, Optional<String> scheme, BigDecimal awarded,
            Optional<LocalDate> decidedOn, LocalDate start, LocalDate end, BigDecimal received,
            Optional<String> paymentDates) {

        public Funder {
            requireNonNull(name, "name is null");
            requireNonNull(awarded, "awarded is null");
            requireNonNull(received, "received is null");
        }

        /** The type in French ({@code Union européenne}…), else its code. */
        public String typeLabel() {
            return type.map(t -> FunderType.parse(t).map(FunderType::label).orElse(t)).orElse("");
        }

        public boolean european() {
            return type.map(t -> t.equals(FunderType.PUBLIC_UE.name())).orElse(false);
        }

        public boolean isPublic() {
            return type.map(t -> t.startsWith("PUBLIC_")).orElse(false);
        }
    }

    /**
     * Loads a claim.
     *
     * @param projectName the project ({@code --project}); may be empty when the ledger has only one
     * @param claimName one {@code demande}; empty for every expenditure of {@code period}
     * @param period the period; empty only with a claim name (then the claim's own dates)
     * @throws ReportDataException when the ledger has no such project or claim
     */
    public static FeaderClaim load(Connection c, Optional<String> projectName, Optional<String> claimName,
            Optional<Period> period) throws SQLException, ReportDataException {
        Funding funding = new Funding(c);
        Funding.Project project = project(funding, projectName);
        Period p;
        if (period.isPresent()) {
            p = period.get();
        } else {
            p = claimPeriod(c, project.key(), claimName.orElseThrow(
                    () -> new ReportDataException("Indiquez une période (--year, ou --from et --to) ou une demande (--claim).")));
        }
        ProjectFunding figures = funding.of(project);
        List<Expenditure> expenditures = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql("expenditures_by_heading_and_date"))) {
            s.setString(1, project.key());
            if (claimName.isPresent()) {
                s.setString(2, claimName.get().strip());
            } else {
                s.setNull(2, Types.VARCHAR);
            }
            s.setDate(3, Date.valueOf(p.from()));
            s.setDate(4, Date.valueOf(p.to()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    expenditures.add(new Expenditure(r.getString("poste"), r.getString("poste_key"),
                            r.getDate("date").toLocalDate(), text(r, "fournisseur"), text(r, "reference"),
                            text(r, "libelle"), r.getBigDecimal("montant_ht"),
                            Optional.ofNullable(r.getBigDecimal("montant_ttc")), r.getBigDecimal("montant_eligible"),
                            Optional.ofNullable(r.getDate("date_paiement")).map(Date::toLocalDate),
                            text(r, "financeur"), text(r, "demande")));
                }
            }
        }
        if (claimName.isPresent() && expenditures.isEmpty()) {
            throw new ReportDataException("Aucune dépense de la demande « " + claimName.get() + " » dans le projet « "
                    + project.name() + " ».");
        }
        List<Funder> funders = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql("grants_by_funder"))) {
            s.setString(1, project.key());
            s.setDate(2, Date.valueOf(p.to()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    funders.add(new Funder(r.getString("funder"), text(r, "type"), text(r, "dispositif"),
                            r.getBigDecimal("awarded"),
                            Optional.ofNullable(r.getDate("date_decision")).map(Date::toLocalDate),
                            r.getDate("debut").toLocalDate(), r.getDate("fin").toLocalDate(),
                            r.getBigDecimal("received"), text(r, "payment_dates")));
                }
            }
        }
        return new FeaderClaim(figures, claimName.map(String::strip).map(n -> n.toUpperCase(Locale.FRANCE)), p,
                expenditures, funders);
    }

    /** The project asked for, or the only one of the ledger. */
    static Funding.Project project(Funding funding, Optional<String> name) throws SQLException, ReportDataException {
        List<Funding.Project> all = funding.projects();
        if (name.isPresent()) {
            return funding.project(name.get()).orElseThrow(() -> new ReportDataException("Projet « " + name.get()
                    + " » inconnu du plan de financement. Projets : " + names(all) + "."));
        }
        if (all.isEmpty()) {
            throw new ReportDataException("Aucun plan de financement importé : importez les fichiers financements, "
                    + "dépenses et versements (bin/impact import funding …).");
        }
        if (all.size() > 1) {
            throw new ReportDataException("Plusieurs projets dans le plan de financement : précisez --project ("
                    + names(all) + ").");
        }
        return all.get(0);
    }

    /** The first and last dates of a claim's expenditures, in the project asked for (or the only one). */
    public static Period claimPeriod(Connection c, Optional<String> projectName, String claim)
            throws SQLException, ReportDataException {
        return claimPeriod(c, project(new Funding(c), projectName).key(), claim);
    }

    /** The first and last dates of a claim's expenditures. */
    public static Period claimPeriod(Connection c, String projectKey, String claim)
            throws SQLException, ReportDataException {
        try (PreparedStatement s = c.prepareStatement(sql("claim_period"))) {
            s.setString(1, projectKey);
            s.setString(2, claim.strip());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Date first = r.getDate("first_day");
                if (first == null) {
                    throw new ReportDataException("Aucune dépense de la demande « " + claim + " ».");
                }
                return new Period(first.toLocalDate(), r.getDate("last_day").toLocalDate());
            }
        }
    }

    /** Σ of the amounts presented. */
    public BigDecimal eligible() {
        return expenditures.stream().map(Expenditure::eligible).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ HT. */
    public BigDecimal amountHt() {
        return expenditures.stream().map(Expenditure::amountHt).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The expenditures by heading, in their order (headings as first written). */
    public Map<String, List<Expenditure>> byHeading() {
        Map<String, List<Expenditure>> out = new LinkedHashMap<>();
        for (Expenditure e : expenditures) {
            out.computeIfAbsent(e.headingKey(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** The European funder (FEADER), if the project has one. */
    public Optional<Funder> european() {
        return funders.stream().filter(Funder::european).findFirst();
    }

    /** The scheme printed in the header: the European grant's, else the first one given. */
    public String scheme() {
        return european().flatMap(Funder::scheme)
                .or(() -> funders.stream().map(Funder::scheme).flatMap(Optional::stream).findFirst())
                .orElse("—");
    }

    private static Optional<String> text(ResultSet r, String column) throws SQLException {
        String s = r.getString(column);
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static String names(List<Funding.Project> all) {
        return all.stream().map(Funding.Project::name).reduce((a, b) -> a + ", " + b).orElse("aucun");
    }

    private static String sql(String name) {
        return Sql.load("/fr/impact/reports/sql/feader/" + name + ".sql");
    }
}
