-- The rejected lines of one import, in line order (one row per broken rule).
-- ?1 import id
SELECT line, column_name, value, code, message_fr
FROM findings
WHERE import_id = ? AND rejection
ORDER BY line, column_name
