-- Per budget heading (poste, matched across files case and accents ignored): spent (Σ
-- montant_ht), eligible (Σ montant_eligible), lines, and the forecast (Σ montant_prevu of the
-- budget; NULL when the budget does not list the heading). Headings of the budget with nothing
-- spent are listed too; in the order of their names. Parameter: $1 project key.
WITH e AS (
    SELECT poste_key, min(poste) AS poste, sum(montant_ht) AS spent, sum(montant_eligible) AS eligible,
           count(*) AS lines
    FROM expenditures WHERE projet_key = $1 GROUP BY poste_key),
b AS (
    SELECT poste_key, min(poste) AS poste, sum(montant_prevu) AS forecast
    FROM budget_lines WHERE projet_key = $1 GROUP BY poste_key)
SELECT coalesce(b.poste, e.poste) AS heading,
       coalesce(e.spent, 0) AS spent,
       coalesce(e.eligible, 0) AS eligible,
       coalesce(e.lines, 0) AS lines,
       b.forecast AS forecast
FROM e FULL OUTER JOIN b ON e.poste_key = b.poste_key
ORDER BY coalesce(b.poste_key, e.poste_key);
