/**
 * The annual activity report and financial statement for the Région ({@code report region}),
 * shaped on CERFA n°15059: the qualitative review (key figures beside the previous year,
 * charts), the table of charges and resources (Prévision · Réalisation · écart when a forecast
 * budget exists) and the annex; a PDF and a workbook of the data behind every chart and table.
 */
package fr.impact.reports.region;
