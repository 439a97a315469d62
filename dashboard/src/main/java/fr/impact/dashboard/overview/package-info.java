/**
 * The overview page (key figures of a year beside the year before: sales, local shares,
 * EGalim against its targets, producers, canteens) and {@code GET /api/indicators}, the
 * same document as {@code bin/impact indicators --json}.
 */
package fr.impact.dashboard.overview;
