-- The Spark job's manifest entry for a file: the first file of that hub and content hash.
-- Parameters: manifest files (glob), hub, content hash.
SELECT file, status, error_code, error_args, empty_rows
FROM read_parquet(?)
WHERE hub = ? AND content_hash = ?
ORDER BY file
LIMIT 1;
