package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.PValueAdjustment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every segment of a {@link ScoreBreakdown} scored with its interval and tested against the rest of
 * the base (the segment's respondents against all others pooled, so the two samples are
 * independent), the p-values adjusted together with a {@link PValueAdjustment} so that many
 * segments do not make noise look like findings. The total is pooled from counts.
 *
 * <pre>{@code
 * SegmentScores<String> nps = breakdown.compareNetScores(
 *     NetScoreDefinition.nps(), IntervalSpec.adjustedWald(0.95), PValueAdjustment.HOLM);
 * nps.total();                    // NPS of everyone
 * nps.significant(0.05);          // segments that differ from the rest, family-wise 5 %
 * }</pre>
 *
 * @param <K> the segment key type
 */
public final class SegmentScores<K> {

  private final Score total;
  private final Map<K, SegmentScore<K>> segments;
  private final PValueAdjustment adjustment;

  private SegmentScores(
      Score total, Map<K, SegmentScore<K>> segments, PValueAdjustment adjustment) {
    this.total = total;
    this.segments = Collections.unmodifiableMap(segments);
    this.adjustment = adjustment;
  }

  /**
   * Scores every segment with {@code score}, tests each against the pooled rest with {@code test}
   * (whose refusal, an {@link IllegalArgumentException}, becomes the untested reason) and adjusts
   * the p-values.
   */
  static <K> SegmentScores<K> of(
      ScoreBreakdown<K> breakdown,
      Function<ScoreDistribution, Score> score,
      BiFunction<ScoreDistribution, ScoreDistribution, ScoreComparison> test,
      PValueAdjustment adjustment) {
    checkNotNull(adjustment, "adjustment");
    ScoreDistribution all = breakdown.total();
    List<K> keys = new ArrayList<>(breakdown.segments());
    List<Optional<ScoreComparison>> tests = new ArrayList<>();
    List<Optional<String>> reasons = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    for (K k : keys) {
      ScoreDistribution segment = breakdown.segment(k);
      ScoreDistribution rest = breakdown.pooled(others(keys, k));
      Optional<ScoreComparison> comparison = Optional.empty();
      Optional<String> reason = Optional.empty();
      if (segment.isEmpty()) {
        reason = Optional.of("the segment has no answers");
      } else if (rest.isEmpty()) {
        reason = Optional.of("no other segment has answers");
      } else {
        try {
          comparison = Optional.of(test.apply(segment, rest));
          pValues.add(comparison.get().pValue());
        } catch (IllegalArgumentException e) {
          reason = Optional.of(e.getMessage());
        }
      }
      tests.add(comparison);
      reasons.add(reason);
    }
    double[] adjusted =
        pValues.isEmpty()
            ? new double[0]
            : adjustment.adjust(pValues.stream().mapToDouble(Double::doubleValue).toArray());
    Map<K, SegmentScore<K>> rows = new LinkedHashMap<>();
    int next = 0;
    for (int i = 0; i < keys.size(); i++) {
      K k = keys.get(i);
      OptionalDouble p =
          tests.get(i).isPresent() ? OptionalDouble.of(adjusted[next++]) : OptionalDouble.empty();
      rows.put(
          k,
          new SegmentScore<>(
              k, score.apply(breakdown.segment(k)), tests.get(i), p, reasons.get(i)));
    }
    return new SegmentScores<>(score.apply(all), rows, adjustment);
  }

  private static <K> List<K> others(List<K> keys, K k) {
    List<K> others = new ArrayList<>(keys.size());
    for (K other : keys) {
      if (!other.equals(k)) {
        others.add(other);
      }
    }
    return others;
  }

  /** The score of every respondent, pooled from counts. */
  public Score total() {
    return total;
  }

  /** Every segment, in the breakdown's order. */
  public List<SegmentScore<K>> segments() {
    return List.copyOf(segments.values());
  }

  /**
   * One segment.
   *
   * @throws IllegalArgumentException if the breakdown has no such segment
   */
  public SegmentScore<K> segment(K key) {
    SegmentScore<K> s = segments.get(key);
    checkArgument(s != null, "segment must be one of %s, was %s", segments.keySet(), key);
    return s;
  }

  /** How the p-values were adjusted. */
  public PValueAdjustment adjustment() {
    return adjustment;
  }

  /** The segments that differ from the rest at level {@code alpha}, on adjusted p-values. */
  public List<SegmentScore<K>> significant(double alpha) {
    List<SegmentScore<K>> out = new ArrayList<>();
    for (SegmentScore<K> s : segments.values()) {
      if (s.isSignificant(alpha)) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder("SegmentScores (p-values adjusted: ")
            .append(adjustment)
            .append(")\n  total: ")
            .append(total);
    for (SegmentScore<K> s : segments.values()) {
      b.append("\n  ").append(s);
    }
    return b.toString();
  }
}
