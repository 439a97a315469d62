-- Keys (facture, ligne) present more than once in one file, valid rows and rejected rows alike.
-- Parameter: import id. The rejected rows' keys are in the temporary table bad_keys.
SELECT facture, ligne,
       list(line ORDER BY line) AS lines,
       list(valid ORDER BY line) AS valid
FROM (
    SELECT source_line AS line, facture, ligne, true AS valid FROM sale_lines WHERE import_id = ?
    UNION ALL
    SELECT line, facture, ligne, false FROM bad_keys
)
GROUP BY facture, ligne
HAVING count(*) > 1
ORDER BY min(line);
