package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.metrics.clv.SimpleClv.Timing;
import dev.cxkit.metrics.retention.RetentionCurve;
import org.junit.jupiter.api.Test;

/** Issue 14: a horizon of Integer.MAX_VALUE periods is the infinite-horizon value, not 0. */
class SimpleClvOverflowTest {

  @Test
  void theLongestFiniteHorizonConvergesToTheClosedForm() {
    // Gupta & Lehmann (2003), golden-values.md: m = 100, r = 0.8, i = 0.1 -> 266.67 (period end)
    // and 366.67 (period start); first + periods used to wrap to a negative bound and give 0
    RetentionCurve r = RetentionCurve.constant(0.8);
    assertEquals(
        266.6667,
        SimpleClv.of(100, 0.1, Timing.PERIOD_END, r).overPeriods(Integer.MAX_VALUE),
        1e-4);
    assertEquals(
        366.6667,
        SimpleClv.of(100, 0.1, Timing.PERIOD_START, r).overPeriods(Integer.MAX_VALUE),
        1e-4);
  }

  @Test
  void aCurveThatReachesZeroStopsTheSum() {
    // S = 0.5 at t < 2, then 0: two (period start: t = 0, 1) discounted margins only
    RetentionCurve steps = t -> t < 2 ? 0.5 : 0.0;
    double expected = 100 * 0.5 + 100 * 0.5 / 1.1;
    assertEquals(
        expected, SimpleClv.of(100, 0.1, Timing.PERIOD_START, steps).overPeriods(1_000_000), 1e-9);
  }
}
