/**
 * Statistical vocabulary shared by every cxkit metric: {@link dev.cxkit.metrics.stats.Interval
 * confidence intervals} and the {@link dev.cxkit.metrics.stats.IntervalMethod methods} that
 * produced them.
 */
@NullMarked
package dev.cxkit.metrics.stats;

import org.jspecify.annotations.NullMarked;
