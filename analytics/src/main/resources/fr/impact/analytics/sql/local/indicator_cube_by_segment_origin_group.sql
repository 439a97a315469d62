-- One scan for the indicator document, three groupings of the filtered lines at once:
--   grp 0: by segment, origin level, EGalim group and meat-or-fish family — every total,
--          share, segment and EGalim figure of the document is a sum of these few cells;
--   grp 1: by producer (hub, id) — net sales, whether active (a line > 0), origin level;
--   grp 2: by buyer (hub, id) — whether active, and active in collective catering.
-- (The separate *_totals queries give the same numbers; this is the fast path.)
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
SELECT CASE WHEN GROUPING(segment) = 0 THEN 0 WHEN GROUPING(producteur_id) = 0 THEN 1 ELSE 2 END AS grp,
       segment,
       collective,
       origin_level,
       egalim_group,
       meat_fish,
       hub,
       producteur_id,
       client_id,
       count(*) AS lines,
       sum(montant_ht) AS total_ht,
       coalesce(sum(kg), 0) AS total_kg,
       coalesce(sum(litres), 0) AS total_litres,
       bool_or(montant_ht > 0) AS active,
       bool_or(montant_ht > 0 AND collective) AS collective_active,
       coalesce(any_value(producer_name), any_value(producteur_nom), any_value(producteur_id)) AS producer_name
FROM (SELECT *, famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER') AS meat_fish
      FROM filtered_sales($1, $2, $3, $4, $5, $6, $7))
GROUP BY GROUPING SETS ((segment, collective, origin_level, egalim_group, meat_fish),
                        (hub, producteur_id, origin_level),
                        (hub, client_id));
