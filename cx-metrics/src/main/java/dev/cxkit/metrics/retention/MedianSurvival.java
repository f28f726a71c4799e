package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * A median survival time with its confidence limits; each is empty when the survival curve never
 * falls far enough to define it (common with heavy censoring).
 *
 * <pre>{@code
 * MedianSurvival m = km.median(0.95);
 * m.estimate();   // OptionalDouble[30.0]
 * m.upper();      // OptionalDouble.empty: the lower curve never reaches 0.5
 * }</pre>
 *
 * @param estimate the smallest time with S(t) ≤ 0.5
 * @param lower the lower confidence limit
 * @param upper the upper confidence limit
 * @param confidenceLevel the nominal coverage of the limits
 */
public record MedianSurvival(
    OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper, double confidenceLevel) {

  /** Validates the components. */
  public MedianSurvival {
    checkNotNull(estimate, "estimate");
    checkNotNull(lower, "lower");
    checkNotNull(upper, "upper");
    Checks.checkConfidence(confidenceLevel);
  }
}
