package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Positive (promoter), passive and negative (detractor) counts of a {@link NetScoreDefinition}: the
 * mergeable state behind a net score.
 *
 * <p>Immutable; {@link #plus} is associative and commutative with {@link #empty} as identity.
 * Weighted counts (from {@link NetScoreAccumulator#addWeighted}) also carry per-class weight and
 * squared-weight sums for linearised variance and Kish's effective sample size.
 *
 * <pre>{@code
 * NetScoreCounts q1 = NetScoreCounts.nps(250, 675, 75);
 * NetScoreCounts q2 = NetScoreCounts.nps(12, 5, 3);
 * NetScoreCounts year = q1.plus(q2);           // 262 promoters, 680 passives, 78 detractors
 * Score nps = NetScores.of(year);              // adjusted-Wald 95% interval
 * }</pre>
 */
public final class NetScoreCounts {

  static final int POSITIVE = 0;
  static final int PASSIVE = 1;
  static final int NEGATIVE = 2;

  private final NetScoreDefinition definition;
  private final long[] counts;
  private final double[] weights;
  private final double[] squaredWeights;
  private final boolean weighted;

  NetScoreCounts(
      NetScoreDefinition definition,
      long[] counts,
      double[] weights,
      double[] squaredWeights,
      boolean weighted) {
    ExactMath.sum("respondents", counts); // n() is then exact
    this.definition = definition;
    this.counts = counts;
    this.weights = weights;
    this.squaredWeights = squaredWeights;
    this.weighted = weighted;
  }

  /**
   * Unweighted counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static NetScoreCounts of(
      NetScoreDefinition definition, long positives, long passives, long negatives) {
    checkNotNull(definition, "definition");
    checkArgument(positives >= 0, "positives must be >= 0, was %s", positives);
    checkArgument(passives >= 0, "passives must be >= 0, was %s", passives);
    checkArgument(negatives >= 0, "negatives must be >= 0, was %s", negatives);
    double[] w = {positives, passives, negatives};
    return new NetScoreCounts(
        definition, new long[] {positives, passives, negatives}, w, w.clone(), false);
  }

  /** Unweighted NPS counts: promoters (9–10), passives (7–8), detractors (0–6). */
  public static NetScoreCounts nps(long promoters, long passives, long detractors) {
    return of(NetScoreDefinition.nps(), promoters, passives, detractors);
  }

  /** No respondents: the identity of {@link #plus}. */
  public static NetScoreCounts empty(NetScoreDefinition definition) {
    return of(definition, 0, 0, 0);
  }

  /**
   * Pools two sets of counts of the same measure.
   *
   * @throws IllegalArgumentException if the scale or the breaks differ
   */
  public NetScoreCounts plus(NetScoreCounts other) {
    checkSameMeasure(other, "other counts");
    long[] c = new long[3];
    double[] w = new double[3];
    double[] w2 = new double[3];
    for (int i = 0; i < 3; i++) {
      c[i] = ExactMath.add("respondents", counts[i], other.counts[i]);
      w[i] = weights[i] + other.weights[i]; // finite: weights are at most 1e100 each
      w2[i] = squaredWeights[i] + other.squaredWeights[i];
    }
    return new NetScoreCounts(definition, c, w, w2, weighted || other.weighted);
  }

  /** The net score definition (scale and breaks). */
  public NetScoreDefinition definition() {
    return definition;
  }

  /** Respondents in the positive band (promoters). */
  public long positives() {
    return counts[POSITIVE];
  }

  /** Respondents in neither band (passives). */
  public long passives() {
    return counts[PASSIVE];
  }

  /** Respondents in the negative band (detractors). */
  public long negatives() {
    return counts[NEGATIVE];
  }

  /** Number of respondents. */
  public long n() {
    return counts[POSITIVE] + counts[PASSIVE] + counts[NEGATIVE];
  }

  /** Whether any respondent was added with a survey weight. */
  public boolean isWeighted() {
    return weighted;
  }

  /** Sum of all weights (equals {@link #n()} when unweighted). */
  public double totalWeight() {
    return weights[POSITIVE] + weights[PASSIVE] + weights[NEGATIVE];
  }

  /** Kish's effective sample size (Σw)² / Σw²; {@link #n()} when unweighted, 0 when empty. */
  public double effectiveN() {
    double sumSquares =
        squaredWeights[POSITIVE] + squaredWeights[PASSIVE] + squaredWeights[NEGATIVE];
    double total = totalWeight();
    return sumSquares == 0.0 ? 0.0 : total * total / sumSquares;
  }

  double weight(int slot) {
    return weights[slot];
  }

  double squaredWeight(int slot) {
    return squaredWeights[slot];
  }

  void checkSameMeasure(NetScoreCounts other, String what) {
    checkArgument(
        definition.sameMeasureAs(other.definition),
        "%s must use the same scale and breaks as %s, was %s (map it with an explicit"
            + " ScaleMapping first)",
        what,
        definition,
        other.definition);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetScoreCounts c
        && weighted == c.weighted
        && definition.equals(c.definition)
        && Arrays.equals(counts, c.counts)
        && Arrays.equals(weights, c.weights)
        && Arrays.equals(squaredWeights, c.squaredWeights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, Arrays.hashCode(counts), Arrays.hashCode(weights), weighted);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s counts{positive=%d, passive=%d, negative=%d%s}",
        definition.name(),
        positives(),
        passives(),
        negatives(),
        weighted ? String.format(Locale.ROOT, ", weighted, effectiveN=%.1f", effectiveN()) : "");
  }
}
