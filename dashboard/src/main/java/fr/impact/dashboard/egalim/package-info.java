/**
 * The EGalim page: collective catering's purchases from the hub by EGalim category (bio,
 * SIQO, other EGalim, externalities/performance), per year against the legal targets, by
 * product family, and per canteen (a chart against the targets, with its data), for a period
 * and filters.
 */
package fr.impact.dashboard.egalim;
