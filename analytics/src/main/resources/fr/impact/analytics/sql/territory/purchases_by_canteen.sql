-- The coverage of the territorial local share: per canteen of the purchase files (named by SIRET,
-- or by ma-cantine id when the file has no SIRET), the months its purchases cover within the
-- period, how many purchases, their total and their local total (est_local), and the hub's
-- sales to it (matched by the SIRET of the hub's buyers file) over those same months only.
-- Parameters: $1 from, $2 to (inclusive).
WITH p AS (
    SELECT siret, cantine_id, date_trunc('month', date) AS month, prix_ht, est_local
    FROM purchases WHERE date BETWEEN $1 AND $2),
covered AS (SELECT DISTINCT siret, month FROM p WHERE siret IS NOT NULL),
hub AS (
    SELECT c.siret, sum(s.montant_ht) AS hub_ht
    FROM sales AS s
    JOIN buyers AS b ON b.hub = s.hub AND b.client_id = s.client_id
    JOIN covered AS c ON c.siret = regexp_replace(b.siret, '\s', '', 'g')
                     AND c.month = date_trunc('month', s.date)
    WHERE s.date BETWEEN $1 AND $2
    GROUP BY c.siret)
SELECT p.siret, p.cantine_id,
       string_agg(DISTINCT strftime(p.month, '%Y-%m'), ',' ORDER BY strftime(p.month, '%Y-%m')) AS months,
       count(*) AS purchases,
       sum(p.prix_ht) AS total_ht,
       coalesce(sum(p.prix_ht) FILTER (WHERE p.est_local), 0) AS local_ht,
       CASE WHEN p.siret IS NULL THEN NULL ELSE coalesce(any_value(hub.hub_ht), 0) END AS hub_ht
FROM p LEFT JOIN hub ON hub.siret = p.siret
GROUP BY p.siret, p.cantine_id
ORDER BY p.siret NULLS LAST, p.cantine_id;
