/**
 * Local-origin figures: totals, collective catering, breakdowns by month, quarter, year, segment, family, origin level, producer and buyer, and the monthly series (with rolling 12-month shares) charts draw.
 */
package fr.impact.analytics.local;
