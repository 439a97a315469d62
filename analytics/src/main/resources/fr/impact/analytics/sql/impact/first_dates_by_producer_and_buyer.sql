-- The earliest line ever (any sign, segment or hub filter) of every producer and buyer that
-- has a line up to the end of the period: for those active in the period, that is their
-- first line ever. Parameters: $1 from, $2 to (only $2 is used; $1 keeps the convention).
SELECT hub, producteur_id, client_id, min(date) AS first_date
FROM sales
WHERE date <= $2 AND $1 IS NOT NULL
GROUP BY GROUPING SETS ((hub, producteur_id), (hub, client_id));
