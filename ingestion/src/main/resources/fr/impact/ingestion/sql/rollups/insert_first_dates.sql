-- The first line ever of every producer and every buyer (any sign, segment or family).
INSERT INTO sales_first_dates
SELECT hub, producteur_id, client_id, min(date) AS first_date
FROM sales
GROUP BY GROUPING SETS ((hub, producteur_id), (hub, client_id));
