-- Undo: the rows an import replaced take back their place, per project: current again, or
-- superseded by whatever superseded the undone rows. Parameters: import id, import id.
UPDATE payment_versions AS o SET replaced_by = x.replaced_by
FROM (SELECT projet_key, any_value(replaced_by) AS replaced_by
      FROM payment_versions WHERE import_id = ? GROUP BY projet_key) AS x
WHERE o.replaced_by = ? AND o.projet_key = x.projet_key;
