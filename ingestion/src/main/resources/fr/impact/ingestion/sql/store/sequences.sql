-- Each sequence of the database with the value its next nextval() will give.
SELECT sequence_name, coalesce(last_value + increment_by, start_value) AS next_value
FROM duckdb_sequences()
WHERE database_name = current_database() AND schema_name = 'main'
ORDER BY sequence_name;
