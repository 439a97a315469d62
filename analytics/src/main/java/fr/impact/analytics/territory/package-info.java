/**
 * The territory's canteens: the EGalim benchmark of a PAT from ma-cantine's teledeclaration
 * open data ({@code egalim-territory}), and the territorial local share of collective catering
 * computed from the canteens' own purchase files, with the hub's part beside it and the
 * coverage (canteens, months) always stated.
 */
package fr.impact.analytics.territory;
