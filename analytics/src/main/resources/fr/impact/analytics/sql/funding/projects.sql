-- Every project of the funding ledger: its key (names compared without case, accents or
-- punctuation) and its name as its grants write it, else as another file of the ledger does;
-- in the order of their keys.
SELECT projet_key, coalesce(min(projet) FILTER (WHERE source = 0), min(projet)) AS name
FROM (SELECT projet_key, projet, 0 AS source FROM grants
      UNION ALL SELECT projet_key, projet, 1 FROM expenditures
      UNION ALL SELECT projet_key, projet, 1 FROM payments
      UNION ALL SELECT projet_key, projet, 1 FROM budget_lines)
GROUP BY projet_key
ORDER BY projet_key;
