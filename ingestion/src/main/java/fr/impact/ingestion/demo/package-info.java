/**
 * A deterministic demonstration data set for the Parc naturel régional du Perche and its
 * local-food hub: the territory, about forty producers in real communes of the Perche and
 * beyond, about fifty professional buyers from school canteens to shops, and one hub sales
 * export per month from January 2017, written as a French desktop saves CSV files (';',
 * UTF-8 with BOM, decimal comma, dd/MM/yyyy), with a few credit notes and a handful of
 * deliberately broken lines for the import quarantine. The same seed always gives the same
 * bytes, so the demo, the dashboard screenshots and the tests agree.
 */
package fr.impact.ingestion.demo;
