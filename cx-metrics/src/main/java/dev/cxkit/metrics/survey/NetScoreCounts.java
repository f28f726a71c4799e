package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The counts of the three bands of a {@link NetScoreDefinition} — promoters, passives and
 * detractors for NPS; easy, neutral and hard for net easy — the mergeable state behind a net score.
 *
 * <p>Immutable; {@link #plus} is associative and commutative with {@link #empty} as identity.
 * Weighted counts (from {@link NetScoreAccumulator#addWeighted}) also carry per-band weight and
 * squared-weight sums for linearised variance and Kish's effective sample size. Printed counts and
 * error messages use the definition's band names ({@link NetScoreDefinition#bandNames()}); the
 * accessors are {@link #promoters()}, {@link #passives()} and {@link #detractors()} for NPS and
 * {@link #positives()}, {@link #passives()} and {@link #negatives()} for any definition (the same
 * numbers: promoters are the positive band). {@link #toBytes()} is a compact, versioned wire form
 * for partial results that cross process boundaries.
 *
 * <pre>{@code
 * NetScoreCounts q1 = NetScoreCounts.nps(250, 675, 75);
 * NetScoreCounts q2 = NetScoreCounts.nps(12, 5, 3);
 * NetScoreCounts year = q1.plus(q2);   // NPS counts{promoters=262, passives=680, detractors=78}
 * Score nps = NetScores.of(year);      // adjusted-Wald 95% interval
 * NetScoreCounts.fromBytes(year.toBytes()).equals(year);   // true
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
   * Unweighted counts of the definition's three bands (for NPS: promoters, passives, detractors).
   *
   * @throws IllegalArgumentException if a count is negative (the message uses the band's name) or
   *     the total overflows
   */
  public static NetScoreCounts of(
      NetScoreDefinition definition, long positives, long passives, long negatives) {
    checkNotNull(definition, "definition");
    NetScoreDefinition.BandNames names = definition.bandNames();
    checkArgument(positives >= 0, "%s must be >= 0, was %s", names.positive(), positives);
    checkArgument(passives >= 0, "%s must be >= 0, was %s", names.passive(), passives);
    checkArgument(negatives >= 0, "%s must be >= 0, was %s", names.negative(), negatives);
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
   * Pools two sets of counts of the same measure into a new value.
   *
   * @throws IllegalArgumentException if the scale or the breaks differ, or a count overflows
   */
  public NetScoreCounts plus(NetScoreCounts other) {
    checkSameMeasure(other, "other counts");
    long[] c = new long[3];
    double[] w = new double[3];
    double[] w2 = new double[3];
    for (int i = 0; i < 3; i++) {
      c[i] = ExactMath.add(bandName(i) + " count", counts[i], other.counts[i]);
      w[i] = weights[i] + other.weights[i]; // finite: weights are at most 1e100 each
      w2[i] = squaredWeights[i] + other.squaredWeights[i];
    }
    return new NetScoreCounts(definition, c, w, w2, weighted || other.weighted);
  }

  /** The net score definition (scale, breaks and band names). */
  public NetScoreDefinition definition() {
    return definition;
  }

  /** Respondents in the positive band: NPS's promoters (the same number as {@link #promoters}). */
  public long positives() {
    return counts[POSITIVE];
  }

  /** NPS's promoters (9–10): the respondents of the positive band, for any definition. */
  public long promoters() {
    return counts[POSITIVE];
  }

  /** Respondents in neither band (passives). */
  public long passives() {
    return counts[PASSIVE];
  }

  /** Respondents in the negative band: NPS's detractors (the same as {@link #detractors}). */
  public long negatives() {
    return counts[NEGATIVE];
  }

  /** NPS's detractors (0–6): the respondents of the negative band, for any definition. */
  public long detractors() {
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

  private String bandName(int slot) {
    NetScoreDefinition.BandNames names = definition.bandNames();
    return slot == POSITIVE
        ? names.positive()
        : slot == PASSIVE ? names.passive() : names.negative();
  }

  /**
   * The compact wire form: version byte, type byte, the definition (name, scale, breaks, band
   * names), the three counts as varints and, when weighted, the weight and squared-weight sums as
   * exact doubles. Unweighted NPS counts of a few thousand respondents take about 80 bytes.
   */
  public byte[] toBytes() {
    WireWriter out = new WireWriter(WireReader.NET_SCORE_COUNTS);
    SurveyWire.writeDefinition(out, definition);
    out.writeBoolean(weighted);
    for (long c : counts) {
      out.writeCount(c);
    }
    if (weighted) {
      for (int i = 0; i < 3; i++) {
        out.writeDouble(weights[i]);
        out.writeDouble(squaredWeights[i]);
      }
    }
    return out.toBytes();
  }

  /**
   * Reads {@link #toBytes()}'s form.
   *
   * @throws IllegalArgumentException naming the offset and the rule if the bytes are truncated,
   *     corrupt, of another type or of an unknown wire version
   */
  public static NetScoreCounts fromBytes(byte[] bytes) {
    return WireReader.decode(
        bytes,
        WireReader.NET_SCORE_COUNTS,
        in -> {
          NetScoreDefinition definition = SurveyWire.readDefinition(in);
          boolean weighted = in.readBoolean("weighted");
          long[] c = new long[3];
          for (int i = 0; i < 3; i++) {
            c[i] = in.readCount("count " + i);
          }
          if (!weighted) {
            return of(definition, c[0], c[1], c[2]);
          }
          double[] w = new double[3];
          double[] w2 = new double[3];
          for (int i = 0; i < 3; i++) {
            w[i] = in.readFiniteDouble("weight sum " + i);
            w2[i] = in.readFiniteDouble("squared weight sum " + i);
            ScoreDistribution.checkWeights(in, "band " + i, c[i], w[i], w2[i]);
          }
          return new NetScoreCounts(definition, c, w, w2, true);
        });
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
    NetScoreDefinition.BandNames names = definition.bandNames();
    return String.format(
        Locale.ROOT,
        "%s counts{%s=%d, %s=%d, %s=%d%s}",
        definition.name(),
        names.positive(),
        positives(),
        names.passive(),
        passives(),
        names.negative(),
        negatives(),
        weighted ? String.format(Locale.ROOT, ", weighted, effectiveN=%.1f", effectiveN()) : "");
  }
}
