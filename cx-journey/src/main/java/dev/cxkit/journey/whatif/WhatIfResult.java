package dev.cxkit.journey.whatif;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Baseline against changed journey chain: conversion probability from the start, expected steps
 * until the journey ends, and the value at stake ({@code (after - before) * journeys * value per
 * conversion}).
 *
 * <pre>{@code
 * WhatIfResult r = WhatIf.of(chain).journeys(10_000).valuePerConversion(120).evaluate(change);
 * r.conversionChange();   // +0.021
 * r.valueAtStake();       // 25200.0
 * }</pre>
 *
 * @param change the change's description
 * @param conversionBefore baseline conversion probability
 * @param conversionAfter changed conversion probability
 * @param stepsBefore baseline expected steps
 * @param stepsAfter changed expected steps
 * @param journeys journeys the value is computed for
 * @param valuePerConversion value of one conversion (for example average order value or CLV)
 */
public record WhatIfResult(
    String change,
    double conversionBefore,
    double conversionAfter,
    double stepsBefore,
    double stepsAfter,
    long journeys,
    double valuePerConversion) {

  /** Checks the fields. */
  public WhatIfResult {
    requireNonNull(change, "change");
    for (double v :
        new double[] {
          conversionBefore, conversionAfter, stepsBefore, stepsAfter, valuePerConversion
        }) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("what-if figures must be finite, was " + v);
      }
    }
  }

  /** {@code conversionAfter - conversionBefore}. */
  public double conversionChange() {
    return conversionAfter - conversionBefore;
  }

  /** {@code stepsAfter - stepsBefore}. */
  public double stepsChange() {
    return stepsAfter - stepsBefore;
  }

  /** Additional conversions over {@link #journeys()}. */
  public double conversionsGained() {
    return conversionChange() * journeys;
  }

  /** {@link #conversionsGained()} times the value per conversion. */
  public double valueAtStake() {
    return conversionsGained() * valuePerConversion;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: conversion %.4f -> %.4f (%+.4f), expected steps %.3f -> %.3f,"
            + " value at stake %.2f over %d journeys",
        change,
        conversionBefore,
        conversionAfter,
        conversionChange(),
        stepsBefore,
        stepsAfter,
        valueAtStake(),
        journeys);
  }
}
