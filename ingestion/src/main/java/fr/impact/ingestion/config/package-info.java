/** The park's configuration file: names printed on reports, codes, limits, the default hub. */
package fr.impact.ingestion.config;
