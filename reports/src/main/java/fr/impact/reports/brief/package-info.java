/**
 * The brief: one A4 page for elected officials, in plain French — four large numbers, two
 * charts, and the data the figures rest on — readable printed in black and white.
 */
package fr.impact.reports.brief;
