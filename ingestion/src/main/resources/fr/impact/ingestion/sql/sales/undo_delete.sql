-- Undo: removes what an import wrote. Parameter: import id.
DELETE FROM sale_lines WHERE import_id = ?;
