package fr.impact.dashboard.system;

import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, dates and labels for templates ({@code ${@fr.euros(x)}}) and controllers, in the
 * request's language — the one place that writes them. French (the default):
 * {@code 1 234,56 €}, {@code 12,3 %}, {@code 26/11/2026}, narrow no-break spaces grouping the
 * digits; English: {@code €1,234.56}, {@code 12.3%}, {@code 26/11/2026}. A missing value is "—".
 * Outside a request (no language asked for), French.
 */
@Component("fr")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME_FR = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm");
    private static final DateTimeFormatter MONTH_FR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final String[] SHORT_MONTHS_FR = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
        "sept.", "oct.", "nov.", "déc."};
    private static final String[] SHORT_MONTHS_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    private static final String NONE = "—";

    private final MessageSource messages;

    public Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** French ({@code fr-FR}) unless the request asked for English. */
    public Locale locale() {
        LocaleContext c = LocaleContextHolder.getLocaleContext();
        return I18nConfig.normalize(c == null ? null : c.getLocale());
    }

    public boolean english() {
        return locale() == I18nConfig.ENGLISH;
    }

    /** {@code fr} or {@code en}. */
    public String language() {
        return english() ? "en" : "fr";
    }

    private DecimalFormat format(String pattern) {
        boolean en = english();
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(en ? Locale.UK : Locale.FRANCE);
        s.setGroupingSeparator(en ? ',' : '\u202F');
        s.setDecimalSeparator(en ? '.' : ',');
        DecimalFormat f = new DecimalFormat(pattern, s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    public String integer(long n) {
        return format("#,##0").format(n);
    }

    /** {@code 1 234,56 €} or {@code €1,234.56}. */
    public String euros(BigDecimal v) {
        if (v == null) {
            return NONE;
        }
        return english() ? format("'€'#,##0.00").format(v) : format("#,##0.00").format(v) + "\u00A0€";
    }

    /** Whole euros, for key figures: {@code 1 235 €} or {@code €1,235}. */
    public String eurosRounded(BigDecimal v) {
        if (v == null) {
            return NONE;
        }
        return english() ? format("'€'#,##0").format(v) : format("#,##0").format(v) + "\u00A0€";
    }

    /** A share in [0, 1] with one decimal: {@code 12,3 %} or {@code 12.3%}. */
    public String percent(Object share) {
        return percent(share, 1);
    }

    /** A share in [0, 1] with this many decimals: {@code 12 %} or {@code 12%}. */
    public String percent(Object share, int decimals) {
        BigDecimal v = unwrap(share);
        if (v == null) {
            return NONE;
        }
        String n = format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(v.movePointRight(2));
        return english() ? n + "%" : n + "\u00A0%";
    }

    public String kilos(BigDecimal kg) {
        return kg == null ? NONE : format("#,##0").format(kg) + "\u00A0kg";
    }

    public String date(LocalDate d) {
        return d == null ? NONE : d.format(DATE);
    }

    public String dateTime(LocalDateTime d) {
        return d == null ? NONE : d.format(english() ? DATE_TIME_EN : DATE_TIME_FR);
    }

    /** {@code mars 2025} or {@code March 2025}. */
    public String month(YearMonth m) {
        return m.format(english() ? MONTH_EN : MONTH_FR);
    }

    /** {@code mars} or {@code Mar}, for a chart's axis within one year. */
    public String shortMonth(YearMonth m) {
        return (english() ? SHORT_MONTHS_EN : SHORT_MONTHS_FR)[m.getMonthValue() - 1];
    }

    /** A segment's name: its French label, or its English one. */
    public String label(Segment s) {
        return s == null ? NONE : messages.getMessage("segment." + s.name(), null, locale());
    }

    /** A product family's name: its French label (ma-cantine's), or its English one. */
    public String label(Family f) {
        return f == null ? NONE : messages.getMessage("family." + f.name(), null, locale());
    }

    /**
     * A group's name for people: a segment's or a family's label, a month
     * ({@code 2025-03} → {@code mars 2025}); otherwise the label the query gave, else its key.
     */
    public String group(String key, String label) {
        if (key == null) {
            return label == null ? NONE : label;
        }
        if (key.matches("\\d{4}-\\d{2}")) {
            return month(YearMonth.parse(key));
        }
        var segment = Segment.parse(key);
        if (segment.isPresent() && segment.get().name().equals(key)) {
            return label(segment.get());
        }
        var family = Family.parse(key);
        if (family.isPresent() && family.get().name().equals(key)) {
            return label(family.get());
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
