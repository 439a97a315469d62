/**
 * The EGalim page: collective catering's purchases from the hub by EGalim category (bio,
 * SIQO, other EGalim, externalities/performance), per year against the legal targets, and
 * by product family.
 */
package fr.impact.dashboard.egalim;
