-- A later file updates the entries it names (upsert by id within the hub).
-- Parameters: import id, import id, hub, import id.
UPDATE producer_versions AS o SET replaced_by = ?
FROM (SELECT producteur_id FROM producer_versions WHERE import_id = ?) AS n
WHERE o.replaced_by IS NULL AND o.hub = ? AND o.import_id <> ? AND o.producteur_id = n.producteur_id;
