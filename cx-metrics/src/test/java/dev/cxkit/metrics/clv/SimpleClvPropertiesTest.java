package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.clv.SimpleClv.Timing;
import dev.cxkit.metrics.retention.RetentionCurve;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class SimpleClvPropertiesTest {

  /** r^t without the ConstantRetentionCurve type, so the general summation path is used. */
  private static RetentionCurve opaqueConstant(double r) {
    RetentionCurve c = RetentionCurve.constant(r);
    return c::survival;
  }

  @Property(tries = 200)
  void finiteHorizonGrowsToTheInfiniteValue(
      @ForAll @DoubleRange(min = 0.0, max = 0.98) double r,
      @ForAll @DoubleRange(min = 0.02, max = 0.5) double i,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double margin,
      @ForAll Timing timing) {
    SimpleClv clv = SimpleClv.of(margin, i, timing, opaqueConstant(r));
    double infinite = clv.infiniteHorizon();
    double prev = 0;
    for (int h = 0; h <= 200; h += 10) {
      double v = clv.overPeriods(h);
      assertTrue(v >= prev - 1e-9 * infinite && v <= infinite * (1 + 1e-12));
      prev = v;
    }
    assertEquals(infinite, clv.overPeriods(5000), 1e-9 * infinite);
  }

  @Property(tries = 200)
  void constantCurveEqualsClosedForm(
      @ForAll @DoubleRange(min = 0.0, max = 0.98) double r,
      @ForAll @DoubleRange(min = 0.01, max = 0.5) double i,
      @ForAll @DoubleRange(min = -500, max = 1000) double margin,
      @ForAll Timing timing) {
    double closed = SimpleClv.closedForm(margin, r, i, timing);
    double summed = SimpleClv.of(margin, i, timing, opaqueConstant(r)).infiniteHorizon();
    assertEquals(closed, summed, 1e-10 * Math.max(1, Math.abs(closed)));
    assertEquals(
        closed,
        SimpleClv.of(margin, i, timing, RetentionCurve.constant(r)).infiniteHorizon(),
        1e-12 * Math.max(1, Math.abs(closed)));
  }
}
