/**
 * The streaming CSV reader: encodings, delimiters, quoted fields with line breaks, physical line numbers.
 */
package fr.impact.ingestion.csv;
