-- Parameters: import id, source line, then projet, projet_key, date, poste, poste_key, libelle,
-- fournisseur, reference, montant_ht, date_paiement, montant_ttc, tva_recuperable, financeur,
-- financeur_key, demande.
INSERT INTO expenditure_versions (import_id, source_line, projet, projet_key, date, poste, poste_key, libelle,
                                  fournisseur, reference, montant_ht, date_paiement, montant_ttc, tva_recuperable,
                                  financeur, financeur_key, demande, replaced_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL);
