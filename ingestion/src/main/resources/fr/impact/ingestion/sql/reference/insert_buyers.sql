-- Parameters: import id, source line, hub, then the file's columns in order.
INSERT INTO buyer_versions (import_id, source_line, hub, client_id, nom, type, siret, commune_insee,
                            latitude, longitude, repas_par_jour, replaced_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL);
