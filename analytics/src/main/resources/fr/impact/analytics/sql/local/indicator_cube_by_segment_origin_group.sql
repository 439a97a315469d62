-- One scan for the indicator document: the filtered lines summed by segment, origin level,
-- EGalim group and meat-or-fish family; every total, share, segment and EGalim figure of the
-- document is a sum of these few groups (the separate *_totals queries give the same numbers).
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT segment,
       collective,
       origin_level,
       egalim_group,
       famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER') AS meat_fish,
       count(*) AS lines,
       sum(montant_ht) AS total_ht,
       coalesce(sum(kg), 0) AS total_kg,
       coalesce(sum(litres), 0) AS total_litres
FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
GROUP BY ALL;
