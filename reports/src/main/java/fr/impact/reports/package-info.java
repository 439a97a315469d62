/**
 * Funder and elected-official reports: what a report is asked for ({@link
 * fr.impact.reports.ReportRequest}) and which reports exist ({@link
 * fr.impact.reports.ReportKind}). The building blocks live in {@code chart}, {@code pdf},
 * {@code xlsx}, {@code fonts}, {@code format} and {@code coverage}; each report in its own
 * package ({@code brief}, later {@code feader}, {@code region}, {@code canteen}).
 */
package fr.impact.reports;
