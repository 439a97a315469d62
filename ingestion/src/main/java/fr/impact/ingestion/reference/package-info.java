/**
 * Reference files (producers, buyers, territory) and the official lists of communes and departments.
 */
package fr.impact.ingestion.reference;
