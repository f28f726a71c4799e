/**
 * What-if analysis on the absorbing Markov model of journeys: {@link
 * dev.cxkit.journey.whatif.Change changes} to a {@link dev.cxkit.journey.markov.MarkovChain}
 * (estimated from journeys, built from a conformance report's aligned walks, or by hand): reduce a
 * step's drop-off, remove a loop, add a proactive touch, shift traffic between states, set a
 * transition, remove a step; evaluated exactly by {@link dev.cxkit.journey.whatif.WhatIf} into the
 * new conversion probability, expected steps and value at stake. One text form of a change serves
 * the API ({@link dev.cxkit.journey.whatif.Change#parse}) and {@code ./cx whatif}. {@link
 * dev.cxkit.journey.whatif.JourneySimulator} generates <em>synthetic</em> journeys from a journey
 * map with planted pain points and moments of truth, for tests and demos.
 */
@NullMarked
package dev.cxkit.journey.whatif;

import org.jspecify.annotations.NullMarked;
