-- Grants with nothing spent: no expenditure of the project dated within the grant's period (or
-- only expenditures that cancel out, Σ montant_ht ≤ 0). Parameter: $1 project key.
SELECT g.financeur, g.dispositif, g.montant_attribue, g.debut, g.fin
FROM grants AS g
WHERE g.projet_key = $1
  AND coalesce((SELECT sum(e.montant_ht) FROM expenditures e
                WHERE e.projet_key = $1 AND e.date BETWEEN g.debut AND g.fin), 0) <= 0
ORDER BY g.debut, g.financeur, g.import_id, g.source_line;
