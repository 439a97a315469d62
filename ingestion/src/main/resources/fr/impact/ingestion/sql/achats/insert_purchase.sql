-- One accepted purchase. Parameters: import id, line, siret, cantine_id, description,
-- fournisseur, date, prix_ht, famille_produits, categories_egalim, origine,
-- est_circuit_court, est_local, definition_local, definition_local_km.
INSERT INTO purchases (import_id, source_line, siret, cantine_id, description, fournisseur, date, prix_ht,
    famille_produits, categories_egalim, origine, est_circuit_court, est_local, definition_local,
    definition_local_km)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
