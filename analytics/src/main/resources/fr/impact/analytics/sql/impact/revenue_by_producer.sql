-- Revenue through the hub per producer (hub, id) with lines in the filtered period: Σ amount
-- (credit notes included), the positive lines and the credit notes apart; largest first.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT hub,
       producteur_id,
       coalesce(any_value(producer_name), any_value(producteur_nom), producteur_id) AS name,
       any_value(origin_level) AS origin_level,
       count(*) AS lines,
       coalesce(sum(montant_ht) FILTER (WHERE montant_ht > 0), 0) AS sales_ht,
       coalesce(sum(montant_ht) FILTER (WHERE montant_ht < 0), 0) AS credit_notes_ht,
       sum(montant_ht) AS revenue_ht
FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
GROUP BY hub, producteur_id
ORDER BY revenue_ht DESC, hub, producteur_id;
