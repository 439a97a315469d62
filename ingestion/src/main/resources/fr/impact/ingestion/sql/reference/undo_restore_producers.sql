-- Undo: the versions an import replaced take back its place. Parameters: import id, import id.
UPDATE producer_versions AS o SET replaced_by = x.replaced_by
FROM producer_versions AS x
WHERE x.import_id = ? AND o.replaced_by = ? AND o.hub = x.hub AND o.producteur_id = x.producteur_id;
