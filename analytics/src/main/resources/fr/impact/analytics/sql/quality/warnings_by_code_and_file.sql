-- Warnings (findings that kept their row or file) of the imports now LOADED, by file and
-- code: one count per finding, as in the import report (skipped empty rows are one finding).
-- Files are not dated by sale date: only the hub filter applies; territory files belong to
-- every hub.
-- Parameters: $1 hub (NULL = all).
SELECT i.id AS import_id,
       i.file_name,
       i.kind,
       i.status,
       f.code,
       count(*) AS count
FROM findings AS f
JOIN imports AS i ON i.id = f.import_id
WHERE NOT f.rejection
  AND i.status = 'LOADED'
  AND ($1 IS NULL OR i.hub = $1 OR i.kind = 'territory')
GROUP BY i.id, i.file_name, i.kind, i.status, f.code
ORDER BY i.id, f.code;
