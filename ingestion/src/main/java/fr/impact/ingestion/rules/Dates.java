package fr.impact.ingestion.rules;

import java.time.LocalDate;

/**
 * Dates as French spreadsheets write them: {@code dd/MM/yyyy} (also {@code d/M/yyyy},
 * {@code dd.MM.yyyy}, {@code dd-MM-yyyy}), {@code yyyy-MM-dd}, and {@code dd/MM/yy} read as
 * 20yy. A time after the date ({@code 15/03/2024 08:30}) is ignored.
 */
public final class Dates {

    private Dates() {}

    /** The date, or {@code null} when the text is not a valid date. */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        int space = s.indexOf(' ');
        if (space < 0) {
            space = s.indexOf('T');
        }
        if (space > 0) {
            s = s.substring(0, space);
        }
        int n = s.length();
        if (n < 6 || n > 10) {
            return null;
        }
        int[] parts = new int[3];
        int[] widths = new int[3];
        int part = 0;
        char sep = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                parts[part] = parts[part] * 10 + (c - '0');
                widths[part]++;
                if (widths[part] > 4) {
                    return null;
                }
            } else if (c == '/' || c == '-' || c == '.') {
                if (sep == 0) {
                    sep = c;
                } else if (c != sep) {
                    return null;
                }
                part++;
                if (part > 2) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (part != 2 || widths[0] == 0 || widths[1] == 0 || widths[2] == 0) {
            return null;
        }
        int year;
        int month;
        int day;
        if (widths[0] == 4) { // yyyy-MM-dd
            if (sep != '-' || widths[1] > 2 || widths[2] > 2) {
                return null;
            }
            year = parts[0];
            month = parts[1];
            day = parts[2];
        } else {
            if (widths[0] > 2 || widths[1] > 2 || (widths[2] != 4 && widths[2] != 2)) {
                return null;
            }
            day = parts[0];
            month = parts[1];
            year = widths[2] == 2 ? 2000 + parts[2] : parts[2];
        }
        if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
