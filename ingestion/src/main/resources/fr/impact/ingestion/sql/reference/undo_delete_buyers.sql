-- Undo: removes what an import wrote. Parameter: import id.
DELETE FROM buyer_versions WHERE import_id = ?;
