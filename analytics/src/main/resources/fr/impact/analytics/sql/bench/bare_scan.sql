-- DuckDB's bare scan the indicator document is measured against. Parameters: $1 from, $2 to.
SELECT client_type AS segment, sum(montant_ht) FROM sales WHERE date BETWEEN $1 AND $2 GROUP BY 1;
