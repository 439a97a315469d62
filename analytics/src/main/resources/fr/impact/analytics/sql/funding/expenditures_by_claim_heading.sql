-- Expenditures per payment claim — the funder they are claimed on (NULL: none named) and the
-- claim (AVANCE, ACOMPTE n, SOLDE; NULL: not claimed yet) — and per heading: spent (Σ
-- montant_ht), eligible (Σ montant_eligible: TTC where the VAT is not recoverable), lines.
-- Claims in the order they are made: advance, instalments by number, balance, then the
-- unclaimed. Parameter: $1 project key.
SELECT financeur_key AS funder_key,
       min(financeur) AS funder,
       demande AS claim,
       min(poste) AS heading,
       sum(montant_ht) AS spent,
       sum(montant_eligible) AS eligible,
       count(*) AS lines
FROM expenditures WHERE projet_key = $1
GROUP BY financeur_key, demande, poste_key
ORDER BY financeur_key NULLS LAST,
         CASE WHEN demande = 'AVANCE' THEN 0
              WHEN demande = 'ACOMPTE' THEN 1
              WHEN demande LIKE 'ACOMPTE %' THEN 1 + coalesce(TRY_CAST(substr(demande, 9) AS INTEGER), 0)
              WHEN demande = 'SOLDE' THEN 100000
              ELSE 200000 END,
         poste_key;
