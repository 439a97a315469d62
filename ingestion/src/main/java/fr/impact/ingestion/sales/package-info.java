/**
 * The hub's sales export: its columns, its row rules (one implementation for both engines), and its bulk loader into DuckDB.
 */
package fr.impact.ingestion.sales;
