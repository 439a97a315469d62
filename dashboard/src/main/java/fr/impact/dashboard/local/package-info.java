/**
 * The local-sourcing page: the local share for a period and filters, its charts (by month,
 * segment, family) with their data, and a breakdown by month, segment, family, producer or
 * buyer leading to the producers' and buyers' pages.
 */
package fr.impact.dashboard.local;
