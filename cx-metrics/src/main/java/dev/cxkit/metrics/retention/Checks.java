package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/** Argument checks shared by the retention calculators. */
final class Checks {

  private Checks() {}

  static double checkTime(String field, double t) {
    checkArgument(Double.isFinite(t) && t >= 0.0, "%s must be finite and >= 0, was %s", field, t);
    return t;
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
