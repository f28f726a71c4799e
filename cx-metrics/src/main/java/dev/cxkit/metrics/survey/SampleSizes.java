package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Distributions;

/**
 * Sample-size planning for a target margin of error (half-width of a normal-approximation
 * interval), n = ⌈z²·V / E²⌉ with V the per-respondent variance of the measure.
 *
 * {@snippet class=dev.cxkit.metrics.survey.SnippetsTest region=sampleSizes}
 */
public final class SampleSizes {

  private SampleSizes() {}

  /** Respondents for a net score within ±{@code marginOfError} in the worst case V = 1. */
  public static long netScore(double marginOfError, double confidenceLevel) {
    return netScore(marginOfError, confidenceLevel, 1.0);
  }

  /**
   * Respondents for a net score within ±{@code marginOfError} (on the −1..1 scale) when the
   * per-respondent variance p + d − (p − d)² is expected to be {@code variance} (at most 1).
   */
  public static long netScore(double marginOfError, double confidenceLevel, double variance) {
    checkArgument(
        marginOfError > 0 && marginOfError <= 2,
        "marginOfError must be in (0, 2], was %s",
        marginOfError);
    checkArgument(variance > 0 && variance <= 1, "variance must be in (0, 1], was %s", variance);
    return size(marginOfError, confidenceLevel, variance);
  }

  /** Respondents for a proportion within ±{@code marginOfError} when it is near {@code p}. */
  public static long proportion(double marginOfError, double confidenceLevel, double p) {
    checkArgument(
        marginOfError > 0 && marginOfError <= 1,
        "marginOfError must be in (0, 1], was %s",
        marginOfError);
    checkArgument(p > 0 && p < 1, "p must be in (0, 1), was %s", p);
    return size(marginOfError, confidenceLevel, p * (1 - p));
  }

  /** Respondents for a mean within ±{@code marginOfError} given the answers' standard deviation. */
  public static long mean(double marginOfError, double confidenceLevel, double standardDeviation) {
    checkArgument(
        marginOfError > 0 && Double.isFinite(marginOfError),
        "marginOfError must be finite and > 0, was %s",
        marginOfError);
    checkArgument(
        standardDeviation > 0 && Double.isFinite(standardDeviation),
        "standardDeviation must be finite and > 0, was %s",
        standardDeviation);
    return size(marginOfError, confidenceLevel, standardDeviation * standardDeviation);
  }

  private static long size(double marginOfError, double confidenceLevel, double variance) {
    double z = Distributions.zCritical(confidenceLevel);
    double n = z * z * variance / (marginOfError * marginOfError);
    checkArgument(n < 1e15, "required sample size must be < 1e15, was %s", n);
    return Math.max(1L, (long) Math.ceil(n - 1e-9));
  }
}
