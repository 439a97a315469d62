-- The codes of a territory import that the territory it replaced already listed. Parameters: id, id.
SELECT count(*) FROM territory_versions AS n
WHERE n.import_id = ? AND EXISTS (SELECT 1 FROM territory_versions AS o WHERE o.replaced_by = ? AND o.code = n.code);
