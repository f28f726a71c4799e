package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/** Argument checks shared by the retention calculators. */
final class Checks {

  private Checks() {}

  static double checkTime(String field, double t) {
    checkArgument(Double.isFinite(t) && t >= 0.0, "%s must be finite and >= 0, was %s", field, t);
    return t;
  }

  /**
   * The largest lifetime: variances of restricted means square times, exposures add them up over up
   * to Long.MAX_VALUE customers; below 1e100 both stay finite.
   */
  static final double MAX_LIFETIME = 1e100;

  /** A lifetime: finite, {@code >= 0} and at most {@link #MAX_LIFETIME}. */
  static void checkLifetime(String field, double t) {
    checkArgument(Double.isFinite(t) && t >= 0.0, "%s must be finite and >= 0, was %s", field, t);
    checkArgument(
        t <= MAX_LIFETIME,
        "%s must be at most 1e100 (squares and sums of lifetimes must stay finite), was %s",
        field,
        t);
  }

  static long checkCount(String field, long n) {
    checkArgument(n >= 0, "%s must be >= 0, was %s", field, n);
    return n;
  }

  static double checkConfidence(double level) {
    checkArgument(level > 0.0 && level < 1.0, "confidenceLevel must be in (0, 1), was %s", level);
    return level;
  }

  /** The two-sided standard-normal quantile for {@code level}. */
  static double zFor(double level) {
    checkConfidence(level);
    return dev.cxkit.metrics.stats.Distributions.zCritical(level);
  }
}
