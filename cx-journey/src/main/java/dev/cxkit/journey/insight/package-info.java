/**
 * Insights from observed journeys against a journey map: ranked pain-point {@link
 * dev.cxkit.journey.insight.Hotspots hotspots} (designed steps, touchpoints the map does not design
 * and transitions it does not design), {@link dev.cxkit.journey.insight.MomentsOfTruth moments of
 * truth} (each step's and unplanned touchpoint's effect on conversion, with the journey Markov
 * chain's independent estimate beside it), the {@link dev.cxkit.journey.insight.ActionPlan action
 * plan} that follows that evidence, the {@link dev.cxkit.journey.insight.FutureStateCheck
 * evaluation of a future-state map} against the observed deviations, {@link
 * dev.cxkit.journey.insight.SegmentDifferences segment differences} with Holm control, and {@link
 * dev.cxkit.journey.insight.JourneyClusters k-medoids clustering} of journeys by {@link
 * dev.cxkit.journey.insight.SequenceDistance optimal matching}.
 *
 * <h2>Methods</h2>
 *
 * <p><b>The estimates are observational.</b> They come from an event log, not from an experiment:
 * they adjust for the history the log records before each exposure and for a segment when one is
 * given, and for nothing else. A touchpoint given to customers for a reason the log does not show
 * (an agent's judgement, a customer's own request) can still be confounded.
 *
 * <p><b>Estimand.</b> For a candidate E (a designed step or an unplanned touchpoint seen in at
 * least {@code minJourneys} journeys) the landmark L is the state where most first exposures to E
 * happen (the designed step most recently reached, or the start). Among the journeys that reach L
 * for the first time without having been exposed to E and before converting, the estimate is the
 * difference in the probability of eventual conversion between being exposed to E during that stay
 * at L and not. Journeys not exposed there but exposed later stay in the not-exposed arm (an
 * intention-to-treat contrast of "E now" versus "not now": later exposure dilutes it, as in a
 * sequential trial); journeys that end at L count as not exposed, since exposure comes before the
 * decision to stop; journeys exposed or converted before reaching L are not at risk. For a designed
 * step the comparison is among journeys that move on from L to a step (the step versus another
 * branch or a skip). This is the quantity a simulator that knows the truth computes by walking each
 * customer twice, with E forced on and off at L (common random numbers); the tests check it so.
 *
 * <p><b>Design.</b> A landmark, or sequential-trial, design: one trial per journey and candidate at
 * its first arrival at L, exposed and not exposed compared within strata built only from history
 * before the exposure: touches so far (buckets 0, 1, 2, 3, 4-5, 6-8, 9-13, 14-21, 22+) and segment
 * when given. Never by journey length, completion of the designed walk or anything else decided
 * after the exposure: conditioning on those is selection bias (a collider, or the outcome itself;
 * Hernán and Robins, <i>Causal Inference: What If</i>, 2020, ch. 8; target and sequential trials,
 * ch. 22). The pooled effect is the Mantel-Haenszel risk difference with Sato's variance (1989),
 * consistent for many sparse strata and for a few large ones alike (Greenland and Robins 1985;
 * Rothman, Greenland and Lash, <i>Modern Epidemiology</i>, 3rd ed., 2008, ch. 15); a seeded
 * percentile bootstrap over journeys is an option. A candidate's effect is <em>clear</em> when its
 * Holm-adjusted p-value over all candidates is below alpha, it is at least the minimum effect, and
 * the evidence is not weak; weak evidence is flagged with its reason (an arm under 30 journeys,
 * strata without both arms, no conversion or no non-conversion among the journeys at risk), and an
 * effect that cannot be estimated is reported as such, never as 0.
 *
 * <p><b>Markov estimate.</b> Beside it, independently, the order-1 journey chain over touchpoints:
 * conversion from the landmark with its next touch forced to E minus with E removed from the
 * landmark's row, and the removal effect of E's state (Anderl et al. 2016). The chain assumes the
 * future depends only on the current touchpoint, so it misses effects that last beyond the next
 * touch; a large disagreement between the two estimates is a reason to look closer.
 *
 * <p><b>Hotspots and actions.</b> A hotspot's score weighs clear harm, drop-off, negative emotion
 * or feedback, repeats, channel switches the map does not design (a change of channel between two
 * steps the map leads from one to the other, each event in a channel designed for its step, is not
 * pain; into an unplanned touchpoint every change counts) and time to the next event. A clear
 * positive moment of truth gets an <em>extend</em> action (the journeys at L that lacked E receive
 * it: value at stake effect times those journeys times their value), a clear harmful one a
 * <em>fix</em> action (the exposed fare as the not exposed), a step whose drop-off interval lies
 * above the map's median drop-off a <em>fix</em> evaluated on the Markov chain; a candidate without
 * a clear effect gets none.
 */
@NullMarked
package dev.cxkit.journey.insight;

import org.jspecify.annotations.NullMarked;
