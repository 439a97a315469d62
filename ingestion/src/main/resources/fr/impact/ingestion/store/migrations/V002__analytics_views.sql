-- What analytics read: every current sale line with its buyer's segment and its producer's
-- origin level resolved now, from the current reference files (never copied onto the lines,
-- so a re-imported producers, buyers or territory file changes every figure at once).
--   segment: the buyers file, else the line's client_type, else AUTRE.
--   origin_level: producer unknown or without commune → INCONNU; else its commune listed in
--   the territory → that level; else its department (2 characters, 2A/2B, 3 for 97x/98x)
--   listed → that level; else ELOIGNE.

-- Each current producer's origin level, from the current territory (a tiny table: resolving
-- it per producer, then joining it once to the lines, halves the cost of a per-line resolution).
CREATE VIEW producer_levels AS
SELECT p.hub, p.producteur_id, p.nom, p.commune_insee,
       CASE
           WHEN p.commune_insee IS NULL THEN 'INCONNU'
           ELSE coalesce(tc.niveau, td.niveau, 'ELOIGNE')
       END AS origin_level
FROM producers AS p
LEFT JOIN territory AS tc ON tc.code = p.commune_insee
LEFT JOIN territory AS td ON td.code = CASE
        WHEN p.commune_insee LIKE '97%' OR p.commune_insee LIKE '98%' THEN left(p.commune_insee, 3)
        ELSE left(p.commune_insee, 2) END;

CREATE VIEW sales_enriched AS
SELECT s.*,
       coalesce(b.type, s.client_type, 'AUTRE') AS segment,
       coalesce(b.type, s.client_type, 'AUTRE') IN
           ('RESTAURATION_SCOLAIRE', 'RESTAURATION_MEDICO_SOCIALE', 'RESTAURATION_COLLECTIVE_AUTRE') AS collective,
       b.nom AS buyer_name,
       pl.nom AS producer_name,
       pl.commune_insee AS producer_commune,
       coalesce(pl.origin_level, 'INCONNU') AS origin_level
FROM sales AS s
LEFT JOIN buyers AS b ON b.hub = s.hub AND b.client_id = s.client_id
LEFT JOIN producer_levels AS pl ON pl.hub = s.hub AND pl.producteur_id = s.producteur_id;

-- The sales lines an indicator counts: a period (inclusive) and optional filters (NULL = all).
CREATE MACRO filtered_sales(d_from, d_to, f_hub, f_segment, f_family, f_buyer, f_producer) AS TABLE
SELECT * FROM sales_enriched
WHERE date BETWEEN d_from AND d_to
  AND (f_hub IS NULL OR hub = f_hub)
  AND (f_segment IS NULL OR segment = f_segment)
  AND (f_family IS NULL OR famille = f_family)
  AND (f_buyer IS NULL OR client_id = f_buyer)
  AND (f_producer IS NULL OR producteur_id = f_producer);
