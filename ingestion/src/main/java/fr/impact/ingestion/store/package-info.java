/**
 * The embedded DuckDB store: opening the single database file (and saying clearly when
 * another process holds it), numbered schema migrations, the SQL file loader, and each
 * table's fingerprint (row count and order-independent hash of its rows), which the crash
 * tests compare and backups record.
 */
package fr.impact.ingestion.store;
