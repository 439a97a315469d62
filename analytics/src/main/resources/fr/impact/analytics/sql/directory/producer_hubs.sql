-- The hubs where a producer id is known, in the producers file or on a sale line, by name.
-- Parameter: $1 the producer's id.
SELECT hub FROM producers WHERE producteur_id = $1
UNION
SELECT hub FROM sales WHERE producteur_id = $1
ORDER BY hub;
