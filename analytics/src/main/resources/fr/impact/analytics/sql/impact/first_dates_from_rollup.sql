-- first_dates_by_producer_and_buyer.sql read from the writer's rollup: the earliest line ever
-- of every producer and buyer that has a line up to the end of the period.
-- Parameters: $1 from, $2 to (only $2 is used; $1 keeps the convention).
SELECT hub, producteur_id, client_id, first_date
FROM sales_first_dates
WHERE first_date <= $2 AND $1 IS NOT NULL;
