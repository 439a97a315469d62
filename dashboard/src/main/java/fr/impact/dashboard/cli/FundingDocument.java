package fr.impact.dashboard.cli;

import fr.impact.analytics.Ratio;
import fr.impact.analytics.funding.ClaimFigures;
import fr.impact.analytics.funding.FunderFigures;
import fr.impact.analytics.funding.FundingWarning;
import fr.impact.analytics.funding.HeadingFigures;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.analytics.funding.TreasuryGap;
import fr.impact.analytics.funding.YearFigures;
import fr.impact.ingestion.funding.FunderType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code funding --json} document of CLI.md (also served as {@code GET /api/funding}): every
 * key of the contract, then the detail (by heading, by year, by claim, the treasury series, the
 * consistency warnings). Amounts in euros with 2 decimals; rates, shares and leverage with 4,
 * half-up; {@code null} for a ratio whose denominator is zero and for a date that does not exist.
 */
public final class FundingDocument {

    private FundingDocument() {}

    public static Map<String, Object> of(List<ProjectFunding> projects, Locale locale) {
        List<Object> list = new ArrayList<>();
        for (ProjectFunding p : projects) {
            list.add(project(p, locale));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("projects", list);
        return doc;
    }

    static Map<String, Object> project(ProjectFunding p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("total_budget", money(p.totalBudget()));
        m.put("public_awarded", money(p.publicAwarded()));
        m.put("public_rate", ratio(p.publicRate()));
        List<Object> funders = new ArrayList<>();
        for (FunderFigures f : p.byFunder()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("funder", f.funder());
            o.put("type", f.type().map(FunderType::name).orElse(null));
            o.put("awarded", money(f.awarded()));
            o.put("received", money(f.received()));
            o.put("budget_share", ratio(f.budgetShare(p.totalBudget())));
            o.put("received_to_awarded", ratio(f.receivedRate()));
            funders.add(o);
        }
        m.put("by_funder", funders);
        m.put("spent", money(p.spent()));
        m.put("received", money(p.received()));
        m.put("consumption_rate", ratio(p.consumptionRate()));
        TreasuryGap gap = p.treasury();
        m.put("max_treasury_gap", money(gap.max()));
        m.put("max_treasury_gap_date", gap.maxDate().map(LocalDate::toString).orElse(null));
        m.put("leverage_sales", ratio(p.leverage().sales()));
        m.put("leverage_local_producers", ratio(p.leverage().localProducers()));
        // the detail, beyond the contract's keys
        m.put("from", p.period().map(x -> x.from().toString()).orElse(null));
        m.put("to", p.period().map(x -> x.to().toString()).orElse(null));
        m.put("eligible", money(p.eligible()));
        m.put("forecast", p.forecast().map(FundingDocument::money).orElse(null));
        m.put("received_rate", ratio(p.receivedRate()));
        m.put("sales_ht", money(p.leverage().salesHt()));
        m.put("local_producers_sales_ht", money(p.leverage().localSalesHt()));
        List<Object> headings = new ArrayList<>();
        for (HeadingFigures h : p.byHeading()) {
            Map<String, Object> o = heading(h);
            o.put("forecast", h.forecast().map(FundingDocument::money).orElse(null));
            o.put("consumption_rate", ratio(h.consumptionRate()));
            headings.add(o);
        }
        m.put("by_heading", headings);
        List<Object> years = new ArrayList<>();
        for (YearFigures y : p.byYear()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("year", y.year());
            o.put("spent", money(y.spent()));
            o.put("eligible", money(y.eligible()));
            o.put("lines", y.lines());
            years.add(o);
        }
        m.put("by_year", years);
        List<Object> claims = new ArrayList<>();
        for (ClaimFigures c : p.claims()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("funder", c.funder().orElse(null));
            o.put("claim", c.claim().orElse(null));
            o.put("spent", money(c.spent()));
            o.put("eligible", money(c.eligible()));
            o.put("lines", c.lines());
            List<Object> byHeading = new ArrayList<>();
            for (HeadingFigures h : c.byHeading()) {
                byHeading.add(heading(h));
            }
            o.put("by_heading", byHeading);
            claims.add(o);
        }
        m.put("claims", claims);
        List<Object> series = new ArrayList<>();
        for (TreasuryGap.Day d : gap.days()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("date", d.date().toString());
            o.put("spent", money(d.spent()));
            o.put("received", money(d.received()));
            o.put("gap", money(d.gap()));
            series.add(o);
        }
        m.put("treasury_gap", series);
        List<Object> warnings = new ArrayList<>();
        for (FundingWarning w : p.warnings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("code", w.code().name());
            o.put("funder", w.funder().orElse(null));
            o.put("date", w.date().map(LocalDate::toString).orElse(null));
            o.put("amount", money(w.amount()));
            o.put("message", w.message(locale));
            warnings.add(o);
        }
        m.put("warnings", warnings);
        return m;
    }

    private static Map<String, Object> heading(HeadingFigures h) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("heading", h.heading());
        o.put("spent", money(h.spent()));
        o.put("eligible", money(h.eligible()));
        o.put("lines", h.lines());
        return o;
    }

    static BigDecimal money(BigDecimal v) {
        return Ratio.round(v, 2);
    }

    static BigDecimal ratio(Optional<BigDecimal> v) {
        return v.map(x -> Ratio.round(x, 4)).orElse(null);
    }
}
