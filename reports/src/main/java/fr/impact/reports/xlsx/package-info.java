/**
 * Spreadsheets done properly with POI: numbers stored as numbers with French-looking formats
 * (money {@code # ##0,00 €}, shares {@code 0,0 %}), dates as dates, a frozen and filterable
 * header row, sensible widths, one sheet per section, totals as formulas with their values
 * cached, the document's properties (title, period, generation date — given by the caller,
 * so the content is reproducible), and text from input files that a spreadsheet could take for
 * a formula neutralised.
 */
package fr.impact.reports.xlsx;
