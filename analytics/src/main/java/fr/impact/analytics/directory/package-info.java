/**
 * The hub's producers and buyers one by one, for the dashboard's lists and detail pages:
 * every producer or buyer known (reference file or sale lines), its commune, origin level or
 * segment, and its figures over a period and filters.
 */
package fr.impact.analytics.directory;
