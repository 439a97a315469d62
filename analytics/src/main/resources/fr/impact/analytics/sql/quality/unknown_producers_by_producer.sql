-- Producers whose lines are of INCONNU origin, per hub: absent from the producers file (of
-- that hub), or present but without a commune. The same lines as the INCONNU amounts of
-- sales_totals, so the two always agree. Largest amount first.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT s.hub,
       s.producteur_id,
       coalesce(any_value(s.producer_name), any_value(s.producteur_nom)) AS name,
       EXISTS (SELECT 1 FROM producers AS p
               WHERE p.hub = s.hub AND p.producteur_id = s.producteur_id) AS in_producers_file,
       count(*) AS lines,
       sum(s.montant_ht) AS total_ht
FROM filtered_sales($1, $2, $3, $4, $5, $6, $7) AS s
WHERE s.origin_level = 'INCONNU'
GROUP BY s.hub, s.producteur_id
ORDER BY total_ht DESC, s.hub, s.producteur_id;
