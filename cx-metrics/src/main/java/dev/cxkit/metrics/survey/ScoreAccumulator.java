package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import dev.cxkit.model.survey.Scale;
import java.util.Locale;

/**
 * A fast, mutable histogram of answers on one {@link Scale}; {@link #snapshot()} yields the
 * immutable, mergeable {@link ScoreDistribution}.
 *
 * <p>{@link #addAll(int[])} is a branch-light counting loop over primitive scores (four interleaved
 * histograms so repeated answers do not serialise on one counter); it is all-or-nothing: a score
 * outside the scale leaves the accumulator unchanged. Not thread-safe: use one per thread and merge
 * the snapshots ({@link ScoreDistribution#plus}, or {@link #addAll(ScoreDistribution)} into one
 * accumulator).
 *
 * <pre>{@code
 * ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5());
 * acc.addAll(new int[] {5, 4, 4, 2, 5});
 * acc.addWeighted(3, 1.5);
 * ScoreDistribution d = acc.snapshot();        // n = 6, weighted
 * }</pre>
 */
public final class ScoreAccumulator {

  /**
   * The range of a survey weight, [1e-100, 1e100]: wide enough for any real design weight, narrow
   * enough that no weight square, weight sum or Kish ratio of up to {@link Long#MAX_VALUE}
   * respondents leaves the finite double range or underflows to 0.
   */
  static final double MIN_WEIGHT = 1e-100;

  static final double MAX_WEIGHT = 1e100;

  private final Scale scale;
  private final int min;
  private final long[] lane0;
  private final long[] lane1;
  private final long[] lane2;
  private final long[] lane3;
  private final long[] weightedCounts;
  private final double[] weights;
  private final double[] squaredWeights;
  private boolean weighted;

  /** An empty accumulator for answers on {@code scale}. */
  public ScoreAccumulator(Scale scale) {
    this.scale = checkNotNull(scale, "scale");
    this.min = scale.min();
    int points = scale.points();
    lane0 = new long[points];
    lane1 = new long[points];
    lane2 = new long[points];
    lane3 = new long[points];
    weightedCounts = new long[points];
    weights = new double[points];
    squaredWeights = new double[points];
  }

  /** The answer scale. */
  public Scale scale() {
    return scale;
  }

  /**
   * Adds one unweighted answer.
   *
   * @throws IllegalArgumentException if {@code score} is not a point of the scale
   */
  public ScoreAccumulator add(int score) {
    lane0[scale.checkValue(score) - min]++;
    return this;
  }

  /**
   * Adds every score of the array, unweighted.
   *
   * @throws IllegalArgumentException naming the first offending index if a score is outside the
   *     scale; nothing is added in that case
   */
  public ScoreAccumulator addAll(int[] scores) {
    long[] c0 = lane0;
    long[] c1 = lane1;
    long[] c2 = lane2;
    long[] c3 = lane3;
    int points = c0.length;
    int lo = min;
    int i = 0;
    int end = scores.length & ~3;
    for (; i < end; i += 4) {
      int a = scores[i] - lo;
      int b = scores[i + 1] - lo;
      int c = scores[i + 2] - lo;
      int d = scores[i + 3] - lo;
      if (Integer.compareUnsigned(a, points) >= 0
          | Integer.compareUnsigned(b, points) >= 0
          | Integer.compareUnsigned(c, points) >= 0
          | Integer.compareUnsigned(d, points) >= 0) {
        rollBackAndFail(scores, i);
      }
      c0[a]++;
      c1[b]++;
      c2[c]++;
      c3[d]++;
    }
    for (; i < scores.length; i++) {
      int a = scores[i] - lo;
      if (Integer.compareUnsigned(a, points) >= 0) {
        rollBackAndFail(scores, i);
      }
      c0[a]++;
    }
    return this;
  }

  /**
   * Adds one answer with a survey weight.
   *
   * @throws IllegalArgumentException if {@code score} is outside the scale or {@code weight} is not
   *     finite and positive
   */
  public ScoreAccumulator addWeighted(int score, double weight) {
    int i = scale.checkValue(score) - min;
    checkArgument(
        weight > 0.0 && Double.isFinite(weight),
        "weight must be finite and > 0, was %s (score %s)",
        weight,
        (Object) score);
    checkArgument(
        weight >= MIN_WEIGHT && weight <= MAX_WEIGHT,
        "weight must be in [1e-100, 1e100] (so that weight sums and squares stay finite and"
            + " non-zero), was %s (score %s)",
        weight,
        (Object) score);
    weightedCounts[i]++;
    weights[i] += weight;
    squaredWeights[i] += weight * weight;
    weighted = true;
    return this;
  }

