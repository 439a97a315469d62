-- The hubs that have sale lines, by name (the hub filter's choices).
SELECT DISTINCT hub FROM sales ORDER BY hub;
