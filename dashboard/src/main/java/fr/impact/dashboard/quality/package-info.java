/**
 * The data-quality page: producers and buyers missing from the reference files, lines of
 * unknown origin, file warnings and the quarantined rows (open or fixed by a later file).
 */
package fr.impact.dashboard.quality;
