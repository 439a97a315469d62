-- A buyer as the reports name it: its name (buyers file, else the sale lines), its segment
-- (resolved as everywhere) and commune, and its sale lines of all time (0: unknown buyer
-- unless the buyers file lists it). Parameter: $1 buyer id.
SELECT coalesce(any_value(b.nom), any_value(s.buyer_name), any_value(s.client_nom)) AS name,
       coalesce(any_value(b.type), any_value(s.segment)) AS segment,
       any_value(b.commune_insee) AS commune,
       count(s.client_id) AS lines,
       count(b.client_id) AS listed
FROM (SELECT $1 AS id) AS k
LEFT JOIN sales_enriched AS s ON s.client_id = k.id
LEFT JOIN buyers AS b ON b.client_id = k.id;
