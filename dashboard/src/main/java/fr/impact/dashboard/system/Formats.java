package fr.impact.dashboard.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * French forms for templates ({@code ${@fr.euros(x)}}): {@code 1 234,56 €}, {@code 12,3 %},
 * {@code 26/11/2026}. Narrow no-break spaces group the digits; a missing value is "—".
 */
@Component("fr")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        s.setGroupingSeparator('\u202F');
        s.setDecimalSeparator(',');
        DecimalFormat f = new DecimalFormat(pattern, s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    public String integer(long n) {
        return format("#,##0").format(n);
    }

    public String euros(BigDecimal v) {
        return v == null ? "—" : format("#,##0.00").format(v) + "\u00A0€";
    }

    /** Whole euros, for key figures. */
    public String eurosRounded(BigDecimal v) {
        return v == null ? "—" : format("#,##0").format(v) + "\u00A0€";
    }

    public String percent(Object share) {
        BigDecimal v = unwrap(share);
        return v == null ? "—" : format("#,##0.0").format(v.movePointRight(2)) + "\u00A0%";
    }

    public String kilos(BigDecimal kg) {
        return kg == null ? "—" : format("#,##0").format(kg) + "\u00A0kg";
    }

    public String date(LocalDate d) {
        return d == null ? "—" : d.format(DATE);
    }

    public String dateTime(LocalDateTime d) {
        return d == null ? "—" : d.format(DATE_TIME);
    }

    /**
     * A group's name for people: a segment's or a family's French label, a month
     * ({@code 2025-03} → {@code mars 2025}); otherwise the label the query gave, else its key.
     */
    public String group(String key, String label) {
        if (key == null) {
            return label == null ? "—" : label;
        }
        if (key.matches("\\d{4}-\\d{2}")) {
            java.time.YearMonth ym = java.time.YearMonth.parse(key);
            return ym.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        }
        var segment = fr.impact.ingestion.model.Segment.parse(key);
        if (segment.isPresent() && segment.get().name().equals(key)) {
            return segment.get().label();
        }
        var family = fr.impact.ingestion.model.Family.parse(key);
        if (family.isPresent() && family.get().name().equals(key)) {
            return family.get().label();
        }
        return label != null && !label.isBlank() ? label : key;
    }

    /** Whether a share reaches a target (false when unknown). */
    public boolean reaches(Object share, String target) {
        BigDecimal v = unwrap(share);
        return v != null && v.compareTo(new BigDecimal(target)) >= 0;
    }

    /** Percentage width for a bar, 0 to 100. */
    public String width(Object share) {
        BigDecimal v = unwrap(share);
        if (v == null) {
            return "0";
        }
        BigDecimal p = v.movePointRight(2).max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return p.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal unwrap(Object o) {
        if (o instanceof Optional<?> opt) {
            return (BigDecimal) opt.orElse(null);
        }
        return (BigDecimal) o;
    }
}
