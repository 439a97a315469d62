/**
 * The analytics API: one query API (period, filters, breakdowns) answering every indicator from
 * SQL files with bound parameters, for the command line, the reports and the dashboard.
 */
package fr.impact.analytics;
