-- Expenditures claimed on a funder that has no grant in the project, per funder: lines and Σ
-- montant_ht. Parameter: $1 project key.
SELECT min(e.financeur) AS funder, count(*) AS lines, sum(e.montant_ht) AS spent
FROM expenditures AS e
WHERE e.projet_key = $1
  AND e.financeur_key IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.projet_key = $1 AND g.financeur_key = e.financeur_key)
GROUP BY e.financeur_key
ORDER BY funder;
