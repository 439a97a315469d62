/**
 * The import pipeline shared by every kind of file: the context a loader works in, the
 * quarantine that keeps every rejected row and every finding.
 */
package fr.impact.ingestion.imports;
