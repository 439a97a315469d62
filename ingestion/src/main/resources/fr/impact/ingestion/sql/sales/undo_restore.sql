-- Undo: the versions an import replaced take back the place of that import's versions
-- (current again, or superseded by whatever superseded the undone ones). Parameters: id, id.
UPDATE sale_lines AS o SET replaced_by = x.replaced_by
FROM sale_lines AS x
WHERE x.import_id = ? AND o.replaced_by = ?
  AND o.hub = x.hub AND o.facture = x.facture AND o.ligne = x.ligne;
