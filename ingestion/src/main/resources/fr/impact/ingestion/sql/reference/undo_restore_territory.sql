-- Undo: the territory an import replaced takes back its place (current again, or superseded
-- by whatever superseded the undone one). Parameters: import id, import id.
UPDATE territory_versions
SET replaced_by = (SELECT any_value(replaced_by) FROM territory_versions WHERE import_id = ?)
WHERE replaced_by = ?;
