-- Undo: the rows an import replaced take back their place, per year: current again, or
-- superseded by whatever superseded the undone rows. Parameters: import id, import id.
UPDATE teledeclarations AS o SET replaced_by = x.replaced_by
FROM (SELECT year, any_value(replaced_by) AS replaced_by
      FROM teledeclarations WHERE import_id = ? GROUP BY year) AS x
WHERE o.replaced_by = ? AND o.year = x.year;
