package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Sample quantiles (Hyndman &amp; Fan 1996 type 7, R's default) and percentile intervals of
 * bootstrap replicates.
 *
 * <pre>{@code
 * Quantiles.ofSorted(new double[] {1, 2, 3, 4}, 0.5);             // 2.5
 * Quantiles.percentileInterval(replicates, 0.9, IntervalMethod.BOOTSTRAP_PERCENTILE);
 * }</pre>
 */
public final class Quantiles {
  private Quantiles() {}

  /** The type-7 quantile of ascending {@code sorted} values at probability {@code q} in [0, 1]. */
  public static double ofSorted(double[] sorted, double q) {
    checkArgument(sorted.length > 0, "values must not be empty, was %s values", sorted.length);
    checkArgument(q >= 0.0 && q <= 1.0, "probability must be in [0, 1], was %s", q);
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** {@link #ofSorted(double[], double)} of ascending whole numbers (times, counts). */
  public static double ofSorted(long[] sorted, double q) {
    checkArgument(sorted.length > 0, "values must not be empty, was %s values", sorted.length);
    checkArgument(q >= 0.0 && q <= 1.0, "probability must be in [0, 1], was %s", q);
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (double) (sorted[hi] - sorted[lo]);
  }

  /** The median (type 7) of {@code values}, which are not modified. */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, 0.5);
  }

  /**
   * The equal-tailed percentile interval of {@code replicates} at {@code confidenceLevel}; {@code
   * replicates} is sorted in place.
   *
   * @throws IllegalArgumentException if a replicate is not finite
   */
  public static Interval percentileInterval(
      double[] replicates, double confidenceLevel, IntervalMethod method) {
    Distributions.checkConfidence(confidenceLevel);
    for (int i = 0; i < replicates.length; i++) {
      checkArgument(
          Double.isFinite(replicates[i]),
          "replicates[%s] must be finite, was %s",
          i,
          replicates[i]);
    }
    Arrays.sort(replicates);
    double alpha = (1.0 - confidenceLevel) / 2.0;
    return Interval.of(
        ofSorted(replicates, alpha), ofSorted(replicates, 1.0 - alpha), confidenceLevel, method);
  }
}
