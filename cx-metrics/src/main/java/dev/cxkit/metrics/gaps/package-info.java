/**
 * Perception gaps: {@link dev.cxkit.metrics.gaps.PerceptionGaps company-estimated vs
 * customer-reported} scores per touchpoint, {@link dev.cxkit.metrics.gaps.ServqualAnalysis SERVQUAL
 * and SERVPERF} per item and RATER dimension with the zone of tolerance, and {@link
 * dev.cxkit.metrics.gaps.CronbachAlpha Cronbach's alpha}. The item-to-dimension map is data ({@link
 * dev.cxkit.metrics.gaps.ServqualItemMap}).
 */
@NullMarked
package dev.cxkit.metrics.gaps;

import org.jspecify.annotations.NullMarked;
