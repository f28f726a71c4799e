/**
 * Statistical vocabulary and helpers shared by every cxkit module: {@link
 * dev.cxkit.metrics.stats.Interval confidence intervals} and the {@link
 * dev.cxkit.metrics.stats.IntervalMethod methods} that produced them, critical values and tail
 * probabilities ({@link dev.cxkit.metrics.stats.Distributions}), the Wilson interval ({@link
 * dev.cxkit.metrics.stats.Wilson}) and multiple comparisons.
 */
@NullMarked
package dev.cxkit.metrics.stats;

import org.jspecify.annotations.NullMarked;
