-- The hub's sales lines to collective-catering buyers that have a SIRET in the buyers file,
-- within the period, optionally one buyer, with what the export needs to mark them local:
-- the line's origin level and the producer's and the buyer's communes.
-- Parameters: $1 from, $2 to (inclusive), $3 buyer id (NULL = every canteen).
SELECT regexp_replace(b.siret, '\s', '', 'g') AS siret, s.client_id, s.date, s.facture, s.ligne, s.produit,
       s.producer_name, s.producteur_nom, s.famille, s.montant_ht, s.labels, s.origine, s.origin_level,
       s.producer_commune, b.commune_insee AS buyer_commune
FROM sales_enriched AS s
JOIN buyers AS b ON b.hub = s.hub AND b.client_id = s.client_id
WHERE s.date BETWEEN $1 AND $2
  AND s.collective
  AND b.siret IS NOT NULL
  AND ($3 IS NULL OR s.client_id = $3)
ORDER BY siret, s.date, s.facture, s.ligne;
