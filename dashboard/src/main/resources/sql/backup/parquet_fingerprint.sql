-- The fingerprint of a Parquet file's rows, computed as Fingerprints does for a table: used
-- when the backup was made by another DuckDB version, whose hash may differ from ours.
SELECT count(*), coalesce(sum(hash(r)), 0) FROM read_parquet({file}) AS r;
