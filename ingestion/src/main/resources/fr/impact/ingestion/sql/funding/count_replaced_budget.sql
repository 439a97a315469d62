-- The rows an import wrote for projects that already had rows of this kind (the key of a
-- funding row is its project: the file replaces them as a whole). Parameters: id, id.
SELECT count(*) FROM budget_versions AS n
WHERE n.import_id = ?
  AND EXISTS (SELECT 1 FROM budget_versions AS o WHERE o.replaced_by = ? AND o.projet_key = n.projet_key);
