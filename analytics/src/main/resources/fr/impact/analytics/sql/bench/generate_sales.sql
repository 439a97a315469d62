-- A large seeded sales table for the analytics benchmark, generated inside DuckDB:
-- $1 rows, $2 first year, $3 number of years, $4 seed. Five lines per invoice; 120 producers
-- and 400 buyers of the 'bench' hub; amounts = quantity × price at the cent.
INSERT INTO sale_lines
SELECT 0 AS import_id, i + 2 AS source_line, 'bench' AS hub,
       'F' || (i // 5) AS facture, (i % 5 + 1)::INTEGER AS ligne,
       (make_date($2::INTEGER, 1, 1) + ((hash(i // 5, $4) % (365 * $3::BIGINT)))::INTEGER) AS date,
       'C' || (hash(i // 5, $4 + 1) % 400) AS client_id, NULL AS client_nom,
       ['RESTAURATION_SCOLAIRE', 'RESTAURATION_MEDICO_SOCIALE', 'RESTAURANT', 'COMMERCE',
        'RESTAURATION_COLLECTIVE_AUTRE', 'AUTRE'][((hash(i // 5, $4 + 1) % 400) % 6 + 1)::BIGINT] AS client_type,
       'P' || (hash(i, $4 + 2) % 120) AS producteur_id, NULL AS producteur_nom,
       'Produit ' || (hash(i, $4 + 3) % 50) AS produit, NULL AS produit_code,
       ['FRUITS_ET_LEGUMES', 'PRODUITS_LAITIERS', 'VIANDES_VOLAILLES', 'BOULANGERIE', 'CHARCUTERIE',
        'BOISSONS', 'AUTRES', 'PRODUITS_DE_LA_MER'][(hash(i, $4 + 4) % 8 + 1)::BIGINT] AS famille,
       q AS quantite, 'kg' AS unite, p AS prix_unitaire_ht, round(q * p, 2)::DECIMAL(18,2) AS montant_ht,
       NULL AS labels,
       ['NON_EGALIM', 'NON_EGALIM', 'BIO', 'SIQO', 'AUTRES_EGALIM', 'NON_EGALIM'][(hash(i, $4 + 5) % 6 + 1)::BIGINT] AS egalim_group,
       'FRANCE' AS origine, q AS kg, NULL AS litres, NULL AS replaced_by
FROM (SELECT i,
             ((hash(i, $4 + 6) % 5000) + 1)::DECIMAL(18,3) / 100 AS q,
             ((hash(i, $4 + 7) % 2000) + 10)::DECIMAL(18,4) / 100 AS p
      FROM range($1::BIGINT) AS t(i));
