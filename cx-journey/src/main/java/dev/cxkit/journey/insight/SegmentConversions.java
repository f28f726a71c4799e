package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.metrics.stats.PValueAdjustment;
import dev.cxkit.metrics.survey.Comparisons;
import dev.cxkit.metrics.survey.IntervalSpec;
import dev.cxkit.metrics.survey.Proportions;
import dev.cxkit.metrics.survey.Score;
import dev.cxkit.metrics.survey.ScoreComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Conversion by segment or persona: for every segment of the journeys (the {@code segment}
 * attribute of the event log, see {@code EventMapping.withSegment} or {@code ./cx journeys
 * --segment-column}), its journeys, conversions and conversion rate with a Wilson interval, and the
 * comparison with all other journeys (N−1 two-proportion test, Agresti–Caffo interval; {@link
 * Comparisons#proportions}), the p-values adjusted together for the number of segments ({@link
 * PValueAdjustment#HOLM} by default: family-wise error rate under any dependence).
 *
 * <p>A journey's segment is the one segment its events carry (events without one do not count);
 * journeys without any are counted apart and left out, and a journey whose events carry two
 * different segments is an error. The comparisons are observational: a segment that converts less
 * may differ in many other ways than its label.
 *
 * <pre>{@code
 * Journeys js = ...;   // read with a segment column
 * SegmentConversions s = SegmentConversions.of(js, 0.95, PValueAdjustment.HOLM);
 * for (SegmentConversions.Segment g : s.segments()) {
 *   System.out.println(g.name() + " " + g.rate().estimate().orElseThrow() + " p=" + g.adjustedPValue());
 * }
 * }</pre>
 */
public final class SegmentConversions {
  /**
   * One segment.
   *
   * @param name the segment's value
   * @param journeys journeys of the segment
   * @param conversions converted journeys of the segment
   * @param rate the conversion rate with its Wilson interval
   * @param versusRest this segment minus all other segments' journeys (A = this segment)
   * @param adjustedPValue {@code versusRest}'s p-value adjusted over all segments
   */
  public record Segment(
      String name,
      long journeys,
      long conversions,
      Score rate,
      ScoreComparison versusRest,
      double adjustedPValue) {
    /** Validates the counts. */
    public Segment {
      requireNonNull(name, "name");
      requireNonNull(rate, "rate");
      requireNonNull(versusRest, "versusRest");
      if (journeys < 1 || conversions < 0 || conversions > journeys) {
        throw new IllegalArgumentException(
            "segment '"
                + name
                + "' must have 0 <= conversions <= journeys and journeys >= 1, was "
                + conversions
                + " of "
                + journeys);
      }
    }
  }

  private final List<Segment> segments;
  private final long withoutSegment;
  private final double confidenceLevel;
  private final PValueAdjustment adjustment;

  private SegmentConversions(
      List<Segment> segments,
      long withoutSegment,
      double confidenceLevel,
      PValueAdjustment adjustment) {
    this.segments = List.copyOf(segments);
    this.withoutSegment = withoutSegment;
    this.confidenceLevel = confidenceLevel;
    this.adjustment = adjustment;
  }

  /** Holm-adjusted comparisons at the 95 % level. */
  public static SegmentConversions of(Journeys journeys) {
    return of(journeys, 0.95, PValueAdjustment.HOLM);
  }

  /**
   * Conversion by segment.
   *
   * @throws IllegalArgumentException if the journeys carry no segment attribute, the events of a
   *     journey carry two different segments, fewer than two segments occur, or the confidence
   *     level is not in (0, 1)
   */
  public static SegmentConversions of(
      Journeys journeys, double confidenceLevel, PValueAdjustment adjustment) {
    requireNonNull(journeys, "journeys");
    requireNonNull(adjustment, "adjustment");
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "confidenceLevel must be in (0, 1), was %s", confidenceLevel));
    }
    int[] segmentOf = JourneySegments.of(journeys);
    List<String> names = journeys.dictionaries().segments().names();
    long[] n = new long[names.size()];
    long[] c = new long[names.size()];
    long without = 0;
    for (int j = 0; j < journeys.count(); j++) {
      int s = segmentOf[j];
      if (s < 0) {
        without++;
        continue;
      }
      n[s]++;
      if (journeys.converted(j)) {
        c[s]++;
      }
    }
    long total = 0;
    long converted = 0;
    int present = 0;
    for (int s = 0; s < n.length; s++) {
      total += n[s];
      converted += c[s];
      present += n[s] > 0 ? 1 : 0;
    }
    if (present < 2) {
      throw new IllegalArgumentException(
          "journeys must come from at least 2 segments to compare them, had "
              + present
              + " (of "
              + journeys.count()
              + " journeys, "
              + without
              + " without a segment)");
    }
    List<Integer> ids = new ArrayList<>();
    List<ScoreComparison> comparisons = new ArrayList<>();
    for (int s = 0; s < n.length; s++) {
      if (n[s] > 0) {
        ids.add(s);
        comparisons.add(
            Comparisons.proportions(c[s], n[s], converted - c[s], total - n[s], confidenceLevel));
      }
    }
    double[] p = new double[comparisons.size()];
    for (int k = 0; k < p.length; k++) {
      p[k] = comparisons.get(k).pValue();
    }
    double[] adjusted = adjustment.adjust(p);
    List<Segment> out = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      int s = ids.get(k);
      out.add(
          new Segment(
              names.get(s),
              n[s],
              c[s],
              Proportions.of(c[s], n[s], IntervalSpec.wilson(confidenceLevel)),
              comparisons.get(k),
              adjusted[k]));
    }
    return new SegmentConversions(out, without, confidenceLevel, adjustment);
  }

  /** The segments that occur, in the order of their first appearance in the log. */
  public List<Segment> segments() {
    return segments;
  }

  /** Journeys none of whose events has a segment (left out of the comparison). */
  public long journeysWithoutSegment() {
    return withoutSegment;
  }

  /** The confidence level of the intervals. */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /** How the p-values were adjusted. */
  public PValueAdjustment adjustment() {
    return adjustment;
  }

  @Override
  public String toString() {
    return "SegmentConversions[" + segments.size() + " segments, " + adjustment + "]";
  }
}
