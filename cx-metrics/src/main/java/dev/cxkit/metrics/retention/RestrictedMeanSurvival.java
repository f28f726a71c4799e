package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.Locale;

/**
 * Restricted mean survival time: the expected customer lifetime capped at a horizon {@code tau},
 * the area under the survival curve on [0, tau]. Unlike the mean it is always estimable under
 * censoring.
 *
 * <pre>{@code
 * RestrictedMeanSurvival rmst = km.restrictedMean(40);
 * rmst.estimate();           // 27.0 days of the first 40
 * rmst.interval(0.95);       // Wald interval, clamped to [0, tau]
 * }</pre>
 *
 * @param tau the horizon
 * @param estimate the area under S(t) on [0, tau]
 * @param variance the estimate's variance
 */
public record RestrictedMeanSurvival(double tau, double estimate, double variance) {

  /** Validates the components. */
  public RestrictedMeanSurvival {
    checkArgument(Double.isFinite(tau) && tau > 0, "tau must be finite and > 0, was %s", tau);
    checkArgument(
        estimate >= 0 && estimate <= tau * (1 + 1e-12),
        "estimate must be in [0, tau=%s], was %s",
        tau,
        estimate);
    checkArgument(
        Double.isFinite(variance) && variance >= 0,
        "variance must be finite and >= 0, was %s",
        variance);
  }

  /** The standard error. */
  public double standardError() {
    return Math.sqrt(variance);
  }

  /** The normal-approximation interval, clamped to [0, tau]. */
  public Interval interval(double confidenceLevel) {
    double z = Checks.zFor(confidenceLevel);
    double h = z * standardError();
    return Interval.of(estimate - h, estimate + h, confidenceLevel, IntervalMethod.WALD)
        .clampedTo(0.0, tau);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "RMST(tau=%.6g) = %.6g (SE %.6g)", tau, estimate, standardError());
  }
}
