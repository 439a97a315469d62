/**
 * Data quality: unknown producers and buyers, lines of unknown origin, warnings, quarantined rows.
 */
package fr.impact.analytics.quality;
