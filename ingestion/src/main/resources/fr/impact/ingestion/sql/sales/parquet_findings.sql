-- The findings (broken rules and warnings) the Spark job found in one file, in report order.
-- Parameters: findings files (glob), hub, content hash, file.
SELECT line, seq, column_name, value, code, expected, rejection
FROM read_parquet(?)
WHERE hub = ? AND content_hash = ? AND file = ?
ORDER BY line, seq;
