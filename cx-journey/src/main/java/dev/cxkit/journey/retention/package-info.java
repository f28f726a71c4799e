/**
 * Retention from an event log: cohorts by first event or by a chosen start event, N-day, unbounded
 * and bracketed retention on calendar or rolling days, stickiness, and the bridges to the cohort
 * tables and Kaplan–Meier of {@code dev.cxkit.metrics.retention}. Start at {@link
 * dev.cxkit.journey.retention.EventRetention}.
 */
@NullMarked
package dev.cxkit.journey.retention;

import org.jspecify.annotations.NullMarked;
