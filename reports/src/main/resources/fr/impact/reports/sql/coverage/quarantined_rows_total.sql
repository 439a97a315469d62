-- Rows left in quarantine: the rejected rows of every import still LOADED (an undone import
-- takes its quarantine with it; a refused file loaded nothing). A rejected row has no
-- trustworthy date, so the count is over all periods.
SELECT count(*) AS quarantined
FROM quarantine_rows AS q
JOIN imports AS i ON i.id = q.import_id
WHERE i.status = 'LOADED';
