-- Parameters: import id, source line, then projet, projet_key, poste, poste_key, montant_prevu.
INSERT INTO budget_versions (import_id, source_line, projet, projet_key, poste, poste_key, montant_prevu, replaced_by)
VALUES (?, ?, ?, ?, ?, ?, ?, NULL);
