-- Per funder of a project (funders matched across files by name, case and accents ignored):
-- awarded (Σ of its grants), received (Σ of its payments), its type (that of its largest grant),
-- and whether it has a grant at all (a funder may appear only in the payments: a warning).
-- Funders with grants first, largest award first. Parameter: $1 project key.
WITH g AS (
    SELECT financeur_key, min(financeur) AS financeur, arg_max(type, montant_attribue) AS type,
           sum(montant_attribue) AS awarded, count(*) AS grants
    FROM grants WHERE projet_key = $1 GROUP BY financeur_key),
p AS (
    SELECT financeur_key, min(financeur) AS financeur, sum(montant) AS received, count(*) AS payments
    FROM payments WHERE projet_key = $1 GROUP BY financeur_key)
SELECT coalesce(g.financeur, p.financeur) AS funder,
       g.type AS type,
       coalesce(g.awarded, 0) AS awarded,
       coalesce(p.received, 0) AS received,
       g.financeur_key IS NOT NULL AS has_grant,
       coalesce(g.grants, 0) AS grants,
       coalesce(p.payments, 0) AS payments
FROM g FULL OUTER JOIN p ON g.financeur_key = p.financeur_key
ORDER BY has_grant DESC, awarded DESC, funder;
