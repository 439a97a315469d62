/**
 * Reading tabular files as streams of records with physical line numbers, and matching their headers to our columns (aliases, profiles).
 */
package fr.impact.ingestion.read;
