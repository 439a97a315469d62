/**
 * The embedded DuckDB store: opening the single database file (and saying clearly when
 * another process holds it), numbered schema migrations, and the SQL file loader.
 */
package fr.impact.ingestion.store;
