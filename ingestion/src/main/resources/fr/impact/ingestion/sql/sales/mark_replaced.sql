-- A later export repeating (hub, facture, ligne) keys supersedes the current versions.
-- Parameters: import id, import id, hub, import id.
UPDATE sale_lines AS o SET replaced_by = ?
FROM (SELECT facture, ligne FROM sale_lines WHERE import_id = ?) AS n
WHERE o.replaced_by IS NULL AND o.hub = ? AND o.import_id <> ?
  AND o.facture = n.facture AND o.ligne = n.ligne;
