-- Parameters: import id, source line, hub, then the file's columns in order.
INSERT INTO producer_versions (import_id, source_line, hub, producteur_id, nom, commune_insee, siret,
                               latitude, longitude, bio, date_adhesion, replaced_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL);
