-- The benchmark's limit: DuckDB's own typed read of the French-format file (';', decimal
-- comma, dd/MM/yyyy), no validation beyond the types. Parameter: the CSV file.
CREATE TABLE sales_raw AS
SELECT * FROM read_csv(?, delim = ';', header = true, quote = '"', escape = '"', decimal_separator = ',',
                       dateformat = '%d/%m/%Y', auto_detect = false,
                       columns = {'date': 'DATE', 'facture': 'VARCHAR', 'ligne': 'INTEGER', 'client_id': 'VARCHAR',
                                  'client_nom': 'VARCHAR', 'client_type': 'VARCHAR', 'producteur_id': 'VARCHAR',
                                  'producteur_nom': 'VARCHAR', 'produit': 'VARCHAR', 'produit_code': 'VARCHAR',
                                  'famille': 'VARCHAR', 'quantite': 'DECIMAL(18,3)', 'unite': 'VARCHAR',
                                  'prix_unitaire_ht': 'DECIMAL(18,4)', 'montant_ht': 'DECIMAL(18,2)',
                                  'labels': 'VARCHAR', 'origine': 'VARCHAR'});
