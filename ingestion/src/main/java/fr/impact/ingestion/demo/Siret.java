package fr.impact.ingestion.demo;

import java.util.SplittableRandom;

/**
 * Made-up SIRET numbers that pass the checks a real one passes: 14 digits, a SIREN (the first
 * nine) valid under the Luhn key, and the whole number valid under the Luhn key.
 */
final class Siret {

    private Siret() {}

    /**
     * A new SIRET whose SIREN starts with {@code prefix} (e.g. {@code "21"} for a commune,
     * {@code "19"} for a public school, {@code "26"} for a public hospital; one digit for a
     * company or a farm), with a NIC of the form {@code 000dd}.
     */
    static String generate(SplittableRandom random, String prefix) {
        StringBuilder siren = new StringBuilder(prefix);
        while (siren.length() < 8) {
            siren.append((char) ('0' + random.nextInt(10)));
        }
        siren.append(checkDigit(siren));
        StringBuilder siret = new StringBuilder(siren).append("000").append((char) ('1' + random.nextInt(9)));
        siret.append(checkDigit(siret));
        return siret.toString();
    }

    /** The digit that, appended to {@code digits}, makes the whole valid under the Luhn key. */
    private static char checkDigit(CharSequence digits) {
        int sum = luhnSum(digits, true);
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Luhn sum; {@code doubleLast} when a check digit is still to be appended after these digits. */
    private static int luhnSum(CharSequence digits, boolean doubleLast) {
        int sum = 0;
        boolean doubled = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a digit in " + digits);
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }
}
