/**
 * The dashboard application: {@link fr.impact.dashboard.DashboardApplication} starts Spring
 * Boot on the store opened by {@code bin/impact serve}; each feature has its own package
 * ({@code overview}, {@code imports}, {@code quality}, {@code local}), and {@code system}
 * holds what they share (database access, security, French formats).
 */
package fr.impact.dashboard;
