/**
 * ma-cantine's published teledeclaration results ({@code campagne_td_YYYY.csv}, read only):
 * one row per canteen declaration with its PAT list and its bio and EGalim-hors-bio ratios,
 * the national data against which a territory's canteens are compared.
 */
package fr.impact.ingestion.teledeclarations;
