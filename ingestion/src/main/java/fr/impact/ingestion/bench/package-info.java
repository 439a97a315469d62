/**
 * Benchmark material: large seeded sales files in the French format, and the measurement
 * of the embedded import against DuckDB's own typed {@code read_csv} on the same file.
 */
package fr.impact.ingestion.bench;
