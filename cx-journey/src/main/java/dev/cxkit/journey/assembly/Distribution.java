package dev.cxkit.journey.assembly;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Quantiles;
import java.util.Arrays;
import java.util.Locale;

/**
 * Order statistics of a sample of non-negative integers (durations in milliseconds, counts).
 * Quantiles use linear interpolation between closest ranks (Hyndman &amp; Fan 1996, type 7, the
 * default of R and NumPy).
 *
 * <pre>{@code
 * Distribution d = Distribution.of(new long[] {1, 2, 3, 4});
 * d.median();          // 2.5
 * d.p90();            // 3.7
 * }</pre>
 *
 * @param n sample size
 * @param min smallest value (0 when empty)
 * @param p25 first quartile
 * @param median median
 * @param p75 third quartile
 * @param p90 90th percentile
 * @param p95 95th percentile
 * @param max largest value
 * @param mean arithmetic mean (0 when empty)
 */
public record Distribution(
    long n,
    double min,
    double p25,
    double median,
    double p75,
    double p90,
    double p95,
    double max,
    double mean) {

  /** Validates the summary. */
  public Distribution {
    checkArgument(n >= 0, "n must be >= 0, was %s", n);
    checkArgument(
        min <= median && median <= max,
        "min <= median <= max must hold, was %s, %s, %s",
        min,
        median,
        max);
  }

  /** The summary of {@code values} (not modified). */
  public static Distribution of(long[] values) {
    return of(values, values.length);
  }

  /** The summary of the first {@code count} values of {@code values} (not modified). */
  public static Distribution of(long[] values, int count) {
    checkArgument(
        count >= 0 && count <= values.length,
        "count must be in 0..%s, was %s",
        values.length,
        count);
    if (count == 0) {
      return new Distribution(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    long[] s = Arrays.copyOf(values, count);
    Arrays.sort(s);
    double sum = 0;
    for (long v : s) {
      sum += v;
    }
    return new Distribution(
        count,
        s[0],
        q(s, 0.25),
        q(s, 0.5),
        q(s, 0.75),
        q(s, 0.9),
        q(s, 0.95),
        s[count - 1],
        sum / count);
  }

  /** The {@code p}-quantile of a sorted sample (type 7). */
  static double q(long[] sorted, double p) {
    return Quantiles.ofSorted(sorted, p);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Distribution[n=%d, min=%.1f, p25=%.1f, median=%.1f, p75=%.1f, p90=%.1f, p95=%.1f, max=%.1f, mean=%.2f]",
        n,
        min,
        p25,
        median,
        p75,
        p90,
        p95,
        max,
        mean);
  }
}
