/** The local-sourcing page: local share broken down by month, segment, family or producer. */
package fr.impact.dashboard.local;
