/**
 * The scale-out sales ingestion: a Spark job that runs the same row rules as the embedded
 * engine ({@link fr.impact.ingestion.sales.SalesRules}, one whole file per task so that quoted
 * line breaks and physical line numbers stay right) and writes partitioned Parquet — the valid
 * lines, the findings, the quarantined rows and a manifest keyed by content hash — which the
 * single DuckDB writer then loads as ordinary imports.
 */
package fr.impact.ingestion.spark;
