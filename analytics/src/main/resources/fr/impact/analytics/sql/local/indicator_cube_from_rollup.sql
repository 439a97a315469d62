-- indicator_cube_by_segment_origin_group.sql read from the writer's rollup instead of the
-- lines: the same three groupings, same columns, for whole months and the filters the rollup
-- keeps (hub, segment). Parameters: $1 from (a first day), $2 to (a last day), $3 hub,
-- $4 segment, $5 family, $6 buyer, $7 producer (the last three always NULL here).
SELECT 0 AS grp, segment, collective, origin_level, egalim_group,
       famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER') AS meat_fish,
       NULL AS hub, NULL AS producteur_id, NULL AS client_id,
       sum(lines) AS lines, sum(total_ht) AS total_ht, sum(total_kg) AS total_kg,
       sum(total_litres) AS total_litres, bool_or(active) AS active,
       bool_or(active AND collective) AS collective_active, NULL AS producer_name
FROM filtered_rollup(0, $1, $2, $3, $4, $5)
GROUP BY segment, collective, origin_level, egalim_group, meat_fish
UNION ALL
SELECT 1, NULL, NULL, origin_level, NULL, NULL, hub, producteur_id, NULL,
       sum(lines), sum(total_ht), sum(total_kg), sum(total_litres), bool_or(active),
       bool_or(active AND collective), any_value(name)
FROM filtered_rollup(1, $1, $2, $3, $4, $5)
WHERE $6 IS NULL AND $7 IS NULL
GROUP BY hub, producteur_id, origin_level
UNION ALL
SELECT 2, NULL, NULL, NULL, NULL, NULL, hub, NULL, client_id,
       sum(lines), sum(total_ht), sum(total_kg), sum(total_litres), bool_or(active),
       bool_or(active AND collective), NULL
FROM filtered_rollup(2, $1, $2, $3, $4, $5)
GROUP BY hub, client_id;
