package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.IntervalMethod;

/**
 * How to compute a score's interval: the method, the confidence level and, for resampling methods,
 * the number of replicates (bootstrap resamples or posterior draws) and the seed. The same seed
 * always gives the same interval.
 *
 * {@snippet class=dev.cxkit.metrics.survey.SnippetsTest region=intervalSpec}
 *
 * @param method the interval method
 * @param confidenceLevel nominal coverage in (0, 1)
 * @param replicates resamples or posterior draws (≥ 100) for resampling methods, 0 otherwise
 * @param seed the random seed of resampling methods (ignored otherwise)
 */
public record IntervalSpec(
    IntervalMethod method, double confidenceLevel, int replicates, long seed) {

  /** Fewest replicates accepted by resampling methods. */
  public static final int MIN_REPLICATES = 100;

  /** Validates the level and the replicate count against the method. */
  public IntervalSpec {
    checkNotNull(method, "method");
    Distributions.checkConfidence(confidenceLevel);
    if (isResampling(method)) {
      checkArgument(
          replicates >= MIN_REPLICATES,
          "replicates must be >= %s for %s, was %s",
          MIN_REPLICATES,
          method,
          replicates);
    } else {
      checkArgument(
          replicates == 0, "replicates must be 0 for analytic %s, was %s", method, replicates);
    }
  }

  /** An analytic method (no resampling). */
  public static IntervalSpec of(IntervalMethod method, double confidenceLevel) {
    return new IntervalSpec(method, confidenceLevel, 0, 0L);
  }

  /** Wald (plug-in normal approximation). */
  public static IntervalSpec wald(double confidenceLevel) {
    return of(IntervalMethod.WALD, confidenceLevel);
  }

  /** Adjusted-Wald (pseudo-counts; Rocks 2016 for net scores). */
  public static IntervalSpec adjustedWald(double confidenceLevel) {
    return of(IntervalMethod.ADJUSTED_WALD, confidenceLevel);
  }

  /** Wilson score interval (proportions). */
  public static IntervalSpec wilson(double confidenceLevel) {
    return of(IntervalMethod.WILSON, confidenceLevel);
  }

  /** Agresti–Coull interval (proportions). */
  public static IntervalSpec agrestiCoull(double confidenceLevel) {
    return of(IntervalMethod.AGRESTI_COULL, confidenceLevel);
  }

  /** Student t interval (means). */
  public static IntervalSpec t(double confidenceLevel) {
    return of(IntervalMethod.T, confidenceLevel);
  }

  /** Seeded bootstrap, percentile interval (net scores). */
  public static IntervalSpec bootstrapPercentile(
      double confidenceLevel, int replicates, long seed) {
    return new IntervalSpec(IntervalMethod.BOOTSTRAP_PERCENTILE, confidenceLevel, replicates, seed);
  }

  /** Seeded bootstrap, bias-corrected and accelerated interval (net scores). */
  public static IntervalSpec bootstrapBca(double confidenceLevel, int replicates, long seed) {
    return new IntervalSpec(IntervalMethod.BOOTSTRAP_BCA, confidenceLevel, replicates, seed);
  }

  /** Seeded Monte-Carlo equal-tailed credible interval under a Dirichlet posterior (net scores). */
  public static IntervalSpec bayesDirichlet(double confidenceLevel, int draws, long seed) {
    return new IntervalSpec(IntervalMethod.BAYES_DIRICHLET, confidenceLevel, draws, seed);
  }

  private static boolean isResampling(IntervalMethod method) {
    return method == IntervalMethod.BOOTSTRAP_PERCENTILE
        || method == IntervalMethod.BOOTSTRAP_BCA
        || method == IntervalMethod.BAYES_DIRICHLET;
  }
}
