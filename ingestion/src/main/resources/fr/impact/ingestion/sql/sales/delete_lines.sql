-- Removes rows of an import by source line (those found ambiguous). Parameter: import id.
DELETE FROM sale_lines WHERE import_id = ? AND source_line IN (SELECT line FROM dup_lines);
