package dev.cxkit.journey.internal;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import org.hipparchus.special.Erf;

/** Wilson score interval for a binomial proportion (Wilson 1927). */
public final class Wilson {
  private Wilson() {}

  /**
   * The Wilson interval for {@code successes} of {@code trials} at {@code level}; for zero trials
   * the uninformative interval [0, 1].
   */
  public static Interval interval(long successes, long trials, double level) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "successes must be in 0..trials, was " + successes + " of " + trials);
    }
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
    }
    if (trials == 0) {
      return Interval.of(0.0, 1.0, level, IntervalMethod.WILSON);
    }
    double z = Math.sqrt(2.0) * Erf.erfInv(level);
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // the bounds are exactly 0 at k = 0 and exactly 1 at k = n; pin them against rounding
    double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
    double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
    return Interval.of(lower, upper, level, IntervalMethod.WILSON);
  }
}
