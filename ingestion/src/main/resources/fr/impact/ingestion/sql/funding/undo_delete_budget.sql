-- Undo: removes what an import wrote. Parameter: import id.
DELETE FROM budget_versions WHERE import_id = ?;
