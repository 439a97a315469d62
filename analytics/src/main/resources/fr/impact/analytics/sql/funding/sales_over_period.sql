-- Hub sales over a period (dates inclusive), every hub and every buyer: all of them, and those of
-- local producers (origin level PARC or PROCHE, resolved now from the reference files).
-- Parameters: $1 from, $2 to.
SELECT coalesce(sum(montant_ht), 0) AS sales_ht,
       coalesce(sum(montant_ht) FILTER (WHERE origin_level IN ('PARC', 'PROCHE')), 0) AS local_sales_ht,
       count(*) AS lines
FROM sales_enriched
WHERE date BETWEEN $1 AND $2;
