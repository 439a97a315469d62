-- Every producer of the hubs in scope, in the producers file or on a sale line ever, with its
-- commune (and the territory's name for it), its origin level resolved now, its figures over
-- the filtered lines of the period (lines, net sales, buyers with a positive line), its hub's
-- net sales over the same filters (every producer), and its earliest line ever (any sign,
-- segment or period). A producer is a (hub, id); largest net sales first.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer
-- ($3 and $7 also select the producers listed; the others only select lines).
WITH on_lines AS (
    SELECT hub, producteur_id,
           coalesce(any_value(producteur_nom), producteur_id) AS line_name,
           min(date) AS first_date
    FROM sales
    WHERE ($3 IS NULL OR hub = $3) AND ($7 IS NULL OR producteur_id = $7)
    GROUP BY hub, producteur_id
), in_file AS (
    SELECT hub, producteur_id, nom, commune_insee, origin_level
    FROM producer_levels
    WHERE ($3 IS NULL OR hub = $3) AND ($7 IS NULL OR producteur_id = $7)
), everyone AS (
    SELECT coalesce(f.hub, l.hub) AS hub,
           coalesce(f.producteur_id, l.producteur_id) AS producteur_id,
           coalesce(f.nom, l.line_name) AS name,
           f.commune_insee,
           coalesce(f.origin_level, 'INCONNU') AS origin_level,
           l.first_date
    FROM in_file AS f
    FULL OUTER JOIN on_lines AS l ON l.hub = f.hub AND l.producteur_id = f.producteur_id
), period AS (
    SELECT hub, producteur_id,
           count(*) AS lines,
           sum(montant_ht) AS total_ht,
           count(DISTINCT client_id) FILTER (WHERE montant_ht > 0) AS buyers
    FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
    GROUP BY hub, producteur_id
), hubs AS (
    SELECT hub, sum(montant_ht) AS hub_total_ht
    FROM filtered_sales($1, $2, $3, $4, $5, $6, NULL)
    GROUP BY hub
)
SELECT e.hub,
       e.producteur_id,
       e.name,
       e.commune_insee AS commune,
       t.nom AS commune_name,
       e.origin_level,
       coalesce(p.lines, 0) AS lines,
       coalesce(p.total_ht, 0) AS total_ht,
       coalesce(p.buyers, 0) AS buyers,
       coalesce(h.hub_total_ht, 0) AS hub_total_ht,
       e.first_date
FROM everyone AS e
LEFT JOIN period AS p ON p.hub = e.hub AND p.producteur_id = e.producteur_id
LEFT JOIN hubs AS h ON h.hub = e.hub
LEFT JOIN territory AS t ON t.code = e.commune_insee
ORDER BY total_ht DESC, e.hub, e.producteur_id;
