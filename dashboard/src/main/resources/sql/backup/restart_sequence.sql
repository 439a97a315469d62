-- A sequence set to give {start} next (DuckDB has no setval): dropped and created again.
-- No column default uses it, so dropping it is safe.
DROP SEQUENCE {sequence};
CREATE SEQUENCE {sequence} START {start};
