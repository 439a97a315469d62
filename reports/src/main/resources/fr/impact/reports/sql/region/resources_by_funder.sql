-- The resources of the financial statement, per funder (its grants added up): awarded, its
-- type (that of its largest grant), received in the period and from the start to the period's
-- end. Funders with payments and no grant are listed too (type NULL).
-- Parameters: $1 project key (NULL: every project), $2 from, $3 to (inclusive).
WITH g AS (
    SELECT financeur_key, min(financeur) AS funder, arg_max(type, montant_attribue) AS type,
           sum(montant_attribue) AS awarded
    FROM grants
    WHERE CAST($1 AS VARCHAR) IS NULL OR projet_key = CAST($1 AS VARCHAR)
    GROUP BY financeur_key
), p AS (
    SELECT financeur_key, min(financeur) AS funder,
           coalesce(sum(montant) FILTER (WHERE date BETWEEN $2 AND $3), 0) AS period_received,
           coalesce(sum(montant) FILTER (WHERE date <= $3), 0) AS cumulative_received
    FROM payments
    WHERE CAST($1 AS VARCHAR) IS NULL OR projet_key = CAST($1 AS VARCHAR)
    GROUP BY financeur_key
)
SELECT coalesce(g.funder, p.funder) AS funder, g.type, coalesce(g.awarded, 0) AS awarded,
       coalesce(p.period_received, 0) AS period_received,
       coalesce(p.cumulative_received, 0) AS cumulative_received
FROM g FULL JOIN p ON p.financeur_key = g.financeur_key
ORDER BY coalesce(g.awarded, 0) DESC, coalesce(g.financeur_key, p.financeur_key);
