package fr.impact.ingestion.funding;

import fr.impact.ingestion.rules.Keys;
import java.util.Optional;

/**
 * A payment claim ({@code demande}) an expenditure belongs to, written as FEADER forms write it:
 * {@code AVANCE}, {@code ACOMPTE 1}, {@code ACOMPTE 2}, … {@code SOLDE}. Read without regard to
 * case, accents or punctuation ({@code acompte n°2}, {@code Acompte_2}); an instalment without
 * a number is {@code ACOMPTE}.
 */
public final class Claim {

    private Claim() {}

    /** The claim's canonical label, or empty when the text is not a claim. */
    public static Optional<String> parse(String text) {
        String k = Keys.normalize(text);
        if (k.equals("avance") || k.equals("advance")) {
            return Optional.of("AVANCE");
        }
        if (k.equals("solde") || k.equals("balance")) {
            return Optional.of("SOLDE");
        }
        if (k.equals("acompte") || k.equals("instalment")) {
            return Optional.of("ACOMPTE");
        }
        return instalmentNumber(k).map(n -> "ACOMPTE " + n);
    }

    /** {@code acompte2}, {@code acompten2}, {@code acompteno2} → 2. */
    static Optional<Integer> instalmentNumber(String key) {
        String rest;
        if (key.startsWith("acompte")) {
            rest = key.substring("acompte".length());
        } else if (key.startsWith("instalment")) {
            rest = key.substring("instalment".length());
        } else {
            return Optional.empty();
        }
        if (rest.startsWith("no")) {
            rest = rest.substring(2);
        } else if (rest.startsWith("n")) {
            rest = rest.substring(1);
        }
        if (rest.isEmpty() || rest.length() > 3 || !rest.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int n = Integer.parseInt(rest);
        return n >= 1 ? Optional.of(n) : Optional.empty();
    }
}
