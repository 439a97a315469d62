/**
 * One canteen's purchases through the hub ({@code report canteen --buyer ID}): by product
 * family and EGalim category in ma-cantine's detailed keys ({@code valeur_<famille>_<label>}),
 * the local share, the EGalim shares and the gap to the targets — what the canteen declares
 * for its hub purchases.
 */
package fr.impact.reports.canteen;
