-- Rows an import replaced. Parameter: import id.
SELECT count(*) FROM teledeclarations WHERE replaced_by = ?;
