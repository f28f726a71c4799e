package dev.cxkit.journey.funnel;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.MultipleComparisons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A funnel broken down by segment: each segment's {@link FunnelResult} (Wilson intervals per step)
 * and, for every other segment and every step after the first, its conversion from the first step
 * compared with the reference segment's: the difference with Newcombe's hybrid score interval
 * (Newcombe 1998, method 10), the two-sided p-value of the pooled two-proportion z test, and that
 * p-value Holm-adjusted over the whole family (segments × steps), so "segment X converts worse at
 * step 3" survives looking at every segment and step at once.
 *
 * <pre>{@code
 * FunnelBreakdown b = funnel.breakdown(journeys, j -> dict.channels().name(j.channel(0)), null);
 * for (FunnelBreakdown.SegmentComparison c : b.comparisons()) {
 *   if (c.adjustedPValue() < 0.05) { ... }
 * }
 * }</pre>
 *
 * @param segments the result of every segment, sorted by segment name
 * @param reference the segment the others are compared with
 * @param comparisons one per other segment and step after the first, by segment then step
 */
public record FunnelBreakdown(
    Map<String, FunnelResult> segments, String reference, List<SegmentComparison> comparisons) {

  /** Validates the breakdown. */
  public FunnelBreakdown {
    segments = java.util.Collections.unmodifiableMap(new TreeMap<>(segments));
    checkArgument(
        segments.containsKey(reference),
        "breakdown reference must be one of the segments %s, was '%s'",
        segments.keySet(),
        reference);
    comparisons = List.copyOf(comparisons);
  }

  static FunnelBreakdown of(Map<String, FunnelResult> segments, @Nullable String reference) {
    checkArgument(!segments.isEmpty(), "breakdown needs at least one segment, was none");
    String ref = reference == null ? largest(segments) : reference;
    checkArgument(
        segments.containsKey(ref),
        "breakdown reference '%s' must be one of the segments %s (no journey has it)",
        ref,
        segments.keySet());
    FunnelResult base = segments.get(ref);
    List<String> names = new ArrayList<>();
    List<Integer> stepIndex = new ArrayList<>();
    List<double[]> figures = new ArrayList<>();
    for (Map.Entry<String, FunnelResult> e : segments.entrySet()) {
      if (e.getKey().equals(ref)) {
        continue;
      }
      List<FunnelResult.StepDifference> diffs = e.getValue().compareTo(base);
      for (int s = 1; s < diffs.size(); s++) {
        FunnelResult.StepDifference d = diffs.get(s);
        names.add(e.getKey());
        stepIndex.add(s);
        figures.add(
            new double[] {
              d.difference(), d.lower(), d.upper(), pValue(e.getValue(), base, s),
            });
      }
    }
    List<SegmentComparison> out = new ArrayList<>();
    if (!figures.isEmpty()) {
      double[] p = new double[figures.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = figures.get(i)[3];
      }
      double[] holm = MultipleComparisons.holm(p);
      for (int i = 0; i < p.length; i++) {
        double[] f = figures.get(i);
        int s = stepIndex.get(i);
        out.add(
            new SegmentComparison(
                names.get(i), base.steps().get(s).name(), s, f[0], f[1], f[2], p[i], holm[i]));
      }
    }
    return new FunnelBreakdown(segments, ref, out);
  }

  private static String largest(Map<String, FunnelResult> segments) {
    String best = segments.keySet().iterator().next(); // the loop replaces it: reach is >= 0
    long most = -1;
    for (Map.Entry<String, FunnelResult> e : segments.entrySet()) {
      long n = e.getValue().steps().get(0).reached();
      if (n > most) {
        most = n;
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * The pooled two-proportion z test of conversion from the first step to step {@code s}: z = (p1 −
   * p2) / sqrt(p̂(1 − p̂)(1/n1 + 1/n2)) with p̂ the pooled proportion; 1 when a segment has no
   * entrants or the pooled proportion is 0 or 1 (no variation to test).
   */
  static double pValue(FunnelResult a, FunnelResult b, int s) {
    long n1 = a.steps().get(0).reached();
    long n2 = b.steps().get(0).reached();
    long x1 = a.steps().get(s).reached();
    long x2 = b.steps().get(s).reached();
    if (n1 == 0 || n2 == 0) {
      return 1.0;
    }
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double var = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
    if (var <= 0) {
      return 1.0;
    }
    double z = ((double) x1 / n1 - (double) x2 / n2) / Math.sqrt(var);
    return Distributions.twoSidedNormalP(z);
  }

  /**
   * One segment against the reference at one step.
   *
   * @param segment the segment compared
   * @param step the step's name
   * @param stepIndex the step's index (0-based, at least 1)
   * @param difference the segment's conversion from the first step minus the reference's
   * @param lower Newcombe lower bound of the difference at the funnel's confidence level
   * @param upper Newcombe upper bound
   * @param pValue two-sided p-value of the pooled two-proportion z test
   * @param adjustedPValue {@code pValue} Holm-adjusted over all comparisons of the breakdown
   */
  public record SegmentComparison(
      String segment,
      String step,
      int stepIndex,
      double difference,
      double lower,
      double upper,
      double pValue,
      double adjustedPValue) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s at %s: %+.4f [%.4f, %.4f], p=%.4g, Holm p=%.4g",
          segment,
          step,
          difference,
          lower,
          upper,
          pValue,
          adjustedPValue);
    }
  }
}
