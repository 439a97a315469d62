/**
 * Mapping profiles: a small text file per invoicing software that renames its columns to
 * ours, sets constants and derives the invoice line number, so a new hub needs no code.
 */
package fr.impact.ingestion.profile;
