-- One buyer's purchases through the hub by product family and ma-cantine detailed label: the
-- first of bio, label_rouge, aocaop_igp_stg (AOCAOP, IGP, STG together), hve, peche_durable,
-- rup, commerce_equitable, fermier, externalites, performance that the line carries, else
-- non_egalim (DOMAIN.md) — each line counted once. With the local part (PARC, PROCHE), the
-- unknown-origin part (INCONNU) and the lines.
-- Parameters: $1 from, $2 to (inclusive), $3 buyer id.
WITH l AS (
    SELECT famille, montant_ht, origin_level,
           string_split(coalesce(labels, ''), '|') AS codes
    FROM filtered_sales($1, $2, NULL, NULL, NULL, $3, NULL)
)
SELECT famille,
       CASE WHEN list_contains(codes, 'BIO') THEN 'bio'
            WHEN list_contains(codes, 'LABEL_ROUGE') THEN 'label_rouge'
            WHEN list_contains(codes, 'AOCAOP') OR list_contains(codes, 'IGP') OR list_contains(codes, 'STG')
                THEN 'aocaop_igp_stg'
            WHEN list_contains(codes, 'HVE') THEN 'hve'
            WHEN list_contains(codes, 'PECHE_DURABLE') THEN 'peche_durable'
            WHEN list_contains(codes, 'RUP') THEN 'rup'
            WHEN list_contains(codes, 'COMMERCE_EQUITABLE') THEN 'commerce_equitable'
            WHEN list_contains(codes, 'FERMIER') THEN 'fermier'
            WHEN list_contains(codes, 'EXTERNALITES') THEN 'externalites'
            WHEN list_contains(codes, 'PERFORMANCE') THEN 'performance'
            ELSE 'non_egalim' END AS label,
       sum(montant_ht) AS total_ht,
       coalesce(sum(montant_ht) FILTER (WHERE origin_level IN ('PARC', 'PROCHE')), 0) AS local_ht,
       coalesce(sum(montant_ht) FILTER (WHERE origin_level = 'INCONNU'), 0) AS unknown_ht,
       count(*) AS lines
FROM l
GROUP BY ALL
ORDER BY famille, label;
