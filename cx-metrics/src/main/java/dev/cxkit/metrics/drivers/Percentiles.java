package dev.cxkit.metrics.drivers;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.Arrays;

/** Percentile bootstrap intervals (Hyndman–Fan type 7 quantiles, as R's default). */
final class Percentiles {

  private Percentiles() {}

  /** The type-7 quantile of {@code sorted} at probability {@code q}. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The percentile interval of the first {@code count} replicate values. */
  static Interval interval(double[] replicates, int count, double level) {
    double[] sorted = Arrays.copyOf(replicates, count);
    Arrays.sort(sorted);
    double alpha = (1.0 - level) / 2.0;
    return Interval.of(
        quantile(sorted, alpha),
        quantile(sorted, 1.0 - alpha),
        level,
        IntervalMethod.BOOTSTRAP_PERCENTILE);
  }

  /** The median of {@code values} (not modified). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return quantile(sorted, 0.5);
  }
}
