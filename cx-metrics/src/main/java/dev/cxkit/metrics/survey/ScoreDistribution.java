package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import dev.cxkit.model.survey.Scale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How many respondents gave each point of a {@link Scale}: the mergeable raw material of every
 * survey score (CSAT, CES, means, top-box shares and, through {@link #netScoreCounts}, net scores).
 *
 * <p>Immutable; {@link #plus} is associative and commutative with {@link #empty} as identity, so
 * distributions can be built per partition and merged (counts are exact; weight sums are floating
 * point and merge up to rounding). Weighted respondents carry their weight sum and squared-weight
 * sum per point, which is what linearised variance and Kish's effective sample size need. {@link
 * #toBytes()} is a compact, versioned wire form for partial results that cross process boundaries.
 *
 * <pre>{@code
 * ScoreDistribution csat = ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 6, 4);   // n = 20
 * csat.count(5);                                                                   // 4
 * csat.plus(ScoreDistribution.empty(Scale.csat5())).equals(csat);                  // true
 * ScoreDistribution.fromBytes(csat.toBytes()).equals(csat);                        // true
 * }</pre>
 */
public final class ScoreDistribution {

  private final Scale scale;
  private final long[] counts;
  private final double[] weights;
  private final double[] squaredWeights;
  private final boolean weighted;
  private final long n;

  ScoreDistribution(
      Scale scale, long[] counts, double[] weights, double[] squaredWeights, boolean weighted) {
    ExactMath.sum("respondents", counts); // every total below is then exact
    this.scale = scale;
    this.counts = counts;
    this.weights = weights;
    this.squaredWeights = squaredWeights;
    this.weighted = weighted;
    long total = 0;
    for (long c : counts) {
      long next = total + c;
      checkArgument(
          ((total ^ next) & (c ^ next)) >= 0,
          "respondents of %s overflow a long: %s",
          scale.name(),
          Arrays.toString(counts));
      total = next;
    }
    this.n = total;
  }

  /**
   * An unweighted distribution from one count per scale point, lowest point first.
   *
   * @throws IllegalArgumentException if there is not exactly one non-negative count per point
   */
  public static ScoreDistribution of(Scale scale, long... countsPerPoint) {
    checkNotNull(scale, "scale");
    checkArgument(
        countsPerPoint.length == scale.points(),
        "countsPerPoint must have one count per point of %s (%s), was %s",
        scale,
        scale.points(),
        countsPerPoint.length);
    double[] asWeights = new double[countsPerPoint.length];
    for (int i = 0; i < countsPerPoint.length; i++) {
      checkArgument(
          countsPerPoint[i] >= 0,
          "count of point %s must be >= 0, was %s",
          scale.min() + i,
          countsPerPoint[i]);
      asWeights[i] = countsPerPoint[i];
    }
    return new ScoreDistribution(
        scale, countsPerPoint.clone(), asWeights, asWeights.clone(), false);
  }

  /** The distribution with no respondents: the identity of {@link #plus}. */
  public static ScoreDistribution empty(Scale scale) {
    checkNotNull(scale, "scale");
    int points = scale.points();
    return new ScoreDistribution(
        scale, new long[points], new double[points], new double[points], false);
  }

  /**
   * Pools two distributions of the same scale by adding counts (never by averaging rates) into a
   * new value.
   *
   * @throws IllegalArgumentException if the scales differ (map one first with {@link
   *     ScaleMapping}), or a count overflows
   */
  public ScoreDistribution plus(ScoreDistribution other) {
    checkSameScale(scale, other.scale, "other distribution");
    int points = counts.length;
    long[] c = new long[points];
    double[] w = new double[points];
    double[] w2 = new double[points];
    for (int i = 0; i < points; i++) {
      c[i] = ExactMath.add("count of point " + (scale.min() + i), counts[i], other.counts[i]);
      w[i] = weights[i] + other.weights[i]; // finite: weights are at most 1e100 each
      w2[i] = squaredWeights[i] + other.squaredWeights[i];
    }
    return new ScoreDistribution(scale, c, w, w2, weighted || other.weighted);
  }

  /** The answer scale. */
  public Scale scale() {
    return scale;
  }

  /** Number of respondents. */
  public long n() {
    return n;
  }

  /** Whether there are no respondents. */
  public boolean isEmpty() {
    return n() == 0;
  }

  /** Respondents who answered {@code point}. */
  public long count(int point) {
    return counts[scale.checkValue(point) - scale.min()];
  }

  /** Sum of the weights of respondents who answered {@code point} (the count when unweighted). */
  public double weight(int point) {
    return weights[scale.checkValue(point) - scale.min()];
  }

  /** Sum of all weights (equals {@link #n()} when unweighted). */
  public double totalWeight() {
    double total = 0.0;
    for (double w : weights) {
      total += w;
    }
    return total;
  }

  /** Whether any respondent was added with a survey weight. */
  public boolean isWeighted() {
    return weighted;
  }

  /**
   * Kish's effective sample size (Σw)² / Σw² (equals {@link #n()} when unweighted; 0 when empty).
   */
  public double effectiveN() {
    double sumSquares = 0.0;
    for (double w2 : squaredWeights) {
      sumSquares += w2;
    }
    double total = totalWeight();
    return sumSquares == 0.0 ? 0.0 : total * total / sumSquares;
  }

  /** Collapses this distribution into the positive/passive/negative counts of a net score. */
  public NetScoreCounts netScoreCounts(NetScoreDefinition definition) {
    checkSameScale(scale, definition.scale(), "net score definition " + definition.name());
    long[] c = new long[3];
    double[] w = new double[3];
    double[] w2 = new double[3];
    for (int i = 0; i < counts.length; i++) {
      int slot = 1 - definition.classify(scale.min() + i);
      c[slot] += counts[i];
      w[slot] += weights[i];
      w2[slot] += squaredWeights[i];
    }
    return new NetScoreCounts(definition, c, w, w2, weighted);
  }

  long[] countsArray() {
    return counts;
  }

  double[] weightsArray() {
    return weights;
  }

  double[] squaredWeightsArray() {
    return squaredWeights;
  }

  /**
   * The compact wire form: version byte, type byte, the scale (name, range, direction, labels), a
   * weighted flag, one varint count per point and, when weighted, the weight and squared-weight
   * sums per point as exact doubles.
   */
  public byte[] toBytes() {
    WireWriter out = new WireWriter(WireReader.SCORE_DISTRIBUTION);
    SurveyWire.writeScale(out, scale);
    writeCounts(out);
    return out.toBytes();
  }

  /**
   * Reads {@link #toBytes()}'s form.
   *
   * @throws IllegalArgumentException naming the offset and the rule if the bytes are truncated,
   *     corrupt, of another type or of an unknown wire version
   */
  public static ScoreDistribution fromBytes(byte[] bytes) {
    return WireReader.decode(
        bytes, WireReader.SCORE_DISTRIBUTION, in -> readCounts(in, SurveyWire.readScale(in, 1)));
  }

  /** Writes the weighted flag, the counts and, when weighted, the weight sums (not the scale). */
  void writeCounts(WireWriter out) {
    out.writeBoolean(weighted);
    for (long c : counts) {
      out.writeCount(c);
    }
    if (weighted) {
      for (int i = 0; i < counts.length; i++) {
        out.writeDouble(weights[i]);
        out.writeDouble(squaredWeights[i]);
      }
    }
  }

  /** Reads what {@link #writeCounts} wrote, for answers on {@code scale}. */
  static ScoreDistribution readCounts(WireReader in, Scale scale) {
    boolean weighted = in.readBoolean("weighted");
    int points = scale.points();
    in.checkRoom("counts of " + scale.name(), points, 1);
    long[] c = new long[points];
    for (int i = 0; i < points; i++) {
      c[i] = in.readCount("count of point " + (scale.min() + i));
    }
    if (!weighted) {
      return of(scale, c);
    }
    in.checkRoom("weight sums", points, 16);
    double[] w = new double[points];
    double[] w2 = new double[points];
    for (int i = 0; i < points; i++) {
      w[i] = in.readFiniteDouble("weight sum of point " + (scale.min() + i));
      w2[i] = in.readFiniteDouble("squared weight sum of point " + (scale.min() + i));
      checkWeights(in, "point " + (scale.min() + i), c[i], w[i], w2[i]);
    }
    return new ScoreDistribution(scale, c, w, w2, true);
  }

  /**
   * Checks decoded weight sums: zero with no respondents, positive with some, and the squared sum
   * consistent with the sum (Σw² ≥ (Σw)²/n and Σw² ≤ (Σw)², up to rounding).
   */
  static void checkWeights(WireReader in, String what, long count, double sum, double squares) {
    boolean valid =
        count == 0
            ? sum == 0.0 && squares == 0.0
            : sum > 0.0
                && squares > 0.0
                && squares >= sum * sum / count * (1 - 1e-9)
                && squares <= sum * sum * (1 + 1e-9);
    if (!valid) {
      throw in.invalid(
          what,
          String.format(
              Locale.ROOT,
              "weights must be 0 without respondents and positive with, and squared weights"
                  + " between (Σw)²/n and (Σw)², was n=%d, Σw=%s, Σw²=%s",
              count,
              sum,
              squares));
    }
  }

  static void checkSameScale(Scale expected, Scale actual, String what) {
    checkArgument(
        expected.equals(actual),
        "scale of %s must be %s, was %s (map it with an explicit ScaleMapping first)",
        what,
        expected,
        actual);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreDistribution d
        && weighted == d.weighted
        && scale.equals(d.scale)
        && Arrays.equals(counts, d.counts)
        && Arrays.equals(weights, d.weights)
        && Arrays.equals(squaredWeights, d.squaredWeights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scale, Arrays.hashCode(counts), Arrays.hashCode(weights), weighted);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ScoreDistribution{%s, counts=%s%s}",
        scale.name(),
        Arrays.toString(counts),
        weighted ? String.format(Locale.ROOT, ", weighted, effectiveN=%.1f", effectiveN()) : "");
  }
}
