package dev.cxkit.metrics.retention;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.Arrays;
import java.util.Locale;

/**
 * A Nelson–Aalen cumulative hazard {@code H(t)}, a right-continuous step function held at its last
 * value after the largest observed time; its survival is {@code exp(−H(t))}. Created by {@link
 * NelsonAalen#fit}.
 *
 * <pre>{@code
 * CumulativeHazardCurve h = NelsonAalen.fit(counts);
 * h.interval(365, 0.95);   // exp(log H ± z se/H): log-transformed, as R's conf.type = "log"
 * }</pre>
 */
public final class CumulativeHazardCurve implements RetentionCurve {
  private final double[] times;
  private final long[] atRisk;
  private final double[] hazard;
  private final double[] variance;

  CumulativeHazardCurve(double[] times, long[] atRisk, double[] hazard, double[] variance) {
    this.times = times;
    this.atRisk = atRisk;
    this.hazard = hazard;
    this.variance = variance;
  }

  private int indexAt(double t) {
    Checks.checkTime("t", t);
    int i = Arrays.binarySearch(times, t);
    return i >= 0 ? i : -i - 2;
  }

  /** The cumulative hazard {@code H(t)}. */
  public double cumulativeHazard(double t) {
    int i = indexAt(t);
    return i < 0 ? 0.0 : hazard[i];
  }

  /** The standard error {@code sqrt(Σ d/n²)} of {@code H(t)}. */
  public double standardError(double t) {
    int i = indexAt(t);
    return i < 0 ? 0.0 : Math.sqrt(variance[i]);
  }

  /**
   * The log-transformed interval {@code H exp(± z se / H)}; a degenerate interval [0, 0] before the
   * first event.
   */
  public Interval interval(double t, double confidenceLevel) {
    double h = cumulativeHazard(t);
    if (h == 0.0) {
      return Interval.of(0.0, 0.0, confidenceLevel, IntervalMethod.WALD);
    }
    double f = Math.exp(Distributions.zCritical(confidenceLevel) * standardError(t) / h);
    return Interval.of(h / f, h * f, confidenceLevel, IntervalMethod.WALD);
  }

  @Override
  public double survival(double t) {
    return Math.exp(-cumulativeHazard(t));
  }

  /** Customers at risk just before {@code t} (at the largest distinct time {@code <= t}). */
  public long atRisk(double t) {
    int i = indexAt(t);
    return i < 0 ? (atRisk.length == 0 ? 0 : atRisk[0]) : atRisk[i];
  }

  /** The distinct observed times (a fresh copy). */
  public double[] times() {
    return times.clone();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CumulativeHazardCurve{times=%d, H(last)=%.4f}",
        times.length,
        hazard.length == 0 ? 0.0 : hazard[hazard.length - 1]);
  }
}
