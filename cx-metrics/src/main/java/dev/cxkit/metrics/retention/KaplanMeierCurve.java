package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A fitted Kaplan–Meier survival curve: the step function S(t), Greenwood variance, log-log
 * confidence intervals, median survival and restricted mean survival time. Created by {@link
 * KaplanMeier#fit}.
 *
 * <p>S(t) is right-continuous and held at its last value after the largest observed time (the
 * estimator says nothing beyond it; {@link #lastTime()} tells where that is).
 *
 * <pre>{@code
 * KaplanMeierCurve km = KaplanMeier.fit(counts);
 * km.survival(20);                 // 0.6
 * km.interval(20, 0.95);           // log-log interval
 * km.median().estimate();          // OptionalDouble[30.0]
 * km.restrictedMean(40).estimate();// 27.0
 * }</pre>
 */
public final class KaplanMeierCurve implements RetentionCurve {

  private final double[] times;
  private final long[] atRisk;
  private final long[] events;
  private final double[] survival;
  private final double[] greenwoodSum;

  KaplanMeierCurve(
      double[] times, long[] atRisk, long[] events, double[] survival, double[] greenwoodSum) {
    this.times = times;
    this.atRisk = atRisk;
    this.events = events;
    this.survival = survival;
    this.greenwoodSum = greenwoodSum;
  }

  /** Index of the largest distinct time {@code <= t}, or -1. */
  private int indexAt(double t) {
    int i = Arrays.binarySearch(times, t);
    if (i >= 0) {
      return i;
    }
    return -i - 2;
  }

  @Override
  public double survival(double t) {
    Checks.checkTime("t", t);
    int i = indexAt(t);
    return i < 0 ? 1.0 : survival[i];
  }

  /**
   * Greenwood's variance of S(t): S(t)² Σ d<sub>j</sub>/(n<sub>j</sub>(n<sub>j</sub> −
   * d<sub>j</sub>)); 0 where S(t) is 0 or 1.
   */
  public double variance(double t) {
    Checks.checkTime("t", t);
    int i = indexAt(t);
    if (i < 0 || survival[i] == 0.0) {
      return 0.0;
    }
    return survival[i] * survival[i] * greenwoodSum[i];
  }

  /** The Greenwood standard error of S(t). */
  public double standardError(double t) {
    return Math.sqrt(variance(t));
  }

  /**
   * The log-log (Kalbfleisch–Prentice) confidence interval for S(t): {@code exp(-exp(log(-log S) ±
   * z σ / |log S|))} with σ² = Σ d/(n(n − d)), as R's {@code survfit(conf.type = "log-log")}. Its
   * bounds always lie in [0, 1]. Degenerate ([1, 1] or [0, 0]) where S(t) is 1 or 0.
   *
   * @param t time, finite and {@code >= 0}
   * @param confidenceLevel in (0, 1), for example 0.95
   */
  public Interval interval(double t, double confidenceLevel) {
    Checks.checkTime("t", t);
    double z = Checks.zFor(confidenceLevel);
    int i = indexAt(t);
    if (i < 0) {
      return Interval.of(1.0, 1.0, confidenceLevel, IntervalMethod.LOG_LOG);
    }
    return intervalAt(i, z, confidenceLevel);
  }

  private Interval intervalAt(int i, double z, double level) {
    double s = survival[i];
    if (s == 0.0 || s == 1.0) {
      return Interval.of(s, s, level, IntervalMethod.LOG_LOG);
    }
    double logS = Math.log(s);
    double centre = Math.log(-logS);
    double w = z * Math.sqrt(greenwoodSum[i]) / -logS;
    double lower = Math.exp(-Math.exp(centre + w));
    double upper = Math.exp(-Math.exp(centre - w));
    return Interval.of(lower, upper, level, IntervalMethod.LOG_LOG);
  }

  /** The median survival time with its 95% interval; see {@link #median(double)}. */
  public MedianSurvival median() {
    return median(0.95);
  }

  /**
   * The median survival time: the smallest observed time at which S(t) ≤ 0.5 (the lifelines
   * convention; R averages two times when S equals 0.5 exactly over an interval). Its interval
   * (Brookmeyer &amp; Crowley 1982, from the log-log pointwise intervals) runs from the first time
   * the lower bound is ≤ 0.5 to the first time the upper bound is ≤ 0.5; each part is empty when
   * the curve never gets that low.
   *
   * @param confidenceLevel in (0, 1)
   */
  public MedianSurvival median(double confidenceLevel) {
    double z = Checks.zFor(confidenceLevel);
    double est = Double.NaN;
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (int i = 0; i < times.length; i++) {
      Interval ci = intervalAt(i, z, confidenceLevel);
      if (Double.isNaN(est) && survival[i] <= 0.5) {
        est = times[i];
      }
      if (Double.isNaN(lo) && ci.lower() <= 0.5) {
        lo = times[i];
      }
      if (Double.isNaN(hi) && ci.upper() <= 0.5) {
        hi = times[i];
      }
    }
    return new MedianSurvival(opt(est), opt(lo), opt(hi), confidenceLevel);
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The restricted mean survival time up to {@code tau}, the area under S(t) on [0, tau], with its
   * variance Σ<sub>t_j ≤ tau</sub> A<sub>j</sub>² d<sub>j</sub>/(n<sub>j</sub>(n<sub>j</sub> −
   * d<sub>j</sub>)), A<sub>j</sub> = ∫<sub>t_j</sub><sup>tau</sup> S(u) du (Klein &amp;
   * Moeschberger 2003, §4.5; as R's survRM2).
   *
   * @param tau the horizon, {@code > 0} and not beyond {@link #lastTime()} unless the curve has
   *     reached 0
   */
  public RestrictedMeanSurvival restrictedMean(double tau) {
    checkArgument(Double.isFinite(tau) && tau > 0.0, "tau must be finite and > 0, was %s", tau);
    double last = lastTime();
    checkArgument(
        tau <= last || survival[survival.length - 1] == 0.0,
        "tau must not exceed the last observed time %s while S(%s) > 0, was %s",
        last,
        last,
        tau);
    // piecewise-constant area: segment k runs from times[k] (or 0) to the next time
    int m = times.length;
    double area = 0.0;
    double prevT = 0.0;
    double prevS = 1.0;
    for (int i = 0; i < m && times[i] <= tau; i++) {
      area += prevS * (times[i] - prevT);
      prevT = times[i];
      prevS = survival[i];
    }
    area += prevS * (tau - prevT);
    // variance: walk from the end, accumulating the area to the right of each event time
    double variance = 0.0;
    double tail = 0.0;
    double right = tau;
    for (int i = indexAt(tau); i >= 0; i--) {
      tail += survival[i] * (right - times[i]);
      right = times[i];
      long d = events[i];
      long n = atRisk[i];
      if (d > 0 && d < n) {
        variance += tail * tail * d / ((double) n * (n - d));
      }
    }
    return new RestrictedMeanSurvival(tau, area, variance);
  }

  /** The largest observed time (event or censoring). */
  public double lastTime() {
    return times[times.length - 1];
  }

  /** The distinct observed times, increasing (a copy). */
  public double[] times() {
    return times.clone();
  }

  /** Customers at risk just before each distinct time (a copy). */
  public long[] atRisk() {
    return atRisk.clone();
  }

  /** Churn events at each distinct time (a copy). */
  public long[] events() {
    return events.clone();
  }

  /** S at each distinct time (a copy). */
  public double[] survivalAtTimes() {
    return survival.clone();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "KaplanMeierCurve[customers=%d, distinctTimes=%d, S(last=%.6g)=%.6f]",
        atRisk[0],
        times.length,
        lastTime(),
        survival[survival.length - 1]);
  }
}
