-- Producers (100 of the 120 ids known: the rest are INCONNU), buyers (300 of 400), territory.
INSERT INTO producer_versions
SELECT 0, i + 2, 'bench', 'P' || i, 'Producteur ' || i,
       ['61293', '61038', '28280', '72181', '14027', '2A004', '97411'][i % 7 + 1], NULL, NULL, NULL, NULL, NULL, NULL
FROM range(100) AS t(i);
INSERT INTO buyer_versions
SELECT 0, i + 2, 'bench', 'C' || i, 'Client ' || i,
       ['RESTAURATION_SCOLAIRE', 'RESTAURATION_MEDICO_SOCIALE', 'RESTAURANT', 'COMMERCE',
        'RESTAURATION_COLLECTIVE_AUTRE', 'AUTRE'][i % 6 + 1], NULL, NULL, NULL, NULL, NULL, NULL
FROM range(300) AS t(i);
INSERT INTO territory_versions VALUES
    (0, 2, '61293', 'PARC', NULL, NULL), (0, 3, '61038', 'PARC', NULL, NULL),
    (0, 4, '61', 'PROCHE', NULL, NULL), (0, 5, '28', 'PROCHE', NULL, NULL);
