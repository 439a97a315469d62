/**
 * Producer and buyer impact: active, new and local producers and buyers, concentration, retention.
 */
package fr.impact.analytics.impact;
