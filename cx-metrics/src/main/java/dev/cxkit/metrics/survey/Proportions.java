package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.Wilson;
import dev.cxkit.model.survey.Direction;
import dev.cxkit.model.survey.Scale;
import java.util.EnumSet;
import java.util.OptionalDouble;

/**
 * Shares of respondents — top-box CSAT, share of easy answers — with intervals clamped to [0, 1].
 *
 * <p>Methods: {@code WILSON} (default; Wilson 1927), {@code AGRESTI_COULL} (Agresti &amp; Coull
 * 1998: add z²/2 successes and z²/2 failures) and {@code WALD} (shown for comparison; it overshoots
 * near 0 and 1, see Brown, Cai &amp; DasGupta 2001). With survey weights, the share is the weighted
 * share, {@code WALD} uses the linearised variance Σ w²(y − p)²/(Σw)², and Wilson and Agresti–Coull
 * use Kish's effective n in place of n.
 *
 * <pre>{@code
 * Score satisfied = Proportions.of(18, 20);          // Wilson 95%: [0.69897, 0.97213]
 * Score csatTop2 = Proportions.topBox(distribution, 2, IntervalSpec.agrestiCoull(0.95));
 * }</pre>
 */
public final class Proportions {

  private Proportions() {}

  /** {@code successes} of {@code n} with a 95% Wilson interval. */
  public static Score of(long successes, long n) {
    return of(successes, n, IntervalSpec.wilson(0.95));
  }

  /**
   * {@code successes} of {@code n} (unweighted) with the requested interval.
   *
   * @throws IllegalArgumentException unless 0 ≤ successes ≤ n
   */
  public static Score of(long successes, long n, IntervalSpec spec) {
    checkNotNull(spec, "spec");
    checkArgument(n >= 0, "n must be >= 0, was %s", n);
    checkArgument(
        successes >= 0 && successes <= n, "successes must be in [0, n=%s], was %s", n, successes);
    Scale binary = Scale.of("success 0-1", 0, 1, Direction.HIGH_IS_GOOD);
    return share("share", binary, n, n, false, successes, successes, successes, spec);
  }

  /**
   * The share of respondents in the {@code boxes} best points of the distribution's scale (the
   * highest points when high is good, the lowest when low is good), with a 95% Wilson interval.
   */
  public static Score topBox(ScoreDistribution distribution, int boxes) {
    return topBox(distribution, boxes, IntervalSpec.wilson(0.95));
  }

  /**
   * The share of respondents in the {@code boxes} best points of the scale.
   *
   * @throws IllegalArgumentException unless 1 ≤ boxes &lt; number of scale points
   */
  public static Score topBox(ScoreDistribution distribution, int boxes, IntervalSpec spec) {
    checkNotNull(distribution, "distribution");
    checkNotNull(spec, "spec");
    Scale scale = distribution.scale();
    checkArgument(
        boxes >= 1 && boxes < scale.points(),
        "boxes must be in [1, %s) for %s, was %s",
        scale.points(),
        scale,
        boxes);
    int from;
    int to;
    if (scale.direction() == Direction.HIGH_IS_GOOD) {
      from = scale.max() - boxes + 1;
      to = scale.max();
    } else {
      from = scale.min();
      to = scale.min() + boxes - 1;
    }
    String label = scale.name() + " top-" + boxes + "-box";
    return band(distribution, from, to, label, spec);
  }

  /**
   * The share of respondents answering a point in [{@code from}, {@code to}] of the scale.
   *
   * @throws IllegalArgumentException if the band is not within the scale
   */
  public static Score band(
      ScoreDistribution distribution, int from, int to, String label, IntervalSpec spec) {
    checkNotNull(distribution, "distribution");
    checkNotNull(label, "label");
    checkNotNull(spec, "spec");
    Scale scale = distribution.scale();
    scale.checkValue(from);
    scale.checkValue(to);
    checkArgument(from <= to, "band from must not exceed to, was %s > %s", from, to);
    long inBand = 0;
    double weightIn = 0.0;
    double squaredWeightIn = 0.0;
    long[] counts = distribution.countsArray();
    double[] weights = distribution.weightsArray();
    double[] squaredWeights = distribution.squaredWeightsArray();
    for (int point = from; point <= to; point++) {
      inBand += counts[point - scale.min()];
      weightIn += weights[point - scale.min()];
      squaredWeightIn += squaredWeights[point - scale.min()];
    }
    return share(
        label,
        scale,
        distribution.n(),
        distribution.effectiveN(),
        distribution.isWeighted(),
        inBand,
        weightIn,
        squaredWeightIn,
        spec,
        distribution.totalWeight(),
        sumOf(squaredWeights));
  }

  private static Score share(
      String label,
      Scale scale,
      long n,
      double effectiveN,
      boolean weighted,
      long successes,
      double successWeight,
      double successSquaredWeight,
      IntervalSpec spec) {
    return share(
        label,
        scale,
        n,
        effectiveN,
        weighted,
        successes,
        successWeight,
        successSquaredWeight,
        spec,
        n,
        n);
  }

  private static Score share(
      String label,
      Scale scale,
      long n,
      double effectiveN,
      boolean weighted,
      long successes,
      double successWeight,
      double successSquaredWeight,
      IntervalSpec spec,
      double totalWeight,
      double totalSquaredWeight) {
    checkNotNull(spec, "spec");
    Scores.checkMethod(
        spec,
        "a proportion",
        IntervalMethod.WILSON,
        IntervalMethod.AGRESTI_COULL,
        IntervalMethod.WALD);
    EnumSet<ScoreFlag> flags = Scores.baseFlags(n, effectiveN, weighted);
    if (n == 0) {
      return Scores.withoutInterval(
          ScoreKind.PROPORTION, label, scale, 0, 0.0, OptionalDouble.empty(), spec, flags);
    }
    double p = successWeight / totalWeight;
    double z = Distributions.zCritical(spec.confidenceLevel());
    double centre;
    double standardError;
    double halfWidth;
    switch (spec.method()) {
      case WALD -> {
        // linearised: Σ w²(y − p)² over successes (y = 1) and failures (y = 0)
        double failureSquaredWeight = totalSquaredWeight - successSquaredWeight;
        double sum = successSquaredWeight * (1 - p) * (1 - p) + failureSquaredWeight * p * p;
        centre = p;
        standardError = Math.sqrt(sum) / totalWeight;
        halfWidth = z * standardError;
      }
      case WILSON -> {
        centre = Wilson.centre(p, effectiveN, z);
        halfWidth = Wilson.halfWidth(p, effectiveN, z);
        standardError = Wilson.standardError(p, effectiveN, z);
      }
      case AGRESTI_COULL -> {
        double adjustedN = effectiveN + z * z;
        centre = (effectiveN * p + z * z / 2.0) / adjustedN;
        standardError = Math.sqrt(centre * (1 - centre) / adjustedN);
        halfWidth = z * standardError;
      }
      default -> throw new AssertionError(spec.method());
    }
    return Scores.withInterval(
        ScoreKind.PROPORTION,
        label,
        scale,
        n,
        effectiveN,
        p,
        standardError,
        centre,
        centre - halfWidth,
        centre + halfWidth,
        spec,
        flags,
        0.0,
        1.0);
  }

  private static double sumOf(double[] values) {
    double sum = 0.0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
