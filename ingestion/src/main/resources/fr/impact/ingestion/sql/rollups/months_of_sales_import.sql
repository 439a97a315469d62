-- The months a sales import touches: its own lines and the lines it replaced. Parameter: $1 import id.
SELECT DISTINCT date_trunc('month', date)::DATE AS month
FROM sale_lines
WHERE import_id = $1 OR replaced_by = $1;
