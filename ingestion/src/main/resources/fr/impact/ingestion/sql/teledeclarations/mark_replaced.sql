-- A teledeclarations file replaces the current rows of the years it holds.
-- Parameters: import id, import id, import id.
UPDATE teledeclarations SET replaced_by = ?
WHERE replaced_by IS NULL AND import_id <> ?
  AND year IN (SELECT DISTINCT year FROM teledeclarations WHERE import_id = ?);
