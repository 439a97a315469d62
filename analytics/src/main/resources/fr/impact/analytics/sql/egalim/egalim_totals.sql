-- EGalim over collective catering: each line's amount counts once, in its group
-- (BIO > SIQO > AUTRES_EGALIM > EXTERNALITES_PERFORMANCE > NON_EGALIM, set at import);
-- meat and fish over VIANDES_VOLAILLES and PRODUITS_DE_LA_MER only.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT coalesce(sum(montant_ht), 0) AS total_ht,
       coalesce(sum(montant_ht) FILTER (WHERE egalim_group = 'BIO'), 0) AS bio_ht,
       coalesce(sum(montant_ht) FILTER (WHERE egalim_group = 'SIQO'), 0) AS siqo_ht,
       coalesce(sum(montant_ht) FILTER (WHERE egalim_group = 'AUTRES_EGALIM'), 0) AS autres_egalim_ht,
       coalesce(sum(montant_ht) FILTER (WHERE egalim_group = 'EXTERNALITES_PERFORMANCE'), 0) AS externalites_performance_ht,
       coalesce(sum(montant_ht) FILTER (WHERE famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER')), 0) AS meat_fish_total_ht,
       coalesce(sum(montant_ht) FILTER (WHERE famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER')
                                          AND egalim_group <> 'NON_EGALIM'), 0) AS meat_fish_egalim_ht,
       count(*) AS lines
FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
WHERE collective;
