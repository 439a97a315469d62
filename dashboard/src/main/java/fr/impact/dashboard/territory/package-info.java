/**
 * Canteens of the territory: the EGalim teledeclarations of the park's PAT canteens beside
 * the national picture, from ma-cantine's open data — the page and
 * {@code GET /api/egalim-territory}, which answers the {@code egalim-territory --json} document.
 */
package fr.impact.dashboard.territory;
