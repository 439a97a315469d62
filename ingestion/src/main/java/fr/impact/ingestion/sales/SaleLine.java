package fr.impact.ingestion.sales;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.model.EgalimGroup;
import fr.impact.ingestion.model.EgalimLabel;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One valid invoice line of the hub, normalised: the same whichever engine or file format
 * it came from. Amounts are exact ({@code montantHt} at 2 decimals, {@code quantite} at 3).
 */
public record SaleLine(
        long sourceLine,
        String facture,
        int ligne,
        LocalDate date,
        String clientId,
        Optional<String> clientNom,
        Optional<Segment> clientType,
        String producteurId,
        Optional<String> producteurNom,
        String produit,
        Optional<String> produitCode,
        Family famille,
        BigDecimal quantite,
        Unit unite,
        Optional<BigDecimal> prixUnitaireHt,
        BigDecimal montantHt,
        List<EgalimLabel> labels,
        Optional<String> origine) {

    public SaleLine {
        requireNonNull(facture, "facture is null");
        requireNonNull(date, "date is null");
        requireNonNull(clientId, "clientId is null");
        requireNonNull(producteurId, "producteurId is null");
        requireNonNull(produit, "produit is null");
        requireNonNull(famille, "famille is null");
        requireNonNull(quantite, "quantite is null");
        requireNonNull(unite, "unite is null");
        requireNonNull(montantHt, "montantHt is null");
        labels = List.copyOf(labels);
        if (ligne < 1) {
            throw new IllegalArgumentException("ligne < 1: " + ligne);
        }
        if (quantite.signum() == 0) {
            throw new IllegalArgumentException("quantite is zero");
        }
    }

    /** The group this line's amount counts in, once. */
    public EgalimGroup egalimGroup() {
        return EgalimGroup.of(labels);
    }

    /** Kilograms for lines sold by weight, else null. */
    public BigDecimal kilograms() {
        return unite.kilograms(quantite);
    }

    /** Litres for lines sold by volume, else null. */
    public BigDecimal litres() {
        return unite.litres(quantite);
    }
}
