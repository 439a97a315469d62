-- Per producer (hub, id) with lines in the filtered period: net sales, whether active (a line
-- with a positive amount), origin level, and the date of its earliest line ever (any sign,
-- segment or period). Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
WITH period AS (
    SELECT hub, producteur_id,
           coalesce(any_value(producer_name), any_value(producteur_nom), producteur_id) AS name,
           any_value(origin_level) AS origin_level,
           sum(montant_ht) AS net_ht,
           bool_or(montant_ht > 0) AS active
    FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
    GROUP BY hub, producteur_id
), firsts AS (
    SELECT hub, producteur_id, min(date) AS first_date
    FROM sales
    WHERE producteur_id IN (SELECT producteur_id FROM period)
    GROUP BY hub, producteur_id
)
SELECT p.hub, p.producteur_id, p.name, p.origin_level, p.net_ht, p.active, f.first_date
FROM period AS p JOIN firsts AS f USING (hub, producteur_id)
ORDER BY p.net_ht DESC, p.hub, p.producteur_id;
