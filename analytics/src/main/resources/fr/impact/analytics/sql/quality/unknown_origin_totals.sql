-- Lines of INCONNU origin (producer unknown or without commune): how many, how much. Equal,
-- by construction, to unknown_lines and unknown_ht of local/sales_totals.sql.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT count(*) AS lines,
       coalesce(sum(montant_ht), 0) AS total_ht
FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
WHERE origin_level = 'INCONNU';
