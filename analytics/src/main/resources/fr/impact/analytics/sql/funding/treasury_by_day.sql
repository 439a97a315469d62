-- The treasury gap, at the end of every day money moved: cumulative expenditures (each on its
-- payment date, else its date) minus cumulative payments received (every payment), from 0.
-- Parameter: $1 project key.
WITH flows AS (
    SELECT cash_date AS day, montant_ht AS spent, CAST(0 AS DECIMAL(18,2)) AS received
    FROM expenditures WHERE projet_key = $1
    UNION ALL
    SELECT date, CAST(0 AS DECIMAL(18,2)), montant
    FROM payments WHERE projet_key = $1)
SELECT day,
       sum(spent) AS spent,
       sum(received) AS received,
       sum(sum(spent) - sum(received)) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS gap
FROM flows
GROUP BY day
ORDER BY day;
