-- A project's totals: total_budget = Σ awarded over every grant; public_awarded = Σ awarded over
-- PUBLIC_* grants; the project period = earliest grant start to latest grant end; spent = Σ
-- montant_ht of expenditures (eligible: Σ montant_eligible); received = Σ every payment;
-- forecast = Σ montant_prevu of the budget. Parameter: $1 project key.
SELECT (SELECT coalesce(sum(montant_attribue), 0) FROM grants WHERE projet_key = $1) AS total_budget,
       (SELECT coalesce(sum(montant_attribue), 0) FROM grants
        WHERE projet_key = $1 AND starts_with(type, 'PUBLIC_')) AS public_awarded,
       (SELECT count(*) FROM grants WHERE projet_key = $1) AS grants,
       (SELECT min(debut) FROM grants WHERE projet_key = $1) AS first_start,
       (SELECT max(fin) FROM grants WHERE projet_key = $1) AS last_end,
       (SELECT coalesce(sum(montant_ht), 0) FROM expenditures WHERE projet_key = $1) AS spent,
       (SELECT coalesce(sum(montant_eligible), 0) FROM expenditures WHERE projet_key = $1) AS eligible,
       (SELECT count(*) FROM expenditures WHERE projet_key = $1) AS expenditure_lines,
       (SELECT coalesce(sum(montant), 0) FROM payments WHERE projet_key = $1) AS received,
       (SELECT count(*) FROM payments WHERE projet_key = $1) AS payment_lines,
       (SELECT sum(montant_prevu) FROM budget_lines WHERE projet_key = $1) AS forecast;
