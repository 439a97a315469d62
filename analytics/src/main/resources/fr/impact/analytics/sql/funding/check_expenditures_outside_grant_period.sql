-- Expenditures outside their grant's period: claimed on a funder that has grants in the project,
-- and dated in none of that funder's grant periods; or claimed on no funder, and dated before
-- the project's earliest grant start or after its latest grant end. With the period they
-- should fall in (earliest start and latest end of the grants concerned). Parameter: $1 project key.
WITH project AS (SELECT min(debut) AS first_start, max(fin) AS last_end FROM grants WHERE projet_key = $1)
SELECT e.date, e.financeur, e.poste, coalesce(e.reference, e.libelle, e.poste) AS label, e.montant_ht,
       CASE WHEN e.financeur_key IS NULL THEN project.first_start
            ELSE (SELECT min(debut) FROM grants g WHERE g.projet_key = $1 AND g.financeur_key = e.financeur_key)
       END AS period_start,
       CASE WHEN e.financeur_key IS NULL THEN project.last_end
            ELSE (SELECT max(fin) FROM grants g WHERE g.projet_key = $1 AND g.financeur_key = e.financeur_key)
       END AS period_end
FROM expenditures AS e, project
WHERE e.projet_key = $1
  AND project.first_start IS NOT NULL
  AND ((e.financeur_key IS NULL AND (e.date < project.first_start OR e.date > project.last_end))
       OR (e.financeur_key IS NOT NULL
           AND EXISTS (SELECT 1 FROM grants g WHERE g.projet_key = $1 AND g.financeur_key = e.financeur_key)
           AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.projet_key = $1 AND g.financeur_key = e.financeur_key
                                                     AND e.date BETWEEN g.debut AND g.fin)))
ORDER BY e.date, e.import_id, e.source_line;
