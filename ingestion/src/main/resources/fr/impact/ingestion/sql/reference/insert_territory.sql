-- Parameters: import id, source line, then the file's columns in order.
INSERT INTO territory_versions (import_id, source_line, code, niveau, nom, replaced_by)
VALUES (?, ?, ?, ?, ?, NULL);
