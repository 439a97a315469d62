-- Undo: the versions an import replaced take back its place. Parameters: import id, import id.
UPDATE buyer_versions AS o SET replaced_by = x.replaced_by
FROM buyer_versions AS x
WHERE x.import_id = ? AND o.replaced_by = ? AND o.hub = x.hub AND o.client_id = x.client_id;
