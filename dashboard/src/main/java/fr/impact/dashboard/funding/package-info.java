/** Funding in the dashboard: {@code GET /api/funding}, the same document as {@code bin/impact funding --json}. */
package fr.impact.dashboard.funding;
