-- Buyers active in the filtered period (a line with a positive amount), those active in
-- collective catering, and the new ones: their earliest line ever (any sign, segment or
-- period) falls in the period. Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family,
-- $6 buyer, $7 producer.
WITH active AS (
    SELECT hub, client_id, bool_or(collective) AS collective
    FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
    WHERE montant_ht > 0
    GROUP BY hub, client_id
), firsts AS (
    SELECT hub, client_id, min(date) AS first_date
    FROM sales
    WHERE client_id IN (SELECT client_id FROM active)
    GROUP BY hub, client_id
)
SELECT count(*) AS active,
       count(*) FILTER (WHERE f.first_date BETWEEN $1 AND $2) AS new,
       count(*) FILTER (WHERE a.collective) AS collective_active
FROM active AS a JOIN firsts AS f USING (hub, client_id);
