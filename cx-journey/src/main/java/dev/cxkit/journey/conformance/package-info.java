/**
 * Conformance of observed journeys to a designed {@link dev.cxkit.model.map.JourneyMap}: events are
 * matched to map steps by a configurable {@link dev.cxkit.journey.conformance.StepMatcher}, each
 * journey is optimally aligned with the walks the map's step graph allows (branches and loops
 * included) by {@link dev.cxkit.journey.conformance.ConformanceChecker}, and the deviations
 * (skipped, repeated, out-of-order steps, steps replaced by unplanned touchpoints) are aggregated
 * into a ranked list with Wilson intervals in a {@link
 * dev.cxkit.journey.conformance.ConformanceReport}.
 */
@NullMarked
package dev.cxkit.journey.conformance;

import org.jspecify.annotations.NullMarked;
