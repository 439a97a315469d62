-- Per calendar year of the expenditure's date: spent (Σ montant_ht), eligible, lines.
-- Parameter: $1 project key.
SELECT year(date) AS year, sum(montant_ht) AS spent, sum(montant_eligible) AS eligible, count(*) AS lines
FROM expenditures WHERE projet_key = $1
GROUP BY year(date)
ORDER BY year;
