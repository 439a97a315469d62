-- The rows the Spark job rejected in one file, their text as in the file.
-- Parameters: quarantine files (glob), hub, content hash, file.
SELECT line, row_key, raw
FROM read_parquet(?)
WHERE hub = ? AND content_hash = ? AND file = ?
ORDER BY line;
