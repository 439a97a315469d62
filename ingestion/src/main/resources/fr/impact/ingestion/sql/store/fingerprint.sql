-- A table's fingerprint: its row count and the sum of a hash of each whole row (the row as
-- one STRUCT), which does not depend on the rows' order and counts a duplicated row twice.
-- {table} is a quoted name read from DuckDB's own catalogue (duckdb_tables), never from a
-- user; {exclude} is empty or EXCLUDE (quoted columns) for columns left out.
SELECT count(*), coalesce(sum(hash(r)), 0)
FROM (SELECT * {exclude} FROM {table}) AS r;
