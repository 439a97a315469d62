-- sales_totals.sql read from the writer's rollup instead of the lines: same columns, whole
-- months, the filters the rollup keeps (hub, segment, family).
-- Parameters: $1 from (a first day), $2 to (a last day), $3 hub, $4 segment, $5 family,
-- $6 buyer, $7 producer (the last two always NULL here).
SELECT coalesce(sum(lines), 0) AS lines,
       coalesce(sum(total_ht), 0) AS total_ht,
       coalesce(sum(total_ht) FILTER (WHERE origin_level IN ('PARC', 'PROCHE')), 0) AS local_ht,
       coalesce(sum(total_ht) FILTER (WHERE origin_level = 'PARC'), 0) AS parc_ht,
       coalesce(sum(total_ht) FILTER (WHERE origin_level = 'PROCHE'), 0) AS proche_ht,
       coalesce(sum(total_ht) FILTER (WHERE origin_level = 'ELOIGNE'), 0) AS eloigne_ht,
       coalesce(sum(total_ht) FILTER (WHERE origin_level = 'INCONNU'), 0) AS unknown_ht,
       coalesce(sum(total_kg), 0) AS total_kg,
       coalesce(sum(total_kg) FILTER (WHERE origin_level IN ('PARC', 'PROCHE')), 0) AS local_kg,
       coalesce(sum(total_litres), 0) AS total_litres,
       coalesce(sum(lines) FILTER (WHERE origin_level = 'INCONNU'), 0) AS unknown_lines
FROM filtered_rollup(0, $1, $2, $3, $4, $5)
WHERE $6 IS NULL AND $7 IS NULL;
