-- Parameters: import id, source line, then projet, projet_key, date, financeur, financeur_key,
-- montant, nature.
INSERT INTO payment_versions (import_id, source_line, projet, projet_key, date, financeur, financeur_key, montant,
                              nature, replaced_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL);
