package dev.cxkit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Boundaries and messages of Interval and Distributions (each rule checked on both sides). */
class IntervalAndDistributionEdgesTest {

  private static void refused(String message, Executable e) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
  }

  @Test
  void intervalRules() {
    Interval i = Interval.of(0.25, 0.75, 0.95, IntervalMethod.WILSON);
    assertEquals(0.5, i.width(), 0.0);
    assertEquals(0.25, i.halfWidth(), 0.0);
    assertTrue(i.contains(0.25) && i.contains(0.75) && i.contains(0.5));
    assertFalse(i.contains(0.2499) || i.contains(0.7501));
    assertEquals("[0.25000, 0.75000] (95% WILSON)", i.toString());
    assertEquals(0.0, Interval.of(3, 3, 0.5, IntervalMethod.T).width(), 0.0);
    refused(
        "interval lower must be finite, was NaN",
        () -> Interval.of(Double.NaN, 1, 0.95, IntervalMethod.T));
    refused(
        "interval upper must be finite, was Infinity",
        () -> Interval.of(0, Double.POSITIVE_INFINITY, 0.95, IntervalMethod.T));
    refused(
        "interval lower must not exceed upper, was 2.0 > 1.0",
        () -> Interval.of(2, 1, 0.95, IntervalMethod.T));
    refused(
        "confidenceLevel must be in (0, 1), was 0.0", () -> Interval.of(0, 1, 0, IntervalMethod.T));
    refused(
        "confidenceLevel must be in (0, 1), was 1.0", () -> Interval.of(0, 1, 1, IntervalMethod.T));
    assertThrows(NullPointerException.class, () -> Interval.of(0, 1, 0.9, null));
  }

  @Test
  void clamping() {
    Interval i = Interval.of(-0.2, 1.3, 0.9, IntervalMethod.WALD);
    Interval c = i.clampedTo(0, 1);
    assertEquals(0.0, c.lower(), 0.0);
    assertEquals(1.0, c.upper(), 0.0);
    assertEquals(0.9, c.confidenceLevel(), 0.0);
    assertEquals(IntervalMethod.WALD, c.method());
    Interval point = i.clampedTo(0.5, 0.5);
    assertEquals(0.5, point.lower(), 0.0);
    assertEquals(0.5, point.upper(), 0.0);
    refused("clamp min must not exceed max, was 1.0 > 0.0", () -> i.clampedTo(1, 0));
  }

  @Test
  void distributionArgumentRules() {
    assertEquals(0.5, Distributions.checkConfidence(0.5), 0.0);
    refused("confidenceLevel must be in (0, 1), was 0.0", () -> Distributions.checkConfidence(0));
    refused("confidenceLevel must be in (0, 1), was 1.0", () -> Distributions.checkConfidence(1));
    refused("probability must be in (0, 1), was 0.0", () -> Distributions.normalQuantile(0));
    refused("probability must be in (0, 1), was 1.0", () -> Distributions.normalQuantile(1));
    refused("z must be finite, was NaN", () -> Distributions.normalCdf(Double.NaN));
    refused("t must be finite, was Infinity", () -> Distributions.twoSidedTP(1.0 / 0.0, 3));
    refused(
        "degreesOfFreedom must be finite and > 0, was Infinity",
        () -> Distributions.twoSidedTP(1, Double.POSITIVE_INFINITY));
    refused(
        "degreesOfFreedom must be finite and > 0, was 0.0",
        () -> Distributions.chiSquareUpperTail(1, 0));
    refused("x must be finite and >= 0, was -1.0", () -> Distributions.chiSquareUpperTail(-1, 1));
    refused(
        "x must be finite and >= 0, was NaN",
        () -> Distributions.chiSquareUpperTail(Double.NaN, 1));
    assertEquals(1.0, Distributions.chiSquareUpperTail(0, 1), 0.0);
    // chi-square with 1 df: P(X >= 3.841459) = 0.05 (the square of z = 1.959964)
    assertEquals(0.05, Distributions.chiSquareUpperTail(3.841459, 1), 1e-7);
    // 2 df: P(X >= x) = exp(-x/2) exactly
    assertEquals(Math.exp(-2.5), Distributions.chiSquareUpperTail(5, 2), 1e-14);
    assertEquals(1.0, Distributions.twoSidedTP(0, 4), 1e-15);
    assertEquals(0.5, Distributions.normalCdf(0), 0.0);
    assertEquals(0.0, Distributions.normalQuantile(0.5), 1e-15);
  }
}
