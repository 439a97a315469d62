/**
 * Ingestion's public API: import a file of a given kind into the store ({@link
 * fr.impact.ingestion.Importer}), list and undo imports ({@link
 * fr.impact.ingestion.ImportHistory}). Every import is one transaction keyed by the file's
 * content hash; bad rows are quarantined, bad files refused whole.
 */
package fr.impact.ingestion;
