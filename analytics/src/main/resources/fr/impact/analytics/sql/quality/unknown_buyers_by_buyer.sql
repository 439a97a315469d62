-- Buyers absent from the buyers file (of their hub), with the segment their lines were
-- counted in instead: the line's client_type, else AUTRE. One row per buyer and segment
-- used (lines of one buyer may carry different client_type). Largest amount first.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT s.hub,
       s.client_id,
       any_value(s.client_nom) AS name,
       s.segment,
       count(*) AS lines,
       sum(s.montant_ht) AS total_ht
FROM filtered_sales($1, $2, $3, $4, $5, $6, $7) AS s
WHERE NOT EXISTS (SELECT 1 FROM buyers AS b WHERE b.hub = s.hub AND b.client_id = s.client_id)
GROUP BY s.hub, s.client_id, s.segment
ORDER BY total_ht DESC, s.hub, s.client_id, s.segment;
