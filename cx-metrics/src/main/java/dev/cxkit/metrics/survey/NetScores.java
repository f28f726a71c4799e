package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.EnumSet;
import java.util.OptionalDouble;

/**
 * Net scores (NPS, Temkin, net easy, custom breaks) with honest intervals.
 *
 * <p>Methods, all clamped to [−1, 1]:
 *
 * <ul>
 *   <li>{@code ADJUSTED_WALD} (default; Rocks 2016): add 3/4 positive, 3/2 passive and 3/4 negative
 *       pseudo-respondents, n' = n + 3, then Wald on the adjusted shares with per-respondent
 *       variance p' + d' − (p' − d')². Weighted counts use Kish's effective n in place of n.
 *   <li>{@code WALD}: θ ± z·SE with the linearised (Taylor) variance Σ w²(y − θ)² / (Σw)² of the
 *       ratio estimator, y ∈ {+1, 0, −1}; unweighted this is exactly (p + d − (p − d)²)/n.
 *   <li>{@code BOOTSTRAP_PERCENTILE}, {@code BOOTSTRAP_BCA} (Efron 1987): seeded resampling of the
 *       category counts by multinomial draws (exact binomial inversion on {@link
 *       java.util.SplittableRandom}), the acceleration from the exact jackknife of the three
 *       categories; quantiles by linear interpolation (R type 7). Unweighted counts only.
 *   <li>{@code BAYES_DIRICHLET}: uniform Dirichlet(1, 1, 1) prior, posterior Dirichlet(P + 1, M +
 *       1, D + 1); the centre (posterior mean) and standard error (posterior standard deviation)
 *       are exact moments, the equal-tailed credible bounds come from seeded Monte-Carlo draws
 *       (gamma variates from Hipparchus on a Well19937c generator). Unweighted counts only.
 * </ul>
 *
 * <pre>{@code
 * Score nps = NetScores.of(NetScoreCounts.nps(250, 675, 75));
 * // NPS = 0.1750, n=1000, [0.14086, 0.20809] (95% ADJUSTED_WALD)
 * Score boot = NetScores.of(counts, IntervalSpec.bootstrapBca(0.95, 1_000, 7L));
 * }</pre>
 */
public final class NetScores {

  private NetScores() {}

  /** The net score with a 95% adjusted-Wald interval. */
  public static Score of(NetScoreCounts counts) {
    return of(counts, IntervalSpec.adjustedWald(0.95));
  }

  /**
   * The net score with the requested interval.
   *
   * @throws IllegalArgumentException if the method does not apply to net scores, or a resampling
   *     method is asked of weighted counts
   */
  public static Score of(NetScoreCounts counts, IntervalSpec spec) {
    checkNotNull(counts, "counts");
    checkNotNull(spec, "spec");
    Scores.checkMethod(
        spec,
        "a net score",
        IntervalMethod.ADJUSTED_WALD,
        IntervalMethod.WALD,
        IntervalMethod.BOOTSTRAP_PERCENTILE,
        IntervalMethod.BOOTSTRAP_BCA,
        IntervalMethod.BAYES_DIRICHLET);
    NetScoreDefinition definition = counts.definition();
    long n = counts.n();
    double effectiveN = counts.effectiveN();
    EnumSet<ScoreFlag> flags = Scores.baseFlags(n, effectiveN, counts.isWeighted());
    if (!definition.isStandard()) {
      flags.add(ScoreFlag.NON_STANDARD_BREAKS);
    }
    if (n == 0) {
      return Scores.withoutInterval(
          ScoreKind.NET_SCORE,
          definition.name(),
          definition.scale(),
          0,
          0.0,
          OptionalDouble.empty(),
          spec,
          flags);
    }
    double estimate = estimate(counts);
    double[] centreAndSe;
    double lower;
    double upper;
    switch (spec.method()) {
      case WALD, ADJUSTED_WALD -> {
        centreAndSe = centreAndStandardError(counts, spec.method());
        double z = Distributions.zCritical(spec.confidenceLevel());
        lower = centreAndSe[0] - z * centreAndSe[1];
        upper = centreAndSe[0] + z * centreAndSe[1];
      }
      case BOOTSTRAP_PERCENTILE, BOOTSTRAP_BCA -> {
        checkUnweighted(counts, spec);
        double[] result = NetScoreBootstrap.interval(counts, spec);
        centreAndSe = new double[] {estimate, result[2]};
        lower = result[0];
        upper = result[1];
      }
      case BAYES_DIRICHLET -> {
        checkUnweighted(counts, spec);
        double[] result = DirichletPosterior.interval(counts, spec);
        centreAndSe = new double[] {result[2], result[3]};
        lower = result[0];
        upper = result[1];
      }
      default -> throw new AssertionError(spec.method());
    }
    return Scores.withInterval(
        ScoreKind.NET_SCORE,
        definition.name(),
        definition.scale(),
        n,
        effectiveN,
        estimate,
        centreAndSe[1],
        centreAndSe[0],
        lower,
        upper,
        spec,
        flags,
        -1.0,
        1.0);
  }

  /** The sample net score (weighted shares when weighted); counts must not be empty. */
  static double estimate(NetScoreCounts counts) {
    double total = counts.totalWeight();
    return (counts.weight(NetScoreCounts.POSITIVE) - counts.weight(NetScoreCounts.NEGATIVE))
        / total;
  }

  /**
   * Centre and standard error of the net score under WALD (linearised) or ADJUSTED_WALD (Rocks
   * 2016, Kish effective n when weighted); counts must not be empty.
   */
  static double[] centreAndStandardError(NetScoreCounts counts, IntervalMethod method) {
    double total = counts.totalWeight();
    double p = counts.weight(NetScoreCounts.POSITIVE) / total;
    double d = counts.weight(NetScoreCounts.NEGATIVE) / total;
    if (method == IntervalMethod.WALD) {
      double theta = p - d;
      double sum = 0.0;
      for (int slot = 0; slot < 3; slot++) {
        double y = 1 - slot; // POSITIVE=0 -> +1, PASSIVE=1 -> 0, NEGATIVE=2 -> -1
        sum += counts.squaredWeight(slot) * (y - theta) * (y - theta);
      }
      return new double[] {theta, Math.sqrt(sum / (total * total))};
    }
    double m = counts.effectiveN();
    double adjustedN = m + 3.0;
    double pa = (m * p + 0.75) / adjustedN;
    double da = (m * d + 0.75) / adjustedN;
    double theta = pa - da;
    double variance = pa + da - theta * theta;
    return new double[] {theta, Math.sqrt(variance / adjustedN)};
  }

  private static void checkUnweighted(NetScoreCounts counts, IntervalSpec spec) {
    checkArgument(
        !counts.isWeighted(),
        "counts must be unweighted for %s, was weighted (use WALD or ADJUSTED_WALD, which use"
            + " linearised variance and Kish's effective n)",
        spec.method());
    checkArgument(
        counts.n() <= Integer.MAX_VALUE,
        "n must be <= %s for %s, was %s",
        Integer.MAX_VALUE,
        spec.method(),
        counts.n());
  }
}
