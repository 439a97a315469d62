-- A funding file replaces every current row of its kind for the projects it names (the
-- projects of the rows it wrote). Parameters: import id, import id, import id.
UPDATE payment_versions SET replaced_by = ?
WHERE replaced_by IS NULL AND import_id <> ?
  AND projet_key IN (SELECT DISTINCT projet_key FROM payment_versions WHERE import_id = ?);
