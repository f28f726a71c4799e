/**
 * What-if analysis on the absorbing Markov model of journeys: an {@link
 * dev.cxkit.journey.whatif.AbsorbingChain} (estimated from the aligned walks of a conformance
 * report, or built directly), {@link dev.cxkit.journey.whatif.Change changes} to it (reduce a
 * step's drop-off, remove a loop, add a proactive touch, shift traffic between states, set a
 * transition), evaluated exactly by {@link dev.cxkit.journey.whatif.WhatIf} into the new conversion
 * probability, expected steps and value at stake. {@link dev.cxkit.journey.whatif.JourneySimulator}
 * generates <em>synthetic</em> journeys from a journey map with planted pain points and moments of
 * truth, for tests and demos.
 */
@NullMarked
package dev.cxkit.journey.whatif;

import org.jspecify.annotations.NullMarked;
