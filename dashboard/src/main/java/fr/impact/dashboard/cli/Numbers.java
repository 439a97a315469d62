package fr.impact.dashboard.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** French number forms: {@code 1 234}, {@code 1 234,56 €}, {@code 12,3 %} (narrow no-break spaces). */
final class Numbers {

    private Numbers() {}

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        s.setGroupingSeparator('\u202F');
        s.setDecimalSeparator(',');
        DecimalFormat f = new DecimalFormat(pattern, s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    static String integer(long n) {
        return format("#,##0").format(n);
    }

    static String euros(BigDecimal v) {
        return v == null ? "—" : format("#,##0.00").format(v) + "\u00A0€";
    }

    static String percent(BigDecimal share) {
        return share == null ? "—" : format("#,##0.0").format(share.movePointRight(2)) + "\u00A0%";
    }
}
