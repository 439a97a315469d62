-- Undo: removes what an import wrote. Parameter: import id.
DELETE FROM payment_versions WHERE import_id = ?;
