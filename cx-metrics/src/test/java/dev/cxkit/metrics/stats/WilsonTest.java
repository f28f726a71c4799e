package dev.cxkit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WilsonTest {

  /**
   * Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
   * methods", Statistics in Medicine 17:857-872, Table I, method 3 (score interval without
   * continuity correction), 95 %.
   */
  @Test
  void newcombesExamples() {
    double[][] cases = {
      {81, 263, 0.2553, 0.3662},
      {15, 148, 0.0624, 0.1605},
      {0, 20, 0.0, 0.1611},
      {1, 29, 0.0061, 0.1718},
      {29, 29, 0.8830, 1.0}
    };
    for (double[] c : cases) {
      Interval i = Wilson.interval((long) c[0], (long) c[1], 0.95);
      assertEquals(c[2], i.lower(), 5e-5, c[0] + "/" + c[1]);
      assertEquals(c[3], i.upper(), 5e-5, c[0] + "/" + c[1]);
      assertEquals(IntervalMethod.WILSON, i.method());
    }
    assertEquals(0.0, Wilson.interval(0, 20, 0.95).lower(), 0.0); // pinned, not -1e-17
    assertEquals(1.0, Wilson.interval(29, 29, 0.95).upper(), 0.0);
    assertEquals(Interval.of(0, 1, 0.9, IntervalMethod.WILSON), Wilson.interval(0, 0, 0.9));
  }

  @Test
  void standardErrorIsTheHalfWidthPerUnitOfZAndTheBinomialOneAtZeroZ() {
    // 18 of 20 at 95 %: half width / z, and at z = 0 the binomial sqrt(p(1 - p)/n)
    double z = Distributions.zCritical(0.95);
    assertEquals(Wilson.halfWidth(0.9, 20, z) / z, Wilson.standardError(0.9, 20, z), 1e-15);
    assertEquals(Math.sqrt(0.9 * 0.1 / 20), Wilson.standardError(0.9, 20, 0.0), 1e-15);
    // a level so small that z rounds to 0 (was NaN = 0/0 in a proportion's standard error)
    assertEquals(0.0, Distributions.zCritical(1e-320), 1e-15);
    assertEquals(Math.sqrt(0.25 / 8), Wilson.standardError(0.5, 8, 0.0), 1e-15);
  }

  @Test
  void badArguments() {
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval(3, 2, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval(-1, 2, 0.95));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 2, 1.0));
    assertEquals("confidenceLevel must be in (0, 1), was 1.0", e.getMessage());
  }
}
