/**
 * Markov chains of order k over journey paths (touchpoints, channels, types or stages) with a start
 * state and two absorbing states, conversion and non-conversion.
 *
 * <p>{@link dev.cxkit.journey.markov.TransitionCounts} accumulates transition counts (a mergeable
 * {@link dev.cxkit.journey.assembly.JourneySink}); {@link dev.cxkit.journey.markov.MarkovChain}
 * holds the sparse transition matrix, its likelihood and information criteria, and the
 * absorbing-chain analysis ({@link dev.cxkit.journey.markov.Absorption}: probability of conversion,
 * expected steps and expected time to absorption from every state); {@link
 * dev.cxkit.journey.markov.OrderSelection} compares orders by AIC and BIC.
 *
 * <p>States of order k are the last k steps, padded with the start state at the beginning of a
 * journey. A converted journey's path is its steps before the first goal event, followed by the
 * conversion state; other journeys end in the non-conversion state.
 */
@NullMarked
package dev.cxkit.journey.markov;

import org.jspecify.annotations.NullMarked;
