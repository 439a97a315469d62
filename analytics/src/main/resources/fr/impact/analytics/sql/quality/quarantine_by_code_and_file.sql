-- Quarantined rows by file and rule broken, for imports LOADED or REFUSED (an UNDONE import
-- dropped its quarantine). A row that broke two rules counts under both codes, once each.
-- Files are not dated by sale date: only the hub filter applies; territory files belong to
-- every hub.
-- Parameters: $1 hub (NULL = all).
SELECT i.id AS import_id,
       i.file_name,
       i.kind,
       i.status,
       f.code,
       count(DISTINCT f.line) AS count
FROM findings AS f
JOIN imports AS i ON i.id = f.import_id
WHERE f.rejection
  AND i.status IN ('LOADED', 'REFUSED')
  AND ($1 IS NULL OR i.hub = $1 OR i.kind = 'territory')
GROUP BY i.id, i.file_name, i.kind, i.status, f.code
ORDER BY i.id, f.code;
