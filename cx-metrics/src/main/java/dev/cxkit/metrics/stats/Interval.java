package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A two-sided interval estimate: bounds, confidence level and the method that produced it.
 *
 * {@snippet class=dev.cxkit.metrics.stats.SnippetsTest region=interval}
 *
 * @param lower the lower bound, finite and not above {@code upper}
 * @param upper the upper bound, finite
 * @param confidenceLevel the nominal coverage, in (0, 1)
 * @param method how the interval was computed
 */
public record Interval(double lower, double upper, double confidenceLevel, IntervalMethod method) {

  /** Validates the bounds, the level and the method. */
  public Interval {
    checkArgument(Double.isFinite(lower), "interval lower must be finite, was %s", lower);
    checkArgument(Double.isFinite(upper), "interval upper must be finite, was %s", upper);
    checkArgument(
        lower <= upper, "interval lower must not exceed upper, was %s > %s", lower, upper);
    checkArgument(
        confidenceLevel > 0.0 && confidenceLevel < 1.0,
        "confidenceLevel must be in (0, 1), was %s",
        confidenceLevel);
    checkNotNull(method, "method");
  }

  /** An interval; see the record components for the rules. */
  public static Interval of(
      double lower, double upper, double confidenceLevel, IntervalMethod method) {
    return new Interval(lower, upper, confidenceLevel, method);
  }

  /** This interval with both bounds clamped to [{@code min}, {@code max}]. */
  public Interval clampedTo(double min, double max) {
    checkArgument(min <= max, "clamp min must not exceed max, was %s > %s", min, max);
    return new Interval(
        Math.min(Math.max(lower, min), max),
        Math.min(Math.max(upper, min), max),
        confidenceLevel,
        method);
  }

  /** Upper minus lower. */
  public double width() {
    return upper - lower;
  }

  /** Half the width: the margin of error of a symmetric interval. */
  public double halfWidth() {
    return width() / 2.0;
  }

  /** Whether {@code value} lies within the closed interval. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "[%.5f, %.5f] (%.0f%% %s)", lower, upper, confidenceLevel * 100, method);
  }
}
