package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.survey.Scale;
import java.util.EnumSet;
import java.util.OptionalDouble;

/**
 * Mean answers on a typed scale (mean CSAT, mean CES) with a Student t interval (default) or a Wald
 * (normal) interval, clamped to the scale's range.
 *
 * <p>The standard error is s/√n with the n − 1 sample variance; with survey weights it is the
 * linearised (Taylor) variance of the weighted mean, n/(n − 1)·Σ w²(x − x̄)²/(Σw)², which reduces
 * to s²/n for unit weights. The t interval uses n − 1 degrees of freedom. One respondent gives an
 * estimate but no interval.
 *
 * {@snippet class=dev.cxkit.metrics.survey.SnippetsTest region=means}
 */
public final class Means {

  private Means() {}

  /** The mean answer with a 95% t interval. */
  public static Score of(ScoreDistribution distribution) {
    return of(distribution, IntervalSpec.t(0.95));
  }

  /**
   * The mean answer with the requested interval ({@code T} or {@code WALD}).
   *
   * @throws IllegalArgumentException for any other interval method
   */
  public static Score of(ScoreDistribution distribution, IntervalSpec spec) {
    checkNotNull(distribution, "distribution");
    checkNotNull(spec, "spec");
    Scores.checkMethod(spec, "a mean", IntervalMethod.T, IntervalMethod.WALD);
    Scale scale = distribution.scale();
    long n = distribution.n();
    double effectiveN = distribution.effectiveN();
    EnumSet<ScoreFlag> flags = Scores.baseFlags(n, effectiveN, distribution.isWeighted());
    String label = scale.name() + " mean";
    if (n == 0) {
      return Scores.withoutInterval(
          ScoreKind.MEAN, label, scale, 0, 0.0, OptionalDouble.empty(), spec, flags);
    }
    double[] meanAndVariance = meanAndVarianceOfMean(distribution);
    double mean = meanAndVariance[0];
    if (n < 2) {
      return Scores.withoutInterval(
          ScoreKind.MEAN, label, scale, n, effectiveN, OptionalDouble.of(mean), spec, flags);
    }
    double standardError = Math.sqrt(meanAndVariance[1]);
    double critical =
        spec.method() == IntervalMethod.T
            ? Distributions.tCritical(spec.confidenceLevel(), n - 1.0)
            : Distributions.zCritical(spec.confidenceLevel());
    return Scores.withInterval(
        ScoreKind.MEAN,
        label,
        scale,
        n,
        effectiveN,
        mean,
        standardError,
        mean,
        mean - critical * standardError,
        mean + critical * standardError,
        spec,
        flags,
        scale.min(),
        scale.max());
  }

  /**
   * {mean, variance of the mean} of a non-empty distribution (linearised when weighted; 0 variance
   * for one respondent).
   */
  static double[] meanAndVarianceOfMean(ScoreDistribution distribution) {
    Scale scale = distribution.scale();
    double[] weights = distribution.weightsArray();
    double[] squaredWeights = distribution.squaredWeightsArray();
    double total = distribution.totalWeight();
    double sum = 0.0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (scale.min() + i);
    }
    double mean = sum / total;
    long n = distribution.n();
    if (n < 2) {
      return new double[] {mean, 0.0};
    }
    double squares = 0.0;
    for (int i = 0; i < weights.length; i++) {
      double deviation = scale.min() + i - mean;
      squares += squaredWeights[i] * deviation * deviation;
    }
    return new double[] {mean, (double) n / (n - 1) * squares / (total * total)};
  }
}
