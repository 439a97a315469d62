-- The hubs where a buyer id is known, in the buyers file or on a sale line, by name.
-- Parameter: $1 the buyer's id.
SELECT hub FROM buyers WHERE client_id = $1
UNION
SELECT hub FROM sales WHERE client_id = $1
ORDER BY hub;
