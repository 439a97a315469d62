-- What the rollup depends on, in a few cheap counts: every import, replacement and undo of
-- sales or reference files changes one of them. A writer that bypasses the importer changes
-- a count too, and readers then fall back to the lines until the rollup is rebuilt.
SELECT concat_ws(',',
       (SELECT count(*) FROM sale_lines),
       (SELECT count(*) FROM producer_versions),
       (SELECT count(*) FROM buyer_versions),
       (SELECT count(*) FROM territory_versions),
       (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || count(undone_at)
        FROM imports WHERE status IN ('LOADED', 'UNDONE'))) AS token;
