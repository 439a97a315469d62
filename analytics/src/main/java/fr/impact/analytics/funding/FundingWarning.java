package fr.impact.analytics.funding;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Period;
import fr.impact.ingestion.rules.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A consistency warning about a project's ledger — data quality, not a rejection: the rows are
 * loaded and counted; the officer checks them.
 *
 * @param funder the funder concerned (empty: an expenditure claimed on no funder)
 * @param date the expenditure's date, for an expenditure outside its period
 * @param label the expenditure's reference (else its label, else its heading)
 * @param amount the amount concerned: the expenditure, the funder's payments or its award
 * @param limit what the amount exceeds: the amount awarded, for a payment above it
 * @param period the grant or project period concerned
 * @param lines how many rows the warning covers
 */
public record FundingWarning(Code code, Optional<String> funder, Optional<LocalDate> date, Optional<String> label,
        BigDecimal amount, Optional<BigDecimal> limit, Optional<Period> period, long lines) {

    /** What is inconsistent. */
    public enum Code {
        /** An expenditure claimed on a funder, dated in none of that funder's grant periods. */
        EXPENDITURE_OUTSIDE_GRANT_PERIOD,
        /** An expenditure claimed on no funder, dated outside the project period. */
        EXPENDITURE_OUTSIDE_PROJECT_PERIOD,
        /** Expenditures claimed on a funder that has no grant in the project. */
        EXPENDITURE_WITHOUT_GRANT,
        /** A funder's payments add up to more than its grants award. */
        PAYMENT_ABOVE_AWARDED,
        /** Payments from a funder that has no grant in the project. */
        PAYMENT_WITHOUT_GRANT,
        /** A grant with nothing spent in its period. */
        GRANT_NOTHING_SPENT
    }

    static final String BUNDLE = "fr.impact.analytics.funding.warnings";

    public FundingWarning {
        requireNonNull(code, "code is null");
        requireNonNull(funder, "funder is null");
        requireNonNull(date, "date is null");
        requireNonNull(label, "label is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(limit, "limit is null");
        requireNonNull(period, "period is null");
    }

    /** The sentence for the officer, in French or English (anything else is French). */
    public String message(Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        Messages m = Messages.bundle(BUNDLE, en ? Messages.ENGLISH : Messages.FRENCH);
        DateTimeFormatter dates = en ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String none = m.text("none");
        return m.text(code.name(),
                funder.orElse(none),
                date.map(dates::format).orElse(""),
                label.orElse(""),
                euros(amount, en),
                limit.map(l -> euros(l, en)).orElse(""),
                period.map(p -> dates.format(p.from())).orElse(""),
                period.map(p -> dates.format(p.to())).orElse(""),
                lines);
    }

    static String euros(BigDecimal v, boolean english) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(english ? Locale.UK : Locale.FRANCE);
        if (!english) {
            s.setGroupingSeparator('\u202F');
            s.setDecimalSeparator(',');
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v) + "\u00A0€";
    }
}
