/**
 * What the dashboard's features share: access to the DuckDB store (one writer thread,
 * reader connections), the users and security (form login, HTTP Basic for scripts, roles
 * OFFICER and ELECTED), the language (French by default, English on request: texts, numbers
 * and dates), and the error page.
 */
package fr.impact.dashboard.system;
