-- Parameters: import id, source line, then projet, projet_key, financeur, financeur_key, type,
-- dispositif, montant_attribue, date_decision, debut, fin.
INSERT INTO grant_versions (import_id, source_line, projet, projet_key, financeur, financeur_key, type, dispositif,
                            montant_attribue, date_decision, debut, fin, replaced_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL);
