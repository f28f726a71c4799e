/**
 * Customer lifetime value. {@link dev.cxkit.metrics.clv.SimpleClv} is the simple (Gupta &amp;
 * Lehmann 2003) lifetime value: margin × survival × discount, summed over periods, with any {@link
 * dev.cxkit.metrics.retention.RetentionCurve}.
 *
 * <pre>{@code
 * SimpleClv clv = SimpleClv.of(100, 0.10, SimpleClv.Timing.PERIOD_END, RetentionCurve.constant(0.8));
 * clv.infiniteHorizon();   // 266.67
 * }</pre>
 */
@NullMarked
package dev.cxkit.metrics.clv;

import org.jspecify.annotations.NullMarked;
