-- The funders of a project (their grants added up), largest award first, with what each has
-- paid up to a day and the dates of those payments (payments matched by funder key).
-- Parameters: $1 project key, $2 the last day counted for payments (inclusive).
WITH paid AS (
    SELECT financeur_key, sum(montant) AS received,
           string_agg(strftime(date, '%d/%m/%Y'), ', ' ORDER BY date) AS payment_dates
    FROM payments
    WHERE projet_key = $1 AND date <= $2
    GROUP BY financeur_key
), awarded AS (
    SELECT financeur_key, min(financeur) AS funder, arg_max(type, montant_attribue) AS type,
           string_agg(DISTINCT dispositif, ' ; ') AS dispositif, sum(montant_attribue) AS awarded,
           min(date_decision) AS date_decision, min(debut) AS debut, max(fin) AS fin
    FROM grants
    WHERE projet_key = $1
    GROUP BY financeur_key
)
SELECT a.funder, a.type, a.dispositif, a.awarded, a.date_decision, a.debut, a.fin,
       coalesce(p.received, 0) AS received, p.payment_dates
FROM awarded AS a
LEFT JOIN paid AS p ON p.financeur_key = a.financeur_key
ORDER BY a.awarded DESC, a.financeur_key;
