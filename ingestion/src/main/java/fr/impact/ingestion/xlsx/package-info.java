/**
 * Reads XLSX workbooks as streams of records: one sheet (the first, or the one named on
 * the command line) is parsed with POI's streaming SAX reader, never loaded whole, and its
 * cells are turned into plain, locale-free text (ISO dates, decimals with a point) so that
 * the same row rules apply to spreadsheets and to CSV files.
 */
package fr.impact.ingestion.xlsx;
