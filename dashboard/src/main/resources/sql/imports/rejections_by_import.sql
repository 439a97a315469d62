-- The rejected lines of one import, in line order (one row per broken rule).
-- ?1 import id; the message in French (5th column) and in English (6th)
SELECT line, column_name, value, code, message_fr, message_en
FROM findings
WHERE import_id = ? AND rejection
ORDER BY line, column_name
