/**
 * The public model of the domain shared by every module and engine: product families,
 * units, EGalim labels and groups, buyer segments and origin levels, each a closed list of
 * codes that reads the French and English ways people write them.
 */
package fr.impact.ingestion.model;
