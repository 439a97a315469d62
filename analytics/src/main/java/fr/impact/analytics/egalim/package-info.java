/**
 * EGalim figures over collective catering: amounts per group, shares, meat and fish, targets and gaps.
 */
package fr.impact.analytics.egalim;
