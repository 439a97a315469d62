-- A territory file replaces the whole territory. Parameters: import id, import id, import id.
UPDATE territory_versions SET replaced_by = ?
WHERE replaced_by IS NULL AND import_id <> ? AND ? IS NOT NULL;
