/**
 * The filters the figures pages share — a year or dates, a hub, a segment, a family — read
 * from the query string ({@code annee}, {@code du}, {@code au}, {@code pole}, {@code segment},
 * {@code famille}) and written back into links, so that every page, chart and download
 * follows the same choice without JavaScript.
 */
package fr.impact.dashboard.filters;
