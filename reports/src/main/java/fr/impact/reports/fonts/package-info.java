/**
 * The one typeface of every report and chart, DejaVu Sans (regular and bold, Bitstream Vera
 * licence, beside the files), loaded from the class path — never from the system — so that a
 * PDF or a chart looks the same on the officer's laptop, the server and the CI.
 */
package fr.impact.reports.fonts;
