-- The expenditures of a payment claim, one row each, grouped by heading (poste) then dated:
-- the "état récapitulatif des dépenses". A claim is either one `demande` (matched without
-- case) or every expenditure dated in a period.
-- Parameters: $1 project key, $2 claim name (NULL: by period), $3 from, $4 to (inclusive;
-- ignored when a claim is named).
SELECT poste, poste_key, date, fournisseur, reference, libelle, montant_ht, montant_ttc,
       montant_eligible, date_paiement, financeur, demande, source_line
FROM expenditures
WHERE projet_key = $1
  AND (CASE WHEN CAST($2 AS VARCHAR) IS NULL THEN date BETWEEN $3 AND $4
            ELSE upper(demande) = upper(CAST($2 AS VARCHAR)) END)
ORDER BY poste_key, date, reference NULLS LAST, source_line;
