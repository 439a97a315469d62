/**
 * The producers' pages: every producer with its commune, origin level and figures over a
 * period and filters, sortable ({@code GET /producteurs}); and one producer's page — its sales
 * month by month (chart and data), its buyers, its families ({@code GET /producteurs/{id}}).
 */
package fr.impact.dashboard.producers;
