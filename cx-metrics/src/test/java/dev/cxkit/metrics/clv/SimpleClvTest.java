package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.clv.SimpleClv.Timing;
import dev.cxkit.metrics.retention.KaplanMeier;
import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.retention.RetentionCurve;
import dev.cxkit.metrics.retention.SbgFit;
import dev.cxkit.metrics.retention.ShiftedBetaGeometric;
import org.junit.jupiter.api.Test;

class SimpleClvTest {

  @Test
  void guptaLehmannGoldenValues() {
    // Gupta & Lehmann (2003), golden-values.md: m = 100, r = 0.8, i = 0.1
    RetentionCurve r = RetentionCurve.constant(0.8);
    assertEquals(266.6667, SimpleClv.of(100, 0.1, Timing.PERIOD_END, r).infiniteHorizon(), 1e-4);
    assertEquals(366.6667, SimpleClv.of(100, 0.1, Timing.PERIOD_START, r).infiniteHorizon(), 1e-4);
    assertEquals(266.6667, SimpleClv.closedForm(100, 0.8, 0.1, Timing.PERIOD_END), 1e-4);
    assertEquals(366.6667, SimpleClv.closedForm(100, 0.8, 0.1, Timing.PERIOD_START), 1e-4);
  }

  @Test
  void finiteHorizonByHand() {
    // period end, two margins: 100 * 0.8 / 1.1 + 100 * 0.64 / 1.21
    SimpleClv end = SimpleClv.of(100, 0.1, Timing.PERIOD_END, RetentionCurve.constant(0.8));
    assertEquals(80 / 1.1 + 64 / 1.21, end.overPeriods(2), 1e-12);
    // period start, two margins: 100 + 100 * 0.8 / 1.1
    SimpleClv start = SimpleClv.of(100, 0.1, Timing.PERIOD_START, RetentionCurve.constant(0.8));
    assertEquals(100 + 80 / 1.1, start.overPeriods(2), 1e-12);
    assertEquals(0.0, start.overPeriods(0), 0);
  }

  @Test
  void kaplanMeierCurveInDaysWithMonthlyMargins() {
    // every customer churns at day 45: S = 1 before, 0 from day 45
    KaplanMeierCurve km =
        KaplanMeier.fit(LifetimeCounts.of(new double[] {45, 45}, new int[] {1, 1}));
    SimpleClv clv = SimpleClv.of(10, 0.01, Timing.PERIOD_START, km).withCurveTimePerPeriod(30);
    // margins at days 0 and 30 only
    assertEquals(10 + 10 / 1.01, clv.infiniteHorizon(), 1e-12);
    // without discounting the sum still terminates because S reaches 0
    assertEquals(
        20.0,
        SimpleClv.of(10, 0, Timing.PERIOD_START, km).withCurveTimePerPeriod(30).infiniteHorizon(),
        1e-12);
  }

  @Test
  void sbgCurveDrivesClvAndMatchesDerl() {
    SbgFit fit = ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326});
    double d = 0.1;
    // Fader & Hardie (2010): DERL for a new customer (0 renewals) counts the first renewal payment
    // undiscounted: sum_k S(1+k) (1+d)^-k, i.e. (1 + d) times the period-end CLV per unit margin.
    double periodEnd = SimpleClv.of(1, d, Timing.PERIOD_END, fit).infiniteHorizon();
    assertEquals(fit.discountedExpectedResidualLifetime(d, 0), (1 + d) * periodEnd, 1e-9);
    // heterogeneity: the sBG value exceeds the value under a constant first-year retention rate
    double naive = SimpleClv.closedForm(1, fit.retentionRate(1), d, Timing.PERIOD_END);
    assertTrue(periodEnd > naive);
  }

  @Test
  void rejectsBadInput() {
    RetentionCurve r = RetentionCurve.constant(0.8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SimpleClv.of(100, -1, Timing.PERIOD_END, r));
    assertTrue(e.getMessage().contains("discountRatePerPeriod"), e.getMessage());
    assertTrue(e.getMessage().contains("-1.0"), e.getMessage());
    assertTrue(e.getMessage().contains("1 + i"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> SimpleClv.of(Double.NaN, 0.1, Timing.PERIOD_END, r));
    IllegalArgumentException div =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SimpleClv.of(100, 0, Timing.PERIOD_END, RetentionCurve.constant(1))
                    .infiniteHorizon());
    assertTrue(div.getMessage().contains("diverges"), div.getMessage());
    KaplanMeierCurve neverZero =
        KaplanMeier.fit(LifetimeCounts.of(new double[] {1, 5}, new int[] {1, 0}));
    IllegalArgumentException nc =
        assertThrows(
            IllegalArgumentException.class,
            () -> SimpleClv.of(1, 0, Timing.PERIOD_END, neverZero).infiniteHorizon());
    assertTrue(nc.getMessage().contains("does not converge"), nc.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SimpleClv.of(100, 0.1, Timing.PERIOD_END, r).overPeriods(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> SimpleClv.of(100, 0.1, Timing.PERIOD_END, r).withCurveTimePerPeriod(0));
  }
}
