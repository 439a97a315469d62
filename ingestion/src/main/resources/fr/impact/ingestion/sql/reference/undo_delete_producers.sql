-- Undo: removes what an import wrote. Parameter: import id.
DELETE FROM producer_versions WHERE import_id = ?;
