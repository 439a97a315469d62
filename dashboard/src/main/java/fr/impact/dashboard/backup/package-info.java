/**
 * Backups and restores of the database: a self-describing directory (one Parquet file per
 * table and a manifest with the schema version, each table's rows and fingerprint and each
 * file's SHA-256), written by {@code bin/impact backup} or, while the dashboard holds the
 * file, by {@code POST /api/backup}; {@code bin/impact restore} checks it, loads it through the
 * application's own migrations and verifies every table before putting the file in place.
 */
package fr.impact.dashboard.backup;
