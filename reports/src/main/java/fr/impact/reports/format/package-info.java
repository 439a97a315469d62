/**
 * How reports write numbers and dates in French: {@code 1 234,56 €} (narrow no-break space
 * between thousands, no-break space before the unit), {@code 12 %}, {@code 26/11/2026},
 * {@code janv. 2024} — the same forms in PDFs, chart axes and labels.
 */
package fr.impact.reports.format;
