package fr.impact.ingestion.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as French and English spreadsheets write them: ASCII digits, an optional sign,
 * one decimal separator ({@code ,} or {@code .}), thousands separated by a space, a no-break
 * space (U+00A0) or a narrow no-break space (U+202F), and an optional trailing {@code €}.
 * No exponent, no {@code NaN}, no {@code Infinity}, no other digits.
 */
public final class Decimals {

    /** The largest magnitude a DECIMAL(18,2) holds: 10^16 − 0.01. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    /** The largest magnitude a DECIMAL(18,3) holds. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999999.999");

    private Decimals() {}

    /** The number, exactly as written, or {@code null} when it is not a number. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '€') {
            end--;
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        if (start == end) {
            return null;
        }
        boolean negative = false;
        char first = text.charAt(start);
        if (first == '-' || first == '+') {
            negative = first == '-';
            start++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1; // -1: no decimal separator seen yet
        boolean lastWasDigit = false;
        int groupDigits = -1; // digits since the last thousands separator; -1 before any
        int leadDigits = 0;   // digits before the first thousands separator
        StringBuilder big = null;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    unscaled = unscaled * 10 + (c - '0');
                } else {
                    if (big == null) {
                        big = new StringBuilder().append(unscaled);
                    }
                    big.append(c);
                }
                if (unscaled != 0 || big != null) {
                    digits++;
                }
                if (scale >= 0) {
                    scale++;
                } else if (groupDigits >= 0) {
                    groupDigits++;
                } else {
                    leadDigits++;
                }
                lastWasDigit = true;
            } else if (c == ',' || c == '.') {
                if (scale >= 0 || !lastWasDigit && i == start) {
                    return null; // second separator, or nothing before it
                }
                if (groupDigits >= 0 && groupDigits != 3) {
                    return null; // "1 2,5": a group of thousands has three digits
                }
                scale = 0;
                lastWasDigit = false;
            } else if (isSpace(c)) {
                // thousands separator: only between digits of the integer part
                if (scale >= 0 || !lastWasDigit || i + 1 >= end || !isDigit(text.charAt(i + 1))) {
                    return null;
                }
                if (groupDigits < 0 ? leadDigits > 3 : groupDigits != 3) {
                    return null; // "12345 678" or "1 5": thousands come in groups of three
                }
                groupDigits = 0;
            } else {
                return null;
            }
        }
        if (!lastWasDigit) {
            return null; // "12," or "-"
        }
        if (scale < 0 && groupDigits >= 0 && groupDigits != 3) {
            return null; // "1 2345"
        }
        int s = Math.max(scale, 0);
        BigDecimal value = big == null
                ? BigDecimal.valueOf(unscaled, s)
                : new BigDecimal(new java.math.BigInteger(big.toString()), s);
        return negative ? value.negate() : value;
    }

    /** Rounded half-up to {@code scale} decimals. */
    public static BigDecimal round(BigDecimal v, int scale) {
        return v.scale() == scale ? v : v.setScale(scale, RoundingMode.HALF_UP);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
    }
}
