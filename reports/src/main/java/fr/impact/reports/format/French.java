package fr.impact.reports.format;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * French number and date forms for reports. Grouping is the narrow no-break space (U+202F), as
 * the Imprimerie nationale and {@code fr-FR} in current JDKs write it; units follow a no-break
 * space (U+00A0), so a line never breaks inside {@code 1 234,56 €}. Rounding is half-up; an
 * absent value (a share of nothing) is a dash.
 */
public final class French {

    /** Narrow no-break space, between thousands. */
    public static final char GROUP = '\u202F';
    /** No-break space, before a unit ({@code €}, {@code %}, {@code kg}). */
    public static final char UNIT_SPACE = '\u00A0';
    /** What an absent value prints as. */
    public static final String NONE = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final String[] MONTHS = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
        "sept.", "oct.", "nov.", "déc."};
    private static final String[] MONTHS_LONG = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};

    private French() {}

    /** A new format (DecimalFormat is not thread-safe) for a {@code java.text} pattern, French symbols. */
    public static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        s.setGroupingSeparator(GROUP);
        s.setDecimalSeparator(',');
        DecimalFormat f = new DecimalFormat(pattern, s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** {@code 1 234,56 €}. */
    public static String euros(BigDecimal amount) {
        return amount == null ? NONE : pattern("#,##0.00").format(amount) + UNIT_SPACE + "€";
    }

    /** {@code 1 235 €}: rounded to the euro, for large figures. */
    public static String wholeEuros(BigDecimal amount) {
        return amount == null ? NONE : pattern("#,##0").format(amount) + UNIT_SPACE + "€";
    }

    /** {@code 1 234}. */
    public static String integer(long n) {
        return pattern("#,##0").format(n);
    }

    /** {@code 1 234,5} with this many decimals. */
    public static String decimal(BigDecimal v, int decimals) {
        if (v == null) {
            return NONE;
        }
        return pattern(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(v);
    }

    /** A share in [0, 1] as a percentage with this many decimals: {@code 0.6691} → {@code 67 %} or {@code 66,9 %}. */
    public static String percent(BigDecimal share, int decimals) {
        return share == null ? NONE : decimal(share.movePointRight(2), decimals) + UNIT_SPACE + "%";
    }

    /** @see #percent(BigDecimal, int) */
    public static String percent(Optional<BigDecimal> share, int decimals) {
        return percent(share.orElse(null), decimals);
    }

    /** {@code 26/11/2026}. */
    public static String date(LocalDate d) {
        return d == null ? NONE : DATE.format(d);
    }

    /** {@code janv. 2024}. */
    public static String month(YearMonth m) {
        requireNonNull(m, "month is null");
        return MONTHS[m.getMonthValue() - 1] + UNIT_SPACE + m.getYear();
    }

    /** {@code janv.} (for a chart's axis within one year). */
    public static String shortMonth(YearMonth m) {
        return MONTHS[m.getMonthValue() - 1];
    }

    /** {@code janvier 2024}. */
    public static String longMonth(YearMonth m) {
        return MONTHS_LONG[m.getMonthValue() - 1] + " " + m.getYear();
    }

    /** A format for chart axes: {@code 1 234}. */
    public static NumberFormat integerFormat() {
        return pattern("#,##0");
    }

    /** A format for chart axes: {@code 1 234 €}. */
    public static NumberFormat euroFormat() {
        return pattern("#,##0'" + UNIT_SPACE + "€'");
    }

    /** A format for chart axes, shares in [0, 1]: {@code 12 %}. */
    public static NumberFormat percentFormat(int decimals) {
        // '%' in a DecimalFormat suffix multiplies by 100
        return pattern((decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)) + UNIT_SPACE + "%");
    }

    /** Spaces of every width (no-break, narrow, thin) as plain spaces: for comparing text read back from a file. */
    public static String plainSpaces(String s) {
        return s.replace('\u202F', ' ').replace('\u00A0', ' ').replace('\u2009', ' ');
    }
}
