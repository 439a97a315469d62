/**
 * The buyers' pages: every buyer with its segment, commune, purchases, local share and, for
 * collective catering, EGalim shares, sortable ({@code GET /acheteurs}); and one buyer's page —
 * its local share month by month (chart and data), its EGalim shares against the targets, its
 * producers and families ({@code GET /acheteurs/{id}}).
 */
package fr.impact.dashboard.buyers;
