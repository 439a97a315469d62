-- Sales and local-origin totals by buyer (key, label, then the measures of sales_totals).
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT hub || '/' || client_id AS key,
       coalesce(any_value(buyer_name), any_value(client_nom), any_value(client_id)) AS label,
       count(*) AS lines,
       coalesce(sum(montant_ht), 0) AS total_ht,
       coalesce(sum(montant_ht) FILTER (WHERE origin_level IN ('PARC', 'PROCHE')), 0) AS local_ht,
       coalesce(sum(montant_ht) FILTER (WHERE origin_level = 'PARC'), 0) AS parc_ht,
       coalesce(sum(montant_ht) FILTER (WHERE origin_level = 'PROCHE'), 0) AS proche_ht,
       coalesce(sum(montant_ht) FILTER (WHERE origin_level = 'ELOIGNE'), 0) AS eloigne_ht,
       coalesce(sum(montant_ht) FILTER (WHERE origin_level = 'INCONNU'), 0) AS unknown_ht,
       coalesce(sum(kg), 0) AS total_kg,
       coalesce(sum(kg) FILTER (WHERE origin_level IN ('PARC', 'PROCHE')), 0) AS local_kg,
       coalesce(sum(litres), 0) AS total_litres,
       count(*) FILTER (WHERE origin_level = 'INCONNU') AS unknown_lines
FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
GROUP BY 1
ORDER BY 1;
