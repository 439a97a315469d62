-- The imports a report rests on, oldest first: every import still LOADED (not undone, not
-- refused) that provides current rows — sales lines dated in the period, or the current
-- producers, buyers and territory reference files, or current rows of the funding ledger
-- (grants, expenditures, payments, budget: the funder reports rest on them).
-- Parameters: $1 from, $2 to (inclusive).
SELECT i.id, i.kind, i.hub, i.file_name, i.imported_at, i.content_hash, i.accepted, i.rejected
FROM imports AS i
WHERE i.status = 'LOADED'
  AND (EXISTS (SELECT 1 FROM sales AS s WHERE s.import_id = i.id AND s.date BETWEEN $1 AND $2)
       OR EXISTS (SELECT 1 FROM producers AS p WHERE p.import_id = i.id)
       OR EXISTS (SELECT 1 FROM buyers AS b WHERE b.import_id = i.id)
       OR EXISTS (SELECT 1 FROM territory AS t WHERE t.import_id = i.id)
       OR EXISTS (SELECT 1 FROM grants AS g WHERE g.import_id = i.id)
       OR EXISTS (SELECT 1 FROM expenditures AS e WHERE e.import_id = i.id)
       OR EXISTS (SELECT 1 FROM payments AS v WHERE v.import_id = i.id)
       OR EXISTS (SELECT 1 FROM budget_lines AS b WHERE b.import_id = i.id))
ORDER BY i.imported_at, i.id;
