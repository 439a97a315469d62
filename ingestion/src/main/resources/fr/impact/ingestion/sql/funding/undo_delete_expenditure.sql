-- Undo: removes what an import wrote. Parameter: import id.
DELETE FROM expenditure_versions WHERE import_id = ?;
