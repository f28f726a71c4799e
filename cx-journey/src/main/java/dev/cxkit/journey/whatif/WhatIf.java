package dev.cxkit.journey.whatif;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.markov.Absorption;
import dev.cxkit.journey.markov.MarkovChain;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Evaluates changes on a journey chain against its baseline, exactly: conversion probability and
 * expected steps from the start solve the absorbing chain ({@link MarkovChain#absorption()}). A
 * change of zero size returns the chain unchanged, so its result reproduces the baseline exactly.
 * Several changes are one scenario: each is taken against the baseline and their effects add up.
 *
 * <pre>{@code
 * WhatIf w = WhatIf.of(chain).journeys(50_000).valuePerConversion(80.0);
 * WhatIfResult r = w.evaluate(Change.reduceDropOff("billing", 0.2));
 * System.out.println(r);   // billing: drop-off -20.0 %: conversion 0.3120 -> 0.3384 ...
 * }</pre>
 */
public final class WhatIf {
  private final MarkovChain baseline;
  private final long journeys;
  private final double value;

  private WhatIf(MarkovChain baseline, long journeys, double value) {
    // conversions gained or lost never exceed the journeys, so a finite journeys x value keeps
    // every value gained finite (issue 14: 1e308 per conversion printed Infinity)
    if (!Double.isFinite(journeys * value)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "valuePerConversion x journeys must stay within the double range (about 1.8e308),"
                  + " was %s x %s",
              value,
              journeys));
    }
    this.baseline = baseline;
    this.journeys = journeys;
    this.value = value;
  }

  /** What-if on {@code chain}, for 1 journey at value 1 until set. */
  public static WhatIf of(MarkovChain chain) {
    return new WhatIf(requireNonNull(chain, "chain"), 1, 1);
  }

  /** This what-if with the number of journeys the value is computed for. */
  public WhatIf journeys(long journeys) {
    if (journeys < 0) {
      throw new IllegalArgumentException("journeys must be >= 0, was " + journeys);
    }
    return new WhatIf(baseline, journeys, value);
  }

  /** This what-if with the value of one conversion (order value, or CLV from cx-metrics). */
  public WhatIf valuePerConversion(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "valuePerConversion must be finite, was %s", value));
    }
    return new WhatIf(baseline, journeys, value);
  }

  /** The baseline chain. */
  public MarkovChain baseline() {
    return baseline;
  }

  /** The result of one change. */
  public WhatIfResult evaluate(Change change) {
    return evaluate(List.of(requireNonNull(change, "change")));
  }

  /**
   * The result of several changes as one scenario.
   *
   * @throws IllegalArgumentException when the changes together move more than all of a transition's
   *     probability, naming them
   */
  public WhatIfResult evaluate(List<Change> changes) {
    requireNonNull(changes, "changes");
    Scenario scenario = new Scenario(baseline);
    for (Change c : changes) {
      scenario.add(requireNonNull(c, "change"));
    }
    Absorption before = baseline.absorption();
    Absorption after = scenario.apply().absorption();
    return new WhatIfResult(
        changes.stream().map(Change::describe).collect(Collectors.joining("; ")),
        before.conversionProbability(),
        after.conversionProbability(),
        before.expectedSteps(),
        after.expectedSteps(),
        journeys,
        value);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "WhatIf{%s, journeys=%d, value=%.2f}", baseline, journeys, value);
  }
}
