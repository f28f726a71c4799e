/**
 * Cumulative experience: {@link dev.cxkit.metrics.experience.EpisodeSummary summaries} of a bounded
 * episode of emotion or satisfaction readings (peak, trough, end, first, mean, trend, duration,
 * peak-end) and a {@link dev.cxkit.metrics.experience.RetrospectiveModel least-squares weighting}
 * of those summaries against retrospective ratings, instead of an assumed 50/50 peak-end rule.
 */
@NullMarked
package dev.cxkit.metrics.experience;

import org.jspecify.annotations.NullMarked;
