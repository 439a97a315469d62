/**
 * The funding ledger: grants ({@code financements}), expenditures ({@code depenses}), payments
 * received ({@code versements}) and the optional forecast ({@code budget}), as CSV files whose
 * header says which they are or as the sheets of one XLSX workbook; each file replaces the rows
 * of its kind for the projects it names, every version kept so that an import can be undone.
 */
package fr.impact.ingestion.funding;
