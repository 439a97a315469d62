-- Undo: removes what an import wrote. Parameter: import id.
DELETE FROM grant_versions WHERE import_id = ?;
