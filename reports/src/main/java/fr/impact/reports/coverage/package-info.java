/**
 * What every report states about itself: the period, the date it was produced, the files it
 * rests on (name, kind, import date, SHA-256 content hash), the amount of unknown origin and
 * the rows left in quarantine — as a one-line summary for page footers and as a list.
 */
package fr.impact.reports.coverage;
