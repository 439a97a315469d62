/**
 * Imports from the dashboard: the Imports page (upload, result with every rejected line,
 * history, undo, rejected lines as CSV) and {@code POST /api/imports/{kind}}. Every import
 * runs on the single writer, one at a time; a file over the upload limit is refused with 413
 * before anything is read.
 */
package fr.impact.dashboard.imports;
