/**
 * Insights from a conformance report and the journey chain: ranked pain-point {@link
 * dev.cxkit.journey.insight.Hotspots hotspots}, {@link dev.cxkit.journey.insight.MomentsOfTruth
 * moments-of-truth detection} with length-adjusted effects and removal effects, the prioritised
 * {@link dev.cxkit.journey.insight.ActionPlan action plan} with value at stake from the what-if,
 * the {@link dev.cxkit.journey.insight.FutureStateCheck evaluation of a future-state map} against
 * the observed deviations, {@link dev.cxkit.journey.insight.SegmentDifferences segment differences}
 * with Holm control, and {@link dev.cxkit.journey.insight.JourneyClusters k-medoids clustering} of
 * journeys by {@link dev.cxkit.journey.insight.SequenceDistance optimal matching}.
 */
@NullMarked
package dev.cxkit.journey.insight;

import org.jspecify.annotations.NullMarked;
