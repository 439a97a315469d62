/**
 * The ma-cantine "achats" export ({@code report achats}): the hub's sales to each canteen
 * written as a purchase file in ma-cantine's strict format, so that the canteen imports its
 * hub purchases there as they are, with local lines marked as FORMATS.md says.
 */
package fr.impact.reports.achats;
