/**
 * Charts on the dashboard's pages, drawn by the reports' chart code ({@code fr.impact.reports.chart}):
 * each comes with its data as a table (shown under the chart) and as a CSV file (UTF-8 with
 * BOM, {@code ;}, French decimals, formula-like text neutralised), and the charts several
 * pages share (the local share by month, by segment, by family).
 */
package fr.impact.dashboard.charts;
