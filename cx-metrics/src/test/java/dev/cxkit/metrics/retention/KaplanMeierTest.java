package dev.cxkit.metrics.retention;

import static dev.cxkit.metrics.retention.RetentionTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

  private final KaplanMeierCurve golden = KaplanMeier.fit(RetentionTesting.goldenKm());

  @Test
  void goldenSurvivalAndGreenwood() {
    // golden-values.md, "Kaplan–Meier with Greenwood": T=[10,20,20,30,40], E=[1,0,1,1,0]
    assertEquals(1.0, golden.survival(0), 0);
    assertEquals(1.0, golden.survival(9.99), 0);
    assertEquals(0.8, golden.survival(10), 1e-12);
    assertEquals(0.6, golden.survival(20), 1e-12);
    assertEquals(0.3, golden.survival(30), 1e-12);
    assertEquals(0.3, golden.survival(40), 1e-12);
    assertEquals(0.3, golden.survival(1000), 1e-12);
    assertEquals(0.17889, golden.standardError(10), 5e-6);
    assertEquals(0.21909, golden.standardError(20), 5e-6);
    assertEquals(0.23875, golden.standardError(30), 5e-6);
    assertArrayEquals(new long[] {5, 4, 2, 1}, golden.atRisk());
    assertArrayEquals(new long[] {1, 1, 1, 0}, golden.events());
    assertArrayEquals(new double[] {10, 20, 30, 40}, golden.times());
  }

  @Test
  void logLogIntervalMatchesKalbfleischPrenticeByHand() {
    // Independent hand computation at t = 10 (Kalbfleisch & Prentice 2002, §1.4; R survfit
    // conf.type="log-log"): S = 0.8, sigma^2 = 1/(5*4) = 0.05,
    // bounds exp(-exp(log(-log S) +/- z sigma / |log S|)).
    double z = 1.959963984540054;
    double logS = Math.log(0.8);
    double w = z * Math.sqrt(0.05) / -logS;
    double lower = Math.exp(-Math.exp(Math.log(-logS) + w));
    double upper = Math.exp(-Math.exp(Math.log(-logS) - w));
    Interval ci = golden.interval(10, 0.95);
    assertEquals(lower, ci.lower(), 1e-9);
    assertEquals(upper, ci.upper(), 1e-9);
    assertEquals(0.2038, ci.lower(), 1e-4);
    assertEquals(0.9692, ci.upper(), 1e-4);
    assertEquals(IntervalMethod.LOG_LOG, ci.method());
    // before the first event the curve is certain
    assertEquals(1.0, golden.interval(5, 0.95).lower(), 0);
    for (double t : new double[] {10, 20, 30, 40}) {
      Interval i = golden.interval(t, 0.9);
      assertTrue(i.lower() >= 0 && i.upper() <= 1 && i.contains(golden.survival(t)));
    }
  }

  @Test
  void medianIsFirstTimeAtOrBelowHalf() {
    MedianSurvival m = golden.median();
    assertEquals(30.0, m.estimate().orElseThrow(), 0);
    // with five customers the upper pointwise bound never reaches 0.5: no upper limit
    assertEquals(10.0, m.lower().orElseThrow(), 0);
    assertFalse(m.upper().isPresent());
    MedianSurvival none =
        KaplanMeier.fit(LifetimeCounts.of(new double[] {5, 6, 7, 8}, new int[] {0, 1, 0, 0}))
            .median();
    assertFalse(none.estimate().isPresent());
  }

  @Test
  void sixMpGroupMatchesKleinbaumAndKlein() {
    // Kleinbaum & Klein (2012), ch. 2, KM table of the 6-MP group: S(6)=0.857, S(7)=0.807,
    // S(10)=0.753, S(13)=0.690, S(16)=0.627, S(22)=0.538, S(23)=0.448; median 23 weeks.
    KaplanMeierCurve km = KaplanMeier.fit(RetentionTesting.sixMp());
    double[] t = {6, 7, 10, 13, 16, 22, 23};
    double[] s = {0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
    for (int i = 0; i < t.length; i++) {
      assertEquals(s[i], km.survival(t[i]), 5e-4, "S(" + t[i] + ")");
    }
    assertEquals(23.0, km.median().estimate().orElseThrow(), 0);
    // the placebo group: median 8 weeks (same source)
    assertEquals(
        8.0, KaplanMeier.fit(RetentionTesting.placebo()).median().estimate().orElseThrow(), 0);
  }

  @Test
  void medianIntervalFollowsBrookmeyerCrowleyOnPlacebo() {
    KaplanMeierCurve km = KaplanMeier.fit(RetentionTesting.placebo());
    MedianSurvival m = km.median(0.95);
    // lower limit: first time the lower pointwise bound is <= 0.5; upper: first upper bound <= 0.5
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (double t : km.times()) {
      Interval ci = km.interval(t, 0.95);
      if (Double.isNaN(lo) && ci.lower() <= 0.5) {
        lo = t;
      }
      if (Double.isNaN(hi) && ci.upper() <= 0.5) {
        hi = t;
      }
    }
    assertEquals(lo, m.lower().orElseThrow(), 0);
    assertEquals(hi, m.upper().orElseThrow(), 0);
    assertTrue(m.lower().orElseThrow() <= 8.0 && 8.0 <= m.upper().orElseThrow());
    // Hand computation: Greenwood sums 0.023810 at t=3..4 and 0.119048 at t=11 give log-log
    // lower(3) = 0.519 > 0.5, lower(4) = 0.425 <= 0.5 and upper(8) = 0.58 > 0.5,
    // upper(11) = 0.482 <= 0.5; so the 95% limits are 4 and 11 weeks. (With R's default "log"
    // transform the upper limit would be 12.)
    assertEquals(4.0, m.lower().orElseThrow(), 0);
    assertEquals(11.0, m.upper().orElseThrow(), 0);
  }

  @Test
  void restrictedMeanAndVarianceByHand() {
    // Independent hand calculation (Klein & Moeschberger 2003, §4.5): on [0, 40] the curve is
    // 1, 0.8, 0.6, 0.3 on segments of length 10 -> area 10 + 8 + 6 + 3 = 27.
    // A(10) = 17, A(20) = 9, A(30) = 3; var = 17^2/(5*4) + 9^2/(4*3) + 3^2/(2*1) = 25.7.
    RestrictedMeanSurvival r = golden.restrictedMean(40);
    assertEquals(27.0, r.estimate(), 1e-12);
    assertEquals(25.7, r.variance(), 1e-12);
    assertEquals(Math.sqrt(25.7), r.standardError(), 1e-12);
    // tau inside a segment: 10 + 8 + 6 + 0.3 * 5 = 25.5; A(10)=15.5, A(20)=7.5, A(30)=1.5
    RestrictedMeanSurvival r35 = golden.restrictedMean(35);
    assertEquals(25.5, r35.estimate(), 1e-12);
    assertEquals(15.5 * 15.5 / 20 + 7.5 * 7.5 / 12 + 1.5 * 1.5 / 2, r35.variance(), 1e-12);
    // before any event: tau itself with no variance
    assertEquals(5.0, golden.restrictedMean(5).estimate(), 0);
    assertEquals(0.0, golden.restrictedMean(5).variance(), 0);
    Interval ci = r.interval(0.95);
    assertTrue(ci.lower() >= 0 && ci.upper() <= 40);
  }

  @Test
  void restrictedMeanMayExtendBeyondLastTimeOnlyWhenCurveReachedZero() {
    assertRejected(() -> golden.restrictedMean(41), "tau", "40", "41");
    KaplanMeierCurve allChurn = KaplanMeier.fit(RetentionTesting.placebo());
    // everyone relapsed by 23: the mean is the ordinary mean of the times
    double mean = 0;
    for (double t :
        new double[] {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23}) {
      mean += t / 21;
    }
    assertEquals(mean, allChurn.restrictedMean(100).estimate(), 1e-12);
    assertEquals(0.0, allChurn.variance(30), 0);
  }

  @Test
  void rejectsBadInput() {
    assertRejected(
        () -> LifetimeCounts.of(new double[] {1, -2}, new int[] {1, 1}),
        "times[1]",
        "-2.0",
        ">= 0");
    assertRejected(
        () -> LifetimeCounts.of(new double[] {1, Double.NaN}, new int[] {1, 1}), "times[1]", "NaN");
    assertRejected(
        () -> LifetimeCounts.of(new double[] {1, 2}, new int[] {1, 2}), "events[1]", "0 or 1", "2");
    assertRejected(
        () -> LifetimeCounts.of(new double[] {1}, new int[] {1, 0}), "same length", "1", "2");
    assertRejected(() -> KaplanMeier.fit(LifetimeCounts.empty()), "at least one customer");
    assertRejected(() -> golden.survival(-1), "t", ">= 0", "-1.0");
    assertRejected(() -> golden.interval(10, 1.5), "confidenceLevel", "1.5");
    assertRejected(() -> golden.restrictedMean(0), "tau", "> 0");
    assertRejected(
        () -> new LifetimeCounts.Accumulator().add(Double.POSITIVE_INFINITY, true),
        "time",
        "Infinity");
    assertRejected(
        () -> LifetimeCounts.ofCounts(new double[] {2, 1}, new long[] {1, 1}, new long[] {0, 0}),
        "strictly increasing");
  }

  @Test
  void accumulatorAndMergeAgreeWithOneShotCounts() {
    LifetimeCounts a = LifetimeCounts.of(new double[] {10, 20}, new int[] {1, 0});
    LifetimeCounts b = LifetimeCounts.of(new double[] {20, 30, 40}, new int[] {1, 1, 0});
    assertEquals(RetentionTesting.goldenKm(), a.plus(b));
    assertEquals(RetentionTesting.goldenKm(), b.plus(a));
    assertEquals(a, a.plus(LifetimeCounts.empty()));
    assertEquals(5, a.plus(b).customers());
    assertEquals(3, a.plus(b).totalEvents());
    assertEquals(
        RetentionTesting.goldenKm(),
        LifetimeCounts.ofCounts(
            new double[] {10, 20, 30, 40}, new long[] {1, 1, 1, 0}, new long[] {0, 1, 0, 1}));
  }

  @Test
  void toStringUsesRootLocale() {
    assertTrue(golden.toString().contains("0.300000"), golden.toString());
    assertTrue(golden.restrictedMean(40).toString().contains("27"));
  }
}
