-- Every buyer of the hubs in scope, in the buyers file or on a sale line ever, with its
-- segment (the buyers file, else its latest line's type, else AUTRE), its commune (and the
-- territory's name for it), its figures over the filtered lines of the period (lines, net
-- and local sales, producers with a positive line, and, over its collective-catering lines,
-- the EGalim measures of egalim_totals), and its earliest line ever. A buyer is a (hub, id);
-- largest net purchases first.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer
-- ($3, $4 and $6 also select the buyers listed; the others only select lines).
WITH on_lines AS (
    SELECT hub, client_id,
           coalesce(any_value(client_nom), client_id) AS line_name,
           arg_max(coalesce(client_type, 'AUTRE'), date) AS line_segment,
           min(date) AS first_date
    FROM sales
    WHERE ($3 IS NULL OR hub = $3) AND ($6 IS NULL OR client_id = $6)
    GROUP BY hub, client_id
), in_file AS (
    SELECT hub, client_id, nom, type, commune_insee
    FROM buyers
    WHERE ($3 IS NULL OR hub = $3) AND ($6 IS NULL OR client_id = $6)
), everyone AS (
    SELECT coalesce(f.hub, l.hub) AS hub,
           coalesce(f.client_id, l.client_id) AS client_id,
           coalesce(f.nom, l.line_name) AS name,
           coalesce(f.type, l.line_segment) AS segment,
           f.commune_insee,
           l.first_date
    FROM in_file AS f
    FULL OUTER JOIN on_lines AS l ON l.hub = f.hub AND l.client_id = f.client_id
), period AS (
    SELECT hub, client_id,
           count(*) AS lines,
           sum(montant_ht) AS total_ht,
           coalesce(sum(montant_ht) FILTER (WHERE origin_level IN ('PARC', 'PROCHE')), 0) AS local_ht,
           count(DISTINCT producteur_id) FILTER (WHERE montant_ht > 0) AS producers,
           coalesce(sum(montant_ht) FILTER (WHERE collective), 0) AS collective_total_ht,
           coalesce(sum(montant_ht) FILTER (WHERE collective AND egalim_group = 'BIO'), 0) AS bio_ht,
           coalesce(sum(montant_ht) FILTER (WHERE collective AND egalim_group = 'SIQO'), 0) AS siqo_ht,
           coalesce(sum(montant_ht) FILTER (WHERE collective AND egalim_group = 'AUTRES_EGALIM'), 0)
               AS autres_egalim_ht,
           coalesce(sum(montant_ht) FILTER (WHERE collective AND egalim_group = 'EXTERNALITES_PERFORMANCE'), 0)
               AS externalites_performance_ht,
           coalesce(sum(montant_ht) FILTER (WHERE collective
                                              AND famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER')), 0)
               AS meat_fish_total_ht,
           coalesce(sum(montant_ht) FILTER (WHERE collective
                                              AND famille IN ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER')
                                              AND egalim_group <> 'NON_EGALIM'), 0) AS meat_fish_egalim_ht
    FROM filtered_sales($1, $2, $3, $4, $5, $6, $7)
    GROUP BY hub, client_id
)
SELECT e.hub,
       e.client_id,
       e.name,
       e.segment,
       e.commune_insee AS commune,
       t.nom AS commune_name,
       coalesce(p.lines, 0) AS lines,
       coalesce(p.total_ht, 0) AS total_ht,
       coalesce(p.local_ht, 0) AS local_ht,
       coalesce(p.producers, 0) AS producers,
       coalesce(p.collective_total_ht, 0) AS collective_total_ht,
       coalesce(p.bio_ht, 0) AS bio_ht,
       coalesce(p.siqo_ht, 0) AS siqo_ht,
       coalesce(p.autres_egalim_ht, 0) AS autres_egalim_ht,
       coalesce(p.externalites_performance_ht, 0) AS externalites_performance_ht,
       coalesce(p.meat_fish_total_ht, 0) AS meat_fish_total_ht,
       coalesce(p.meat_fish_egalim_ht, 0) AS meat_fish_egalim_ht,
       e.first_date
FROM everyone AS e
LEFT JOIN period AS p ON p.hub = e.hub AND p.client_id = e.client_id
LEFT JOIN territory AS t ON t.code = e.commune_insee
WHERE $4 IS NULL OR e.segment = $4
ORDER BY total_ht DESC, e.hub, e.client_id;
