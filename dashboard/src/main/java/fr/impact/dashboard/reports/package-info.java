/**
 * Reports: the Rapports page and {@code GET /api/reports/{kind}}, which produce exactly the
 * files of {@code impact report} (one file, or a ZIP of several) on a reader connection.
 */
package fr.impact.dashboard.reports;
