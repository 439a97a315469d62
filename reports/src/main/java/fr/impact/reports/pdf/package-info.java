/**
 * A4 PDF documents on PDFBox: margins, titles, wrapped paragraphs, key-figure boxes, tables
 * that carry their header over page breaks, charts drawn as vectors (a Graphics2D that
 * writes PDF operators), and on every page a footer with the coverage line and the page
 * number. Text is real text in the bundled DejaVu Sans, so it can be searched, copied and
 * extracted; numbers and dates in French forms.
 */
package fr.impact.reports.pdf;
