/** Benchmark material for the analytics: a large generated table, the indicator document against a bare scan. */
package fr.impact.analytics.bench;
