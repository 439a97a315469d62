package fr.impact.ingestion.reference;

import fr.impact.ingestion.model.OriginLevel;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.rules.Dates;
import fr.impact.ingestion.rules.Decimals;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.Keys;
import fr.impact.ingestion.rules.RowCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The value rules of the reference files (producers, buyers, territory): commune codes
 * (a lost leading zero restored, a former commune mapped to its commune nouvelle), SIRET
 * with its Luhn key, coordinates, yes/no, dates. Pure Java, shared by every engine.
 */
public final class ReferenceRules {

    static final String SEGMENTS = Arrays.stream(Segment.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private ReferenceRules() {}

    /** A commune INSEE code, normalised; null (with a rejection) when invalid. */
    public static String commune(long line, String column, String text, List<Finding> f) {
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 4 && allDigits(s)) {
            String padded = "0" + s;
            f.add(new Finding(line, column, text, RowCode.COMMUNE_PADDED, padded));
            s = padded;
        }
        if (!isCommuneCode(s)) {
            f.add(Finding.of(line, column, text, RowCode.INVALID_COMMUNE));
            return null;
        }
        var current = Communes.instance().currentCodeOf(s);
        if (current.isPresent() && !current.get().equals(s)) {
            f.add(new Finding(line, column, text, RowCode.COMMUNE_MERGED, current.get()));
            return current.get();
        }
        return s;
    }

    static boolean isCommuneCode(String s) {
        if (s.length() != 5) {
            return false;
        }
        if (s.startsWith("2A") || s.startsWith("2B")) {
            return allDigits(s.substring(2));
        }
        return allDigits(s) && !s.startsWith("00");
    }

    /** A territory code: a commune (5 characters) or a department (2–3); normalised, or null. */
    public static String territoryCode(long line, String column, String text, List<Finding> f) {
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 1 && allDigits(s)) {
            s = "0" + s;
        }
        if (s.length() == 2 && (allDigits(s) && s.compareTo("01") >= 0 && s.compareTo("95") <= 0 && !s.equals("20")
                || s.equals("2A") || s.equals("2B"))) {
            return s; // mainland departments; 97/98 alone are not departments (overseas ones have 3 digits)
        }
        if (s.length() == 3 && allDigits(s) && (s.startsWith("97") || s.startsWith("98"))) {
            return s;
        }
        if (s.length() == 4 || s.length() == 5) {
            return commune(line, column, text, f);
        }
        f.add(Finding.of(line, column, text, RowCode.INVALID_TERRITORY_CODE));
        return null;
    }

    /** A SIRET: 14 digits (spaces ignored) with a valid Luhn key; null (with a rejection) otherwise. */
    public static String siret(long line, String column, String text, List<Finding> f) {
        String s = text.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (!isValidSiret(s)) {
            f.add(Finding.of(line, column, text, RowCode.INVALID_SIRET));
            return null;
        }
        return s;
    }

    /** 14 digits with a valid Luhn key (La Poste's establishments: digit sum multiple of 5). */
    public static boolean isValidSiret(String s) {
        if (s.length() != 14 || !allDigits(s)) {
            return false;
        }
        if (s.startsWith("356000000")) {
            // La Poste's establishments share one SIREN: their key is a digit sum multiple of 5
            // (the head office, 35600000000048, also passes Luhn)
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                sum += s.charAt(i) - '0';
            }
            if (sum % 5 == 0) {
                return true;
            }
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int d = s.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    public static Double coordinate(long line, String column, String text, double limit, List<Finding> f) {
        BigDecimal v = Decimals.parse(text);
        if (v == null || v.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            f.add(new Finding(line, column, text, RowCode.INVALID_COORDINATE, "-" + (int) limit + " et " + (int) limit));
            return null;
        }
        return v.doubleValue();
    }

    public static Boolean yesNo(long line, String column, String text, List<Finding> f) {
        return switch (Keys.normalize(text)) {
            case "oui", "o", "yes", "y", "true", "vrai", "1", "x" -> true;
            case "non", "n", "no", "false", "faux", "0" -> false;
            default -> {
                f.add(Finding.of(line, column, text, RowCode.INVALID_BOOLEAN));
                yield null;
            }
        };
    }

    public static LocalDate date(long line, String column, String text, List<Finding> f) {
        LocalDate d = Dates.parse(text);
        if (d == null) {
            f.add(Finding.of(line, column, text, RowCode.DATE_FORMAT));
        }
        return d;
    }

    public static Segment segment(long line, String column, String text, List<Finding> f) {
        Segment s = Segment.parse(text).orElse(null);
        if (s == null) {
            f.add(new Finding(line, column, text, RowCode.UNKNOWN_SEGMENT, SEGMENTS));
        }
        return s;
    }

    public static OriginLevel level(long line, String column, String text, List<Finding> f) {
        OriginLevel l = OriginLevel.parseTerritoryLevel(text).orElse(null);
        if (l == null) {
            f.add(new Finding(line, column, text, RowCode.UNKNOWN_LEVEL, "PARC, PROCHE"));
        }
        return l;
    }

    public static Integer count(long line, String column, String text, List<Finding> f) {
        BigDecimal v = Decimals.parse(text);
        if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0
                || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            f.add(Finding.of(line, column, text, RowCode.NUMBER_FORMAT));
            return null;
        }
        return v.intValueExact();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
