-- Loads the valid lines the Spark job wrote for one file (Parquet partitioned by hub, year).
-- Parameters: import id, hub, sales files (glob), hub, content hash, file.
INSERT INTO sale_lines
SELECT ?::BIGINT, source_line, ?::VARCHAR, facture, ligne, date, client_id, client_nom, client_type,
       producteur_id, producteur_nom, produit, produit_code, famille, quantite, unite, prix_unitaire_ht,
       montant_ht, labels, egalim_group, origine, kg, litres, NULL
FROM read_parquet(?, hive_partitioning = true, hive_types = {'hub': VARCHAR, 'year': INTEGER})
WHERE hub = ? AND content_hash = ? AND file = ?
ORDER BY source_line;
