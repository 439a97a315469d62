-- Loads one staging chunk written by the row rules (normalised CSV) as sales lines of an import.
-- Parameters: import id, hub, staging file.
INSERT INTO sale_lines
SELECT ?::BIGINT, source_line, ?::VARCHAR, facture, ligne, date, client_id, client_nom, client_type,
       producteur_id, producteur_nom, produit, produit_code, famille, quantite, unite, prix_unitaire_ht,
       montant_ht, labels, egalim_group, origine, kg, litres, NULL
FROM read_csv(?, header = false, delim = ',', quote = '"', escape = '"', new_line = '\n',
              auto_detect = false, strict_mode = true,
              columns = {'source_line': 'BIGINT', 'facture': 'VARCHAR', 'ligne': 'INTEGER', 'date': 'DATE',
                         'client_id': 'VARCHAR', 'client_nom': 'VARCHAR', 'client_type': 'VARCHAR',
                         'producteur_id': 'VARCHAR', 'producteur_nom': 'VARCHAR', 'produit': 'VARCHAR',
                         'produit_code': 'VARCHAR', 'famille': 'VARCHAR', 'quantite': 'DECIMAL(18,3)',
                         'unite': 'VARCHAR', 'prix_unitaire_ht': 'DECIMAL(18,4)', 'montant_ht': 'DECIMAL(18,2)',
                         'labels': 'VARCHAR', 'egalim_group': 'VARCHAR', 'origine': 'VARCHAR',
                         'kg': 'DECIMAL(18,6)', 'litres': 'DECIMAL(18,5)'});