  /**
   * Adds each score with the weight at the same index.
   *
   * @throws IllegalArgumentException if the arrays differ in length, or on the first bad score or
   *     weight (earlier elements stay added)
   */
  public ScoreAccumulator addAllWeighted(int[] scores, double[] weights) {
    checkArgument(
        scores.length == weights.length,
        "weights must have one entry per score (%s), was %s",
        scores.length,
        weights.length);
    for (int i = 0; i < scores.length; i++) {
      addWeighted(scores[i], weights[i]);
    }
    return this;
  }

  /**
   * Adds every respondent of {@code distribution} (same scale): the mutating merge, for example of
   * another thread's snapshot.
   *
   * @throws IllegalArgumentException if the scales differ or a count would overflow
   */
  public ScoreAccumulator addAll(ScoreDistribution distribution) {
    ScoreDistribution.checkSameScale(scale, distribution.scale(), "distribution");
    long[] c = distribution.countsArray();
    double[] w = distribution.weightsArray();
    double[] w2 = distribution.squaredWeightsArray();
    // all or nothing: the total and every point are checked before anything changes
    ExactMath.add("respondents of " + scale.name(), n(), distribution.n());
    long[] nextCounts = new long[c.length];
    double[] nextWeights = new double[c.length];
    double[] nextSquares = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      nextCounts[i] = ExactMath.add("count of point " + (min + i), weightedCounts[i], c[i]);
      nextWeights[i] = weights[i] + w[i]; // finite: weights are at most 1e100 each
      nextSquares[i] = squaredWeights[i] + w2[i];
    }
    System.arraycopy(nextCounts, 0, weightedCounts, 0, c.length);
    System.arraycopy(nextWeights, 0, weights, 0, c.length);
    System.arraycopy(nextSquares, 0, squaredWeights, 0, c.length);
    weighted |= distribution.isWeighted();
    return this;
  }

  /**
   * Number of answers added so far.
   *
   * @throws IllegalArgumentException if the number does not fit a long
   */
  public long n() {
    long n = 0;
    for (int i = 0; i < lane0.length; i++) {
      long unit = lane0[i] + lane1[i] + lane2[i] + lane3[i]; // one increment each: < 2^63
      n = ExactMath.add("respondents of " + scale.name(), n, unit);
      n = ExactMath.add("respondents of " + scale.name(), n, weightedCounts[i]);
    }
    return n;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ScoreAccumulator{%s, n=%d%s}",
        scale.name(),
        n(),
        weighted ? ", weighted" : "");
  }

  /** The answers so far as an immutable distribution. */
  public ScoreDistribution snapshot() {
    int points = lane0.length;
    long[] c = new long[points];
    double[] w = new double[points];
    double[] w2 = new double[points];
    for (int i = 0; i < points; i++) {
      long unit = lane0[i] + lane1[i] + lane2[i] + lane3[i]; // one increment each: < 2^63
      c[i] = ExactMath.add("respondents", unit, weightedCounts[i]);
      w[i] = unit + weights[i];
      w2[i] = unit + squaredWeights[i];
    }
    return new ScoreDistribution(scale, c, w, w2, weighted);
  }

  private void rollBackAndFail(int[] scores, int blockStart) {
    int bad = blockStart;
    while (scale.contains(scores[bad])) {
      bad++;
    }
    int end = blockStart & ~3;
    for (int j = 0; j < end; j += 4) {
      lane0[scores[j] - min]--;
      lane1[scores[j + 1] - min]--;
      lane2[scores[j + 2] - min]--;
      lane3[scores[j + 3] - min]--;
    }
    for (int j = end; j < blockStart; j++) {
      lane0[scores[j] - min]--;
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "scores[%d] must be a point of %s (%d..%d), was %d",
            bad,
            scale.name(),
            scale.min(),
            scale.max(),
            scores[bad]));
  }
}
