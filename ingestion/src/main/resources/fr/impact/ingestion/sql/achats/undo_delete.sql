-- Undo: the purchases an import wrote are removed. Parameter: import id.
DELETE FROM purchases WHERE import_id = ?;
