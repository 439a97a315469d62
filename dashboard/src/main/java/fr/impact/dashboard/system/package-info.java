/**
 * What the dashboard's features share: access to the DuckDB store (one writer thread,
 * reader connections), the users and security (form login, HTTP Basic for scripts, roles
 * OFFICER and ELECTED), French number and date formats for templates, and the error page.
 */
package fr.impact.dashboard.system;
