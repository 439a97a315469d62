/**
 * ma-cantine's purchase files ({@code achats}): its strict schema (exact column names in
 * order, {@code siret} or {@code cantine_id} first, ISO dates, decimal point, upper-case codes),
 * read from CSV ({@code ,} {@code ;} or tab) or XLSX with the same verdicts as ma-cantine, and
 * loaded into the canteens' purchases, from which the territorial local share is computed.
 */
package fr.impact.ingestion.achats;
