-- Buyer retention year over year: for each calendar year Y of the period (the year of $1 to
-- the year of $2), the buyers (hub, id) active in Y - 1 (a line with a positive amount, in the
-- filters), how many of them are active in Y too, and how many are active in Y. Years are
-- whole calendar years (so Y - 1 may lie before $1), but nothing after $2 is counted: a year
-- cut by $2 counts up to $2.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
WITH active AS (
    SELECT DISTINCT year(date) AS year, hub, client_id
    FROM filtered_sales(make_date(year($1::DATE) - 1, 1, 1), $2, $3, $4, $5, $6, $7)
    WHERE montant_ht > 0
), years AS (
    SELECT CAST(y AS BIGINT) AS year FROM range(year($1::DATE), year($2::DATE) + 1) AS t(y)
)
SELECT y.year,
       count(p.client_id) AS previous_active,
       count(c.client_id) AS retained,
       (SELECT count(*) FROM active AS a WHERE a.year = y.year) AS active
FROM years AS y
LEFT JOIN active AS p ON p.year = y.year - 1
LEFT JOIN active AS c ON c.year = y.year AND c.hub = p.hub AND c.client_id = p.client_id
GROUP BY y.year
ORDER BY y.year;
