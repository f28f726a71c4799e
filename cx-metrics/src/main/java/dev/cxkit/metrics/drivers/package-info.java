/**
 * Which touchpoints matter, and why: key-driver analysis of an outcome on driver ratings ({@link
 * dev.cxkit.metrics.drivers.KeyDriverAnalysis Shapley/LMG and Johnson's relative weights}), {@link
 * dev.cxkit.metrics.drivers.ImportancePerformanceAnalysis importance–performance analysis} and
 * {@link dev.cxkit.metrics.drivers.TouchpointPriorities touchpoint priorities} that combine the two
 * into one ranked, explainable answer.
 */
@NullMarked
package dev.cxkit.metrics.drivers;

import org.jspecify.annotations.NullMarked;
