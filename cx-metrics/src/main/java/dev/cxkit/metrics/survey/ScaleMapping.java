package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.survey.Direction;
import dev.cxkit.model.survey.Scale;
import java.util.Arrays;
import java.util.Objects;

/**
 * An explicit, point-by-point mapping of answers from one scale to another. cxkit never compares,
 * pools or trends scores across scales implicitly (a CES 1.0 "2" is good, a CES 2.0 "2" is bad);
 * mapping first is a visible modelling decision.
 *
 * <pre>{@code
 * // CES 1.0 (1-5, low is good) onto CES 2.0 (1-7, high is good), by position on the good-bad axis
 * ScaleMapping m = ScaleMapping.byPosition(Scale.ces1(), Scale.ces2());
 * m.apply(1);                                   // 7
 * ScoreDistribution onCes2 = m.apply(ces1Answers);
 * // or spelled out: 1->7, 2->6, 3->4, 4->2, 5->1
 * ScaleMapping.of(Scale.ces1(), Scale.ces2(), 7, 6, 4, 2, 1);
 * }</pre>
 */
public final class ScaleMapping {

  private final Scale from;
  private final Scale to;
  private final int[] targets;

  private ScaleMapping(Scale from, Scale to, int[] targets) {
    this.from = from;
    this.to = to;
    this.targets = targets;
  }

  /**
   * A mapping given as one target point per source point, lowest source point first.
   *
   * @throws IllegalArgumentException if the count differs from the source's points or a target is
   *     not a point of {@code to}
   */
  public static ScaleMapping of(Scale from, Scale to, int... targetPerPoint) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(
        targetPerPoint.length == from.points(),
        "targetPerPoint must have one target per point of %s (%s), was %s",
        from,
        from.points(),
        targetPerPoint.length);
    for (int i = 0; i < targetPerPoint.length; i++) {
      checkArgument(
          to.contains(targetPerPoint[i]),
          "target of %s point %s must be a point of %s, was %s",
          from.name(),
          from.min() + i,
          to,
          targetPerPoint[i]);
    }
    return new ScaleMapping(from, to, targetPerPoint.clone());
  }

  /**
   * Maps each point to the target point nearest to the same position on the good–bad axis ({@link
   * Scale#goodness}), halves rounded towards the good end; respects both scales' directions.
   */
  public static ScaleMapping byPosition(Scale from, Scale to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    int[] targets = new int[from.points()];
    int steps = to.max() - to.min();
    for (int i = 0; i < targets.length; i++) {
      double goodness = from.goodness(from.min() + i);
      long goodSteps = Math.round(goodness * steps); // half rounds up = towards good
      targets[i] =
          to.direction() == Direction.HIGH_IS_GOOD
              ? to.min() + (int) goodSteps
              : to.max() - (int) goodSteps;
    }
    return new ScaleMapping(from, to, targets);
  }

  /** The source scale. */
  public Scale from() {
    return from;
  }

  /** The target scale. */
  public Scale to() {
    return to;
  }

  /** The target of one source answer. */
  public int apply(int score) {
    return targets[from.checkValue(score) - from.min()];
  }

  /** Every answer mapped, index by index. */
  public int[] apply(int[] scores) {
    int[] mapped = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      checkArgument(
          from.contains(scores[i]), "scores[%s] must be a point of %s, was %s", i, from, scores[i]);
      mapped[i] = targets[scores[i] - from.min()];
    }
    return mapped;
  }

  /** The distribution re-expressed on the target scale (counts and weights move with answers). */
  public ScoreDistribution apply(ScoreDistribution distribution) {
    ScoreDistribution.checkSameScale(from, distribution.scale(), "distribution to map");
    int points = to.points();
    long[] c = new long[points];
    double[] w = new double[points];
    double[] w2 = new double[points];
    long[] sourceCounts = distribution.countsArray();
    double[] sourceWeights = distribution.weightsArray();
    double[] sourceSquaredWeights = distribution.squaredWeightsArray();
    for (int i = 0; i < targets.length; i++) {
      int slot = targets[i] - to.min();
      c[slot] += sourceCounts[i];
      w[slot] += sourceWeights[i];
      w2[slot] += sourceSquaredWeights[i];
    }
    return new ScoreDistribution(to, c, w, w2, distribution.isWeighted());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleMapping m
        && from.equals(m.from)
        && to.equals(m.to)
        && Arrays.equals(targets, m.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, Arrays.hashCode(targets));
  }

  @Override
  public String toString() {
    return "ScaleMapping{"
        + from.name()
        + " -> "
        + to.name()
        + ": "
        + Arrays.toString(targets)
        + "}";
  }
}
