-- The first and last dates of one payment claim's expenditures (NULL when it has none).
-- Parameters: $1 project key, $2 claim name (matched without case).
SELECT min(date) AS first_day, max(date) AS last_day
FROM expenditures
WHERE projet_key = $1 AND upper(demande) = upper($2);
