/**
 * Funnels: ordered {@link dev.cxkit.journey.funnel.Checkpoint checkpoints} (event predicates on
 * touchpoint, type, stage or channel: the tollgates of a journey map), matched per journey with
 * {@link dev.cxkit.journey.funnel.FunnelOrdering strict or loose ordering} inside a conversion
 * window. {@link dev.cxkit.journey.funnel.FunnelResult} gives per step the journeys reaching it,
 * conversion and drop-off with Wilson intervals and the time from the previous step; results of
 * segments compare step by step with Newcombe's interval for a difference of proportions.
 */
@NullMarked
package dev.cxkit.journey.funnel;

import org.jspecify.annotations.NullMarked;
