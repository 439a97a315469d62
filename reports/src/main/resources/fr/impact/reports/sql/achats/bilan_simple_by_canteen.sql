-- ma-cantine's "bilan simple" values of each canteen (collective-catering buyer with a SIRET)
-- for its purchases through the hub in the period: each line counted once in its EGalim
-- group (BIO > SIQO > other EGalim > externalities/performance), "dont commerce équitable"
-- when the line also carries COMMERCE_EQUITABLE, meat/poultry and fish apart, "France" when
-- the line's origine is FRANCE. Parameters: $1 from, $2 to (inclusive), $3 buyer id (NULL = all).
WITH lines AS (
    SELECT regexp_replace(b.siret, '\s', '', 'g') AS siret, s.montant_ht AS v, s.egalim_group AS g, s.famille AS f,
           coalesce(s.origine = 'FRANCE', false) AS fr,
           coalesce(list_contains(string_split(s.labels, '|'), 'COMMERCE_EQUITABLE'), false) AS ce
    FROM sales_enriched AS s
    JOIN buyers AS b ON b.hub = s.hub AND b.client_id = s.client_id
    WHERE s.date BETWEEN $1 AND $2
      AND s.collective
      AND b.siret IS NOT NULL
      AND ($3 IS NULL OR s.client_id = $3)
)
SELECT siret,
       coalesce(sum(v), 0) AS valeur_totale,
       coalesce(sum(v) FILTER (WHERE g = 'BIO'), 0) AS valeur_bio,
       coalesce(sum(v) FILTER (WHERE g = 'BIO' AND ce), 0) AS valeur_bio_dont_commerce_equitable,
       coalesce(sum(v) FILTER (WHERE g = 'SIQO'), 0) AS valeur_siqo,
       coalesce(sum(v) FILTER (WHERE g = 'EXTERNALITES_PERFORMANCE'), 0) AS valeur_externalites_performance,
       coalesce(sum(v) FILTER (WHERE g = 'AUTRES_EGALIM'), 0) AS valeur_egalim_autres,
       coalesce(sum(v) FILTER (WHERE g = 'AUTRES_EGALIM' AND ce), 0) AS valeur_egalim_autres_dont_commerce_equitable,
       coalesce(sum(v) FILTER (WHERE f = 'VIANDES_VOLAILLES'), 0) AS valeur_viandes_volailles,
       coalesce(sum(v) FILTER (WHERE f = 'VIANDES_VOLAILLES' AND g <> 'NON_EGALIM'), 0) AS valeur_viandes_volailles_egalim,
       coalesce(sum(v) FILTER (WHERE f = 'VIANDES_VOLAILLES' AND fr), 0) AS valeur_viandes_volailles_france,
       coalesce(sum(v) FILTER (WHERE f = 'PRODUITS_DE_LA_MER'), 0) AS valeur_produits_de_la_mer,
       coalesce(sum(v) FILTER (WHERE f = 'PRODUITS_DE_LA_MER' AND g <> 'NON_EGALIM'), 0) AS valeur_produits_de_la_mer_egalim,
       coalesce(sum(v) FILTER (WHERE f = 'PRODUITS_DE_LA_MER' AND fr), 0) AS valeur_produits_de_la_mer_france,
       coalesce(sum(v) FILTER (WHERE f = 'FRUITS_ET_LEGUMES' AND fr), 0) AS valeur_fruits_et_legumes_france,
       coalesce(sum(v) FILTER (WHERE f = 'CHARCUTERIE' AND fr), 0) AS valeur_charcuterie_france,
       coalesce(sum(v) FILTER (WHERE f = 'PRODUITS_LAITIERS' AND fr), 0) AS valeur_produits_laitiers_france,
       coalesce(sum(v) FILTER (WHERE f = 'BOULANGERIE' AND fr), 0) AS valeur_boulangerie_france,
       coalesce(sum(v) FILTER (WHERE f = 'BOISSONS' AND fr), 0) AS valeur_boissons_france,
       coalesce(sum(v) FILTER (WHERE f = 'AUTRES' AND fr), 0) AS valeur_autres_france
FROM lines
GROUP BY siret
ORDER BY siret;
