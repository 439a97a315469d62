/**
 * Funding indicators of a project (DOMAIN.md, "Funding"): total budget, public funding and its
 * rate, per funder awarded and received, spending and its consumption rate by heading, year and
 * payment claim, the treasury gap the beneficiary carries, the leverage of public money on the
 * hub's sales, and the ledger's consistency warnings.
 */
package fr.impact.analytics.funding;
