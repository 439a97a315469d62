-- The monthly series charts draw: one row per calendar month touched by the period (months
-- without a sale included, with zeros), in order.
--   Month measures: the filtered lines of that month inside the period: total and local
--   (PARC + PROCHE) amounts over every segment; collective-catering total, bio and EGalim
--   (every group but NON_EGALIM, bio included) amounts.
--   Rolling measures: the same sums over the 12 calendar months ending that month, inclusive
--   (so they may reach back before $1, but never past $2); shares are taken from these sums,
--   never averaged from monthly ratios.
-- Parameters: $1 from, $2 to, $3 hub, $4 segment, $5 family, $6 buyer, $7 producer.
WITH months AS (
    SELECT CAST(m AS DATE) AS month
    FROM (SELECT unnest(generate_series(CAST(date_trunc('month', $1::DATE) - INTERVAL 11 MONTH AS TIMESTAMP),
                                        CAST(date_trunc('month', $2::DATE) AS TIMESTAMP),
                                        INTERVAL 1 MONTH)) AS m)
), lines AS (
    SELECT CAST(date_trunc('month', date) AS DATE) AS month,
           date >= $1 AS in_period,
           montant_ht,
           origin_level IN ('PARC', 'PROCHE') AS is_local,
           collective,
           egalim_group
    FROM filtered_sales(CAST(date_trunc('month', $1::DATE) - INTERVAL 11 MONTH AS DATE), $2, $3, $4, $5, $6, $7)
), monthly AS (
    SELECT m.month,
           count(l.montant_ht) FILTER (WHERE l.in_period) AS lines,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.in_period), 0) AS total_ht,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.in_period AND l.is_local), 0) AS local_ht,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.in_period AND l.collective), 0) AS collective_total_ht,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.in_period AND l.collective AND l.egalim_group = 'BIO'), 0)
               AS collective_bio_ht,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.in_period AND l.collective AND l.egalim_group <> 'NON_EGALIM'), 0)
               AS collective_egalim_ht,
           -- the whole month (up to $2), for the rolling sums
           coalesce(sum(l.montant_ht), 0) AS all_total_ht,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.is_local), 0) AS all_local_ht,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.collective), 0) AS all_collective_total_ht,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.collective AND l.egalim_group = 'BIO'), 0) AS all_collective_bio_ht,
           coalesce(sum(l.montant_ht) FILTER (WHERE l.collective AND l.egalim_group <> 'NON_EGALIM'), 0)
               AS all_collective_egalim_ht
    FROM months AS m
    LEFT JOIN lines AS l USING (month)
    GROUP BY m.month
)
SELECT strftime(month, '%Y-%m') AS month,
       lines,
       total_ht,
       local_ht,
       collective_total_ht,
       collective_bio_ht,
       collective_egalim_ht,
       sum(all_total_ht) OVER last_12 AS rolling_total_ht,
       sum(all_local_ht) OVER last_12 AS rolling_local_ht,
       sum(all_collective_total_ht) OVER last_12 AS rolling_collective_total_ht,
       sum(all_collective_bio_ht) OVER last_12 AS rolling_collective_bio_ht,
       sum(all_collective_egalim_ht) OVER last_12 AS rolling_collective_egalim_ht
FROM monthly
WINDOW last_12 AS (ORDER BY month ROWS BETWEEN 11 PRECEDING AND CURRENT ROW)
QUALIFY month >= date_trunc('month', $1::DATE)
ORDER BY month;
