package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.PValueAdjustment;
import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import dev.cxkit.model.survey.Scale;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * Answers broken down by any segment attribute (region, plan, channel, period …): one {@link
 * ScoreDistribution} per segment. Totals and groups of segments are always pooled from counts,
 * never by averaging segment rates, so a small segment weighs as little as it should.
 *
 * <p>Immutable and mergeable: {@link #plus} adds distributions segment by segment, with {@link
 * #empty} as identity. Answers arriving one at a time go into a {@link ScoreBreakdownAccumulator};
 * {@link #compareNetScores} and its siblings test every segment against the rest with
 * multiple-comparison control; {@link #toBytes} is a versioned wire form for partial breakdowns.
 *
 * <pre>{@code
 * ScoreBreakdown<String> byRegion =
 *     ScoreBreakdown.of(Scale.nps(), responses, Response::region, Response::likelihood);
 * Map<String, Score> nps = byRegion.netScores(NetScoreDefinition.nps(), IntervalSpec.adjustedWald(0.95));
 * Score overall = NetScores.of(byRegion.total().netScoreCounts(NetScoreDefinition.nps()));
 * SegmentScores<String> tested = byRegion.compareNetScores(
 *     NetScoreDefinition.nps(), IntervalSpec.adjustedWald(0.95), PValueAdjustment.HOLM);
 * }</pre>
 *
 * @param <K> the segment key type
 */
public final class ScoreBreakdown<K> {

  private final Scale scale;
  private final Map<K, ScoreDistribution> segments;

  private ScoreBreakdown(Scale scale, Map<K, ScoreDistribution> segments) {
    this.scale = scale;
    this.segments = Collections.unmodifiableMap(segments);
  }

  /** No segments: the identity of {@link #plus}. */
  public static <K> ScoreBreakdown<K> empty(Scale scale) {
    return new ScoreBreakdown<>(checkNotNull(scale, "scale"), new LinkedHashMap<>());
  }

  /**
   * Unweighted breakdown of {@code rows} by {@code segmentOf}, answers from {@code scoreOf}.
   *
   * @throws IllegalArgumentException naming the row index on an answer outside the scale
   */
  public static <T, K> ScoreBreakdown<K> of(
      Scale scale,
      Iterable<? extends T> rows,
      Function<? super T, ? extends K> segmentOf,
      ToIntFunction<? super T> scoreOf) {
    return of(scale, rows, segmentOf, scoreOf, null);
  }

  /**
   * Weighted breakdown: each row's answer counts with the survey weight {@code weightOf} (finite,
   * positive).
   *
   * @throws IllegalArgumentException naming the row index on a bad answer or weight
   */
  public static <T, K> ScoreBreakdown<K> ofWeighted(
      Scale scale,
      Iterable<? extends T> rows,
      Function<? super T, ? extends K> segmentOf,
      ToIntFunction<? super T> scoreOf,
      ToDoubleFunction<? super T> weightOf) {
    return of(scale, rows, segmentOf, scoreOf, checkNotNull(weightOf, "weightOf"));
  }

  private static <T, K> ScoreBreakdown<K> of(
      Scale scale,
      Iterable<? extends T> rows,
      Function<? super T, ? extends K> segmentOf,
      ToIntFunction<? super T> scoreOf,
      ToDoubleFunction<? super T> weightOf) {
    checkNotNull(scale, "scale");
    checkNotNull(segmentOf, "segmentOf");
    checkNotNull(scoreOf, "scoreOf");
    Map<K, ScoreAccumulator> accumulators = new LinkedHashMap<>();
    int index = 0;
    for (T row : rows) {
      K segment = checkNotNull(segmentOf.apply(row), "segment of row %s", index);
      ScoreAccumulator accumulator =
          accumulators.computeIfAbsent(segment, k -> new ScoreAccumulator(scale));
      int score = scoreOf.applyAsInt(row);
      try {
        if (weightOf == null) {
          accumulator.add(score);
        } else {
          accumulator.addWeighted(score, weightOf.applyAsDouble(row));
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("row " + index + ": " + e.getMessage(), e);
      }
      index++;
    }
    Map<K, ScoreDistribution> segments = new LinkedHashMap<>();
    accumulators.forEach((k, acc) -> segments.put(k, acc.snapshot()));
    return new ScoreBreakdown<>(scale, segments);
  }

  /** A breakdown from ready-made distributions, all on {@code scale}. */
  public static <K> ScoreBreakdown<K> of(Scale scale, Map<K, ScoreDistribution> segments) {
    checkNotNull(scale, "scale");
    Map<K, ScoreDistribution> copy = new LinkedHashMap<>();
    segments.forEach(
        (k, d) -> {
          ScoreDistribution.checkSameScale(scale, d.scale(), "segment " + k);
          copy.put(checkNotNull(k, "segment key"), d);
        });
    return new ScoreBreakdown<>(scale, copy);
  }

  /** Merges two breakdowns segment by segment (same scale) into a new value. */
  public ScoreBreakdown<K> plus(ScoreBreakdown<K> other) {
    ScoreDistribution.checkSameScale(scale, other.scale, "other breakdown");
    Map<K, ScoreDistribution> merged = new LinkedHashMap<>(segments);
    other.segments.forEach((k, d) -> merged.merge(k, d, ScoreDistribution::plus));
    return new ScoreBreakdown<>(scale, merged);
  }

  /** The answer scale. */
  public Scale scale() {
    return scale;
  }

  /** The segments seen, in first-seen order. */
  public Set<K> segments() {
    return segments.keySet();
  }

  /** The distribution of one segment (empty if the segment had no answers). */
  public ScoreDistribution segment(K segment) {
    return segments.getOrDefault(segment, ScoreDistribution.empty(scale));
  }

  /** All answers pooled (counts added, not rates averaged). */
  public ScoreDistribution total() {
    return pooled(segments.keySet());
  }

  /** The answers of the given segments pooled from their counts. */
  public ScoreDistribution pooled(Collection<? extends K> group) {
    ScoreDistribution pooled = ScoreDistribution.empty(scale);
    for (K k : group) {
      pooled = pooled.plus(segment(k));
    }
    return pooled;
  }

  /** The net score of every segment. */
  public Map<K, Score> netScores(NetScoreDefinition definition, IntervalSpec spec) {
    Map<K, Score> scores = new LinkedHashMap<>();
    segments.forEach((k, d) -> scores.put(k, NetScores.of(d.netScoreCounts(definition), spec)));
    return Collections.unmodifiableMap(scores);
  }

  /** The top-{@code boxes}-box share of every segment. */
  public Map<K, Score> topBox(int boxes, IntervalSpec spec) {
    Map<K, Score> scores = new LinkedHashMap<>();
    segments.forEach((k, d) -> scores.put(k, Proportions.topBox(d, boxes, spec)));
    return Collections.unmodifiableMap(scores);
  }

  /** The mean answer of every segment. */
  public Map<K, Score> means(IntervalSpec spec) {
    Map<K, Score> scores = new LinkedHashMap<>();
    segments.forEach((k, d) -> scores.put(k, Means.of(d, spec)));
    return Collections.unmodifiableMap(scores);
  }

  /**
   * Every segment's net score with its interval, tested against the rest of the base (two
   * independent samples: {@link ComparisonMethod#WALD_Z} when {@code spec} is Wald, else {@link
   * ComparisonMethod#ADJUSTED_WALD_Z}, at the spec's level), p-values adjusted together.
   */
  public SegmentScores<K> compareNetScores(
      NetScoreDefinition definition, IntervalSpec spec, PValueAdjustment adjustment) {
    checkNotNull(definition, "definition");
    checkNotNull(spec, "spec");
    ComparisonMethod method =
        spec.method() == IntervalMethod.WALD
            ? ComparisonMethod.WALD_Z
            : ComparisonMethod.ADJUSTED_WALD_Z;
    return SegmentScores.of(
        this,
        d -> NetScores.of(d.netScoreCounts(definition), spec),
        (a, b) ->
            Comparisons.netScores(
                a.netScoreCounts(definition),
                b.netScoreCounts(definition),
                method,
                spec.confidenceLevel()),
        adjustment);
  }

  /**
   * Every segment's top-{@code boxes}-box share with its interval, tested against the rest (N−1
   * two-proportion test at the spec's level), p-values adjusted together.
   */
  public SegmentScores<K> compareTopBox(int boxes, IntervalSpec spec, PValueAdjustment adjustment) {
    checkNotNull(spec, "spec");
    return SegmentScores.of(
        this,
        d -> Proportions.topBox(d, boxes, spec),
        (a, b) -> Comparisons.topBox(a, b, boxes, spec.confidenceLevel()),
        adjustment);
  }

  /**
   * Every segment's mean answer with its interval, tested against the rest (Welch's t at the spec's
   * level; a segment or rest of fewer than 2 answers is left untested), p-values adjusted together.
   */
  public SegmentScores<K> compareMeans(IntervalSpec spec, PValueAdjustment adjustment) {
    checkNotNull(spec, "spec");
    return SegmentScores.of(
        this,
        d -> Means.of(d, spec),
        (a, b) -> Comparisons.means(a, b, spec.confidenceLevel()),
        adjustment);
  }

  /**
   * The wire form, segment keys written as strings by {@code keyName}: version byte, type byte, the
   * scale, the number of segments, then per segment its key and its distribution's counts.
   *
   * @throws IllegalArgumentException if two keys have the same name
   */
  public byte[] toBytes(Function<? super K, String> keyName) {
    checkNotNull(keyName, "keyName");
    WireWriter out = new WireWriter(WireReader.SCORE_BREAKDOWN);
    SurveyWire.writeScale(out, scale);
    out.writeCount(segments.size());
    Set<String> names = new HashSet<>();
    for (Map.Entry<K, ScoreDistribution> e : segments.entrySet()) {
      String name = checkNotNull(keyName.apply(e.getKey()), "name of segment %s", e.getKey());
      checkArgument(names.add(name), "segment names must be unique, was '%s' twice", name);
      out.writeString(name);
      e.getValue().writeCounts(out);
    }
    return out.toBytes();
  }

  /**
   * Reads {@link #toBytes}'s form, segment keys made from their names by {@code keyOf}.
   *
   * @throws IllegalArgumentException naming the offset and the rule if the bytes are truncated,
   *     corrupt (a segment twice), of another type or of an unknown wire version
   */
  public static <K> ScoreBreakdown<K> fromBytes(byte[] bytes, Function<String, ? extends K> keyOf) {
    checkNotNull(keyOf, "keyOf");
    return WireReader.decode(
        bytes,
        WireReader.SCORE_BREAKDOWN,
        in -> {
          Scale scale = SurveyWire.readScale(in, 0);
          // every segment takes at least a name length, a flag and one count per point
          int n = in.readLength("segment count", 2 + scale.points());
          Map<K, ScoreDistribution> segments = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            String name = in.readString("segment " + i + " name");
            K key = checkNotNull(keyOf.apply(name), "key of segment '%s'", name);
            if (segments.put(key, ScoreDistribution.readCounts(in, scale)) != null) {
              throw in.invalid("segment '" + name + "'", "appears twice");
            }
          }
          return new ScoreBreakdown<>(scale, segments);
        });
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreBreakdown<?> b && scale.equals(b.scale) && segments.equals(b.segments);
  }

  @Override
  public int hashCode() {
    return scale.hashCode() * 31 + segments.hashCode();
  }

  @Override
  public String toString() {
    return "ScoreBreakdown{" + scale.name() + ", " + segments + "}";
  }
}
