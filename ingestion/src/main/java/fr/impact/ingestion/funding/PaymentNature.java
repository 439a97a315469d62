package fr.impact.ingestion.funding;

import fr.impact.ingestion.rules.Keys;
import java.util.Optional;

/** What a payment received is: an advance, an instalment, or the balance. */
public enum PaymentNature {
    AVANCE,
    ACOMPTE,
    SOLDE;

    /**
     * {@code AVANCE}, {@code ACOMPTE} (also {@code Acompte 2}, {@code acompte n°2}) or {@code SOLDE},
     * compared without case, accents or punctuation; English names accepted.
     */
    public static Optional<PaymentNature> parse(String text) {
        String k = Keys.normalize(text);
        if (k.equals("avance") || k.equals("advance")) {
            return Optional.of(AVANCE);
        }
        if (k.equals("solde") || k.equals("balance") || k.equals("soldefinal")) {
            return Optional.of(SOLDE);
        }
        if (Claim.instalmentNumber(k).isPresent() || k.equals("acompte") || k.equals("instalment")) {
            return Optional.of(ACOMPTE);
        }
        return Optional.empty();
    }
}
