-- The earliest and latest sale dates (the default period).
SELECT min(date), max(date) FROM sales;
