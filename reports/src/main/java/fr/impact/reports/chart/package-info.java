/**
 * Charts built once from their data with JFreeChart, then rendered to PNG for the web and
 * drawn as vectors into a PDF page (through any {@link java.awt.Graphics2D}, the PDF one
 * included). One palette that still reads when printed in black and white — a dark fill, a
 * light fill, a hatch — with values written on the bars; the bundled font; French numbers on
 * axes. Every chart has a title, a unit and an alternative text, and hands its data back for
 * a table or a spreadsheet tab.
 */
package fr.impact.reports.chart;
