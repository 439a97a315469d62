-- The first and last purchase dates of the canteens' purchase files.
SELECT min(date) AS first_date, max(date) AS last_date FROM purchases;
