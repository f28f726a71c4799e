package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22): centre {@code (p + z²/2n) / (1 + z²/n)}, half
 * width {@code z / (1 + z²/n) · sqrt(p(1 - p)/n + z²/4n²)}, z from {@link Distributions#zCritical}.
 * The one implementation in cxkit; n may be fractional (Kish's effective n of weighted data).
 *
 * <pre>{@code
 * Wilson.interval(18, 20, 0.95);   // [0.69897, 0.97213]
 * }</pre>
 */
public final class Wilson {
  private Wilson() {}

  /**
   * The interval for {@code successes} of {@code trials} at {@code confidenceLevel}: exactly 0 at 0
   * successes and exactly 1 at {@code trials} successes; for zero trials the uninformative [0, 1].
   *
   * @throws IllegalArgumentException unless 0 ≤ successes ≤ trials and the level is in (0, 1)
   */
  public static Interval interval(long successes, long trials, double confidenceLevel) {
    checkArgument(
        trials >= 0 && successes >= 0 && successes <= trials,
        "successes must be in 0..trials, was %s of %s",
        successes,
        trials);
    double z = Distributions.zCritical(confidenceLevel);
    if (trials == 0) {
      return Interval.of(0.0, 1.0, confidenceLevel, IntervalMethod.WILSON);
    }
    double p = (double) successes / trials;
    double centre = centre(p, trials, z);
    double half = halfWidth(p, trials, z);
    // the bounds are exactly 0 at k = 0 and exactly 1 at k = n; pin them against rounding
    double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
    double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
    return Interval.of(lower, upper, confidenceLevel, IntervalMethod.WILSON);
  }

  /** The centre of the interval for proportion {@code p} of {@code n} (n > 0) at critical z. */
  public static double centre(double p, double n, double z) {
    double z2 = z * z;
    return (p + z2 / (2 * n)) / (1 + z2 / n);
  }

  /**
   * The standard error the interval implies, its half width per unit of z: {@code sqrt(p(1 - p)/n +
   * z²/4n²) / (1 + z²/n)}. Defined at z = 0 as well (a confidence level so small that z rounds to
   * 0), where it is the binomial {@code sqrt(p(1 - p)/n)}; dividing the half width by z would give
   * 0/0 there.
   */
  public static double standardError(double p, double n, double z) {
    double z2 = z * z;
    return Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
  }

  /** The half width of the interval for proportion {@code p} of {@code n} (n > 0) at critical z. */
  public static double halfWidth(double p, double n, double z) {
    double z2 = z * z;
    return z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  }
}
