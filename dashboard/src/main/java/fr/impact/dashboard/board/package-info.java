/**
 * The public board ({@code GET /tableau}, no login, while an officer has it switched on):
 * the key figures of the latest full year and the local share month by month, for a
 * meeting-room screen or the park's website. It shows only totals — no buyer's or producer's
 * name, nor any figure of one of them.
 */
package fr.impact.dashboard.board;
