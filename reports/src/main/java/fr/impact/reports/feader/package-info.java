/**
 * The FEADER payment claim ({@code report feader}): the spreadsheet annex a managing
 * authority checks line by line (expenditures by heading with their subtotals, staff costs,
 * resources, all totals as visible formulas) and the execution report in PDF (the operation,
 * the indicator table beside the previous period, charts, coverage and data quality).
 */
package fr.impact.reports.feader;
