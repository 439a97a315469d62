-- The charges of the financial statement, per heading (poste): spent in the period (Σ
-- montant_ht dated in it), spent from the start to the period's end, and the forecast budget
-- (NULL without budget line). Headings of either the expenditures or the budget.
-- Parameters: $1 project key (NULL: every project), $2 from, $3 to (inclusive).
WITH e AS (
    SELECT poste_key, min(poste) AS poste,
           coalesce(sum(montant_ht) FILTER (WHERE date BETWEEN $2 AND $3), 0) AS period_ht,
           coalesce(sum(montant_ht) FILTER (WHERE date <= $3), 0) AS cumulative_ht
    FROM expenditures
    WHERE CAST($1 AS VARCHAR) IS NULL OR projet_key = CAST($1 AS VARCHAR)
    GROUP BY poste_key
), b AS (
    SELECT poste_key, min(poste) AS poste, sum(montant_prevu) AS forecast
    FROM budget_lines
    WHERE CAST($1 AS VARCHAR) IS NULL OR projet_key = CAST($1 AS VARCHAR)
    GROUP BY poste_key
)
SELECT coalesce(e.poste, b.poste) AS poste,
       coalesce(e.period_ht, 0) AS period_ht,
       coalesce(e.cumulative_ht, 0) AS cumulative_ht,
       b.forecast
FROM e FULL JOIN b ON b.poste_key = e.poste_key
ORDER BY coalesce(e.poste_key, b.poste_key);
