-- One table's rows from its Parquet file, matched by column name. {table} is a quoted name
-- checked against the schema; {file} a quoted string literal.
INSERT INTO {table} BY NAME SELECT * FROM read_parquet({file});
