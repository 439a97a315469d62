-- Rebuilds the rollup rows of the months listed in temp table rollup_months (month DATE; every
-- month for a whole rebuild), in one scan of those months' current lines with their segment
-- and origin level resolved now.
INSERT INTO sales_rollup
SELECT CASE WHEN GROUPING(egalim_group) = 0 THEN 0 WHEN GROUPING(producteur_id) = 0 THEN 1 ELSE 2 END AS grp,
       month, hub, segment, collective, origin_level, egalim_group, famille, producteur_id, client_id,
       CASE WHEN GROUPING(producteur_id) = 0
                THEN coalesce(any_value(producer_name), any_value(producteur_nom), any_value(producteur_id))
            WHEN GROUPING(client_id) = 0
                THEN coalesce(any_value(buyer_name), any_value(client_nom), any_value(client_id)) END AS name,
       count(*) AS lines,
       sum(montant_ht) AS total_ht,
       coalesce(sum(kg), 0) AS total_kg,
       coalesce(sum(litres), 0) AS total_litres,
       bool_or(montant_ht > 0) AS active
FROM (SELECT *, date_trunc('month', date)::DATE AS month FROM sales_enriched
      WHERE date_trunc('month', date)::DATE IN (SELECT month FROM rollup_months))
GROUP BY GROUPING SETS ((month, hub, segment, collective, origin_level, egalim_group, famille),
                        (month, hub, segment, collective, origin_level, producteur_id),
                        (month, hub, segment, collective, origin_level, client_id));
