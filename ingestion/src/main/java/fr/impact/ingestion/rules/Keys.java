package fr.impact.ingestion.rules;

import java.text.Normalizer;

/**
 * How headers and coded values are compared: without regard to case, accents, spaces,
 * {@code _} or {@code -} (and any other punctuation), so {@code Montant HT},
 * {@code montant_ht} and {@code MONTANT HT } are one column and {@code Fruits_et_Légumes}
 * and {@code fruits et legumes} one family.
 */
public final class Keys {

    private Keys() {}

    /** Lower-case ASCII letters and digits only, accents removed ({@code Œ} → {@code oe}). */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return normalizeSlow(s);
            }
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!keep || out != null) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    out.append(s, 0, i);
                }
                if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + 32));
                } else if (keep) {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String normalizeSlow(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c == 'œ' || c == 'Œ') {
                out.append("oe");
            } else if (c == 'æ' || c == 'Æ') {
                out.append("ae");
            } else if (c == 'ß') {
                out.append("ss");
            }
        }
        return out.toString();
    }
}
