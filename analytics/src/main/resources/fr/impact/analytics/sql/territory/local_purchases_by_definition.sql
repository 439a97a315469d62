-- The local purchases (est_local) of the canteens' purchase files within the period, by
-- ma-cantine's definition_local (NULL when the file does not say). Parameters: $1 from, $2 to.
SELECT definition_local, sum(prix_ht) AS local_ht, count(*) AS purchases
FROM purchases
WHERE date BETWEEN $1 AND $2 AND est_local
GROUP BY definition_local
ORDER BY local_ht DESC, definition_local NULLS LAST;
