-- Undo: removes what an import wrote. Parameter: import id.
DELETE FROM territory_versions WHERE import_id = ?;
