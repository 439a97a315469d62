/**
 * Local-origin figures: totals, collective catering, breakdowns by month, quarter, year, segment, family, origin level, producer and buyer.
 */
package fr.impact.analytics.local;
