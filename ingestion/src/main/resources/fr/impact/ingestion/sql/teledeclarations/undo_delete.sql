-- Undo: the rows an import wrote are removed. Parameter: import id.
DELETE FROM teledeclarations WHERE import_id = ?;
