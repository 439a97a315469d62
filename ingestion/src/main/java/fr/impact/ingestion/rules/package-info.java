/**
 * Row rules shared by every engine: codes, findings, the French and English messages, and the parsing of French numbers, dates and coded values.
 */
package fr.impact.ingestion.rules;
