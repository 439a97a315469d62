-- EGalim amounts per collective-catering buyer (hub, id), each line counted once in its group
-- (the measures of egalim_totals), with the buyer's name, segment and commune; largest first.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT s.hub,
       s.client_id,
       coalesce(any_value(s.buyer_name), any_value(s.client_nom), s.client_id) AS name,
       any_value(s.segment) AS segment,
       any_value(b.commune_insee) AS commune,
       count(*) AS lines,
       coalesce(sum(s.montant_ht), 0) AS total_ht,
       coalesce(sum(s.montant_ht) FILTER (WHERE s.egalim_group = 'BIO'), 0) AS bio_ht,
       coalesce(sum(s.montant_ht) FILTER (WHERE s.egalim_group = 'SIQO'), 0) AS siqo_ht,
       coalesce(sum(s.montant_ht) FILTER (WHERE s.egalim_group = 'AUTRES_EGALIM'), 0) AS autres_egalim_ht,
       coalesce(sum(s.montant_ht) FILTER (WHERE s.egalim_group = 'EXTERNALITES_PERFORMANCE'), 0)
           AS externalites_performance_ht,
       coalesce(sum(s.montant_ht) FILTER (WHERE s.famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER')), 0)
           AS meat_fish_total_ht,
       coalesce(sum(s.montant_ht) FILTER (WHERE s.famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER')
                                            AND s.egalim_group <> 'NON_EGALIM'), 0) AS meat_fish_egalim_ht
FROM filtered_sales($1, $2, $3, $4, $5, $6, $7) AS s
LEFT JOIN buyers AS b ON b.hub = s.hub AND b.client_id = s.client_id
WHERE s.collective
GROUP BY s.hub, s.client_id
ORDER BY total_ht DESC, s.hub, s.client_id;
