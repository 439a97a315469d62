/**
 * The command line, {@code bin/impact}: a plain picocli {@code main} that opens the DuckDB
 * file itself (when no server holds it) and prints French (or English) text or exactly one
 * JSON document.
 */
package fr.impact.dashboard.cli;
