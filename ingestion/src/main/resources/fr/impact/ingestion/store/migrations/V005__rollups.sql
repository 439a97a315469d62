-- Pre-aggregated sales, kept by the single writer in the same transaction as every import and
-- undo, so the dashboard and the indicator document read a few thousand rows per year instead
-- of every line. Derived data only: `Rollups.rebuild` can always recompute it from the lines.
--   grp 0: by month, hub, segment, origin level, EGalim group and family (totals, EGalim, segments);
--   grp 1: by month, hub, segment, origin level and producer (per-producer figures);
--   grp 2: by month, hub, segment, origin level and buyer (per-buyer figures).
-- Segment and origin level are those of the reference files current when it was built; an
-- import of producers, buyers or territory rebuilds it whole. `name`: the producer's (grp 1) or
-- the buyer's (grp 2) name, from the reference file, else as written on a line, else the id.
CREATE TABLE sales_rollup (
    grp           TINYINT NOT NULL,
    month         DATE NOT NULL,
    hub           VARCHAR NOT NULL,
    segment       VARCHAR NOT NULL,
    collective    BOOLEAN NOT NULL,
    origin_level  VARCHAR NOT NULL,
    egalim_group  VARCHAR,
    famille       VARCHAR,
    producteur_id VARCHAR,
    client_id     VARCHAR,
    name          VARCHAR,
    lines         BIGINT NOT NULL,
    total_ht      DECIMAL(38,2) NOT NULL,
    total_kg      DECIMAL(38,6) NOT NULL,
    total_litres  DECIMAL(38,5) NOT NULL,
    active        BOOLEAN NOT NULL
);

-- The first line ever (any sign, segment) of every producer and every buyer, per hub.
CREATE TABLE sales_first_dates (
    hub           VARCHAR NOT NULL,
    producteur_id VARCHAR,
    client_id     VARCHAR,
    first_date    DATE NOT NULL
);

-- What the rollup was built from: a token of the source tables' sizes and the import history
-- (sql/rollups/source_token.sql). Readers use the rollup only when the token still matches.
CREATE TABLE rollup_state (
    token VARCHAR NOT NULL
);

-- The rollup rows an indicator counts: a grouping, whole months from d_from to d_to, and the
-- filters the rollup keeps (hub, segment; family only in grouping 0). NULL = all.
CREATE MACRO filtered_rollup(g, d_from, d_to, f_hub, f_segment, f_family) AS TABLE
SELECT * FROM sales_rollup
WHERE grp = g
  AND month BETWEEN d_from AND d_to
  AND (f_hub IS NULL OR hub = f_hub)
  AND (f_segment IS NULL OR segment = f_segment)
  AND (f_family IS NULL OR famille = f_family);
