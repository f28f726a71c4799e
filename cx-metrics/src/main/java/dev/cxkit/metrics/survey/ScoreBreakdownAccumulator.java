package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.survey.Scale;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming, mutable accumulator of answers keyed by segment (region, plan, channel, period …):
 * answers arrive one at a time, as a live system sees them, and {@link #snapshot()} gives the
 * immutable, mergeable {@link ScoreBreakdown} with its per-segment scores, intervals and
 * multiple-comparison-controlled tests ({@link ScoreBreakdown#compareNetScores}).
 *
 * <p>Memory is one {@link ScoreAccumulator} per segment seen (a few hundred bytes for an 11-point
 * scale), whatever the number of answers. Not thread-safe: give each thread (or partition) its own
 * accumulator and merge, either into one accumulator with {@link #addAll} or as values with {@link
 * ScoreBreakdown#plus}; the result is the same as one accumulator fed every answer.
 *
 * <pre>{@code
 * ScoreBreakdownAccumulator<String> live = new ScoreBreakdownAccumulator<>(Scale.nps());
 * live.add("north", 10).add("south", 3).addWeighted("north", 9, 1.4);
 * SegmentScores<String> nps = live.snapshot()
 *     .compareNetScores(NetScoreDefinition.nps(), IntervalSpec.adjustedWald(0.95),
 *         PValueAdjustment.HOLM);
 * }</pre>
 *
 * @param <K> the segment key type (non-null, with equals and hashCode)
 */
public final class ScoreBreakdownAccumulator<K> {

  private final Scale scale;
  private final Map<K, ScoreAccumulator> segments = new LinkedHashMap<>();

  /** An empty accumulator for answers on {@code scale}. */
  public ScoreBreakdownAccumulator(Scale scale) {
    this.scale = checkNotNull(scale, "scale");
  }

  /** The answer scale. */
  public Scale scale() {
    return scale;
  }

  /**
   * Adds one unweighted answer of {@code segment}.
   *
   * @throws IllegalArgumentException if {@code score} is not a point of the scale (nothing is
   *     added)
   */
  public ScoreBreakdownAccumulator<K> add(K segment, int score) {
    scale.checkValue(score);
    segment(segment).add(score);
    return this;
  }

  /**
   * Adds one answer of {@code segment} with a finite, positive survey weight.
   *
   * @throws IllegalArgumentException on a score outside the scale or a bad weight (nothing is
   *     added)
   */
  public ScoreBreakdownAccumulator<K> addWeighted(K segment, int score, double weight) {
    scale.checkValue(score);
    ScoreAccumulator probe = segments.get(checkNotNull(segment, "segment"));
    if (probe == null) {
      // validate before a new segment appears, so a refused answer leaves no trace
      new ScoreAccumulator(scale).addWeighted(score, weight);
    }
    segment(segment).addWeighted(score, weight);
    return this;
  }

  /**
   * Adds every segment of {@code breakdown} (same scale): the mutating merge, for example of
   * another thread's snapshot.
   *
   * @throws IllegalArgumentException if the scales differ
   */
  public ScoreBreakdownAccumulator<K> addAll(ScoreBreakdown<K> breakdown) {
    ScoreDistribution.checkSameScale(scale, breakdown.scale(), "breakdown");
    for (K k : breakdown.segments()) {
      segment(k).addAll(breakdown.segment(k));
    }
    return this;
  }

  /** Number of answers added so far, over all segments. */
  public long n() {
    long n = 0;
    for (ScoreAccumulator a : segments.values()) {
      n += a.n();
    }
    return n;
  }

  /** Number of segments seen so far. */
  public int segmentCount() {
    return segments.size();
  }

  /** The answers so far as an immutable breakdown, segments in first-seen order. */
  public ScoreBreakdown<K> snapshot() {
    Map<K, ScoreDistribution> out = new LinkedHashMap<>();
    segments.forEach((k, a) -> out.put(k, a.snapshot()));
    return ScoreBreakdown.of(scale, out);
  }

  private ScoreAccumulator segment(K segment) {
    return segments.computeIfAbsent(
        checkNotNull(segment, "segment"), k -> new ScoreAccumulator(scale));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ScoreBreakdownAccumulator{%s, %d segments, n=%d}",
        scale.name(),
        segments.size(),
        n());
  }
}
