package fr.impact.ingestion.achats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One purchase of a canteen, as ma-cantine stores it.
 *
 * @param siret the canteen's SIRET (digits only), for the {@code siret} variant
 * @param cantineId the canteen's ma-cantine id, for the {@code cantine_id} variant
 * @param prixHt rounded to the cent, half-down
 * @param categories EGalim categories, in file order, without duplicates
 * @param origine {@code FRANCE} or {@code EUROPE}
 * @param definitionLocal {@code PAT}, {@code COMMUNE}, {@code DEPARTEMENT}, {@code REGION} or {@code KM}
 */
public record Purchase(Optional<String> siret, Optional<Long> cantineId, String description,
        Optional<String> fournisseur, LocalDate date, BigDecimal prixHt, String famille, List<String> categories,
        Optional<String> origine, boolean circuitCourt, boolean local, Optional<String> definitionLocal,
        Optional<BigDecimal> definitionLocalKm) {

    public Purchase {
        requireNonNull(siret, "siret is null");
        requireNonNull(cantineId, "cantineId is null");
        if (siret.isPresent() == cantineId.isPresent()) {
            throw new IllegalArgumentException("exactly one of siret and cantineId");
        }
        requireNonNull(description, "description is null");
        requireNonNull(fournisseur, "fournisseur is null");
        requireNonNull(date, "date is null");
        requireNonNull(prixHt, "prixHt is null");
        if (prixHt.scale() != 2) {
            throw new IllegalArgumentException("prixHt is not in cents: " + prixHt);
        }
        requireNonNull(famille, "famille is null");
        categories = List.copyOf(categories);
        requireNonNull(origine, "origine is null");
        requireNonNull(definitionLocal, "definitionLocal is null");
        requireNonNull(definitionLocalKm, "definitionLocalKm is null");
    }
}
