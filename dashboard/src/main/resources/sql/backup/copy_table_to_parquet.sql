-- One table to one Parquet file (ZSTD). {table} is a quoted name read from DuckDB's catalogue;
-- {file} a quoted string literal (COPY takes no bound parameter for its target).
COPY (SELECT * FROM {table}) TO {file} (FORMAT parquet, COMPRESSION zstd);
