-- Every quarantined row of the imports LOADED or REFUSED, in file and line order: its raw
-- text, the rules it broke (codes and French messages, in the order they were checked), and
-- whether it is resolved: a later import (a greater id) has since had its key accepted and
-- that version is still current —
--   sales: a current sale line of the same hub with the row's facture and ligne (row_key is
--          facture || chr(0) || ligne);
--   producers, buyers: a current entry of the same hub with the row's id;
--   territory: a current territory entry with the row's code.
-- A row without a key (too many or too few cells, no facture…) stays open. total_rows and
-- resolved_rows count every row, before the limit.
-- Parameters: $1 hub (NULL = all; territory files belong to every hub), $2 maximum rows.
WITH q AS (
    SELECT q.import_id, i.file_name, i.kind, i.hub, i.status, q.line, q.row_key, q.raw
    FROM quarantine_rows AS q
    JOIN imports AS i ON i.id = q.import_id
    WHERE i.status IN ('LOADED', 'REFUSED')
      AND ($1 IS NULL OR i.hub = $1 OR i.kind = 'territory')
), sale_keys AS (
    SELECT import_id, line, hub,
           split_part(row_key, chr(0), 1) AS facture,
           TRY_CAST(split_part(row_key, chr(0), 2) AS INTEGER) AS ligne
    FROM q
    WHERE kind = 'sales' AND row_key IS NOT NULL
), resolved AS (
    SELECT k.import_id, k.line
    FROM sale_keys AS k
    WHERE EXISTS (SELECT 1 FROM sales AS s
                  WHERE s.hub = k.hub AND s.facture = k.facture AND s.ligne = k.ligne
                    AND s.import_id > k.import_id)
    UNION ALL
    SELECT q.import_id, q.line
    FROM q
    WHERE q.kind = 'producers'
      AND EXISTS (SELECT 1 FROM producers AS p
                  WHERE p.hub = q.hub AND p.producteur_id = q.row_key AND p.import_id > q.import_id)
    UNION ALL
    SELECT q.import_id, q.line
    FROM q
    WHERE q.kind = 'buyers'
      AND EXISTS (SELECT 1 FROM buyers AS b
                  WHERE b.hub = q.hub AND b.client_id = q.row_key AND b.import_id > q.import_id)
    UNION ALL
    SELECT q.import_id, q.line
    FROM q
    WHERE q.kind = 'territory'
      AND EXISTS (SELECT 1 FROM territory AS t
                  WHERE t.code = upper(trim(q.row_key)) AND t.import_id > q.import_id)
), broken AS (
    SELECT f.import_id, f.line,
           list(f.code ORDER BY f.rowid) AS codes,
           list(f.message_fr ORDER BY f.rowid) AS messages
    FROM findings AS f
    WHERE f.rejection AND f.import_id IN (SELECT import_id FROM q)
    GROUP BY f.import_id, f.line
)
SELECT q.import_id,
       q.file_name,
       q.kind,
       q.hub,
       q.status,
       q.line,
       replace(q.row_key, chr(0), ' / ') AS row_key,
       q.raw,
       coalesce(b.codes, []) AS codes,
       coalesce(b.messages, []) AS messages,
       r.import_id IS NOT NULL AS resolved,
       count(*) OVER () AS total_rows,
       sum(CASE WHEN r.import_id IS NOT NULL THEN 1 ELSE 0 END) OVER () AS resolved_rows
FROM q
LEFT JOIN resolved AS r ON r.import_id = q.import_id AND r.line = q.line
LEFT JOIN broken AS b ON b.import_id = q.import_id AND b.line = q.line
ORDER BY q.import_id, q.line
LIMIT $2;
