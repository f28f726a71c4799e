package dev.cxkit.metrics.gaps;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Company-estimated vs customer-reported scores per touchpoint: for each touchpoint the customers'
 * mean with a Student t interval, the gap (estimate − mean) and whether the estimate falls outside
 * the interval. Results are sorted by absolute gap, largest first.
 *
 * <pre>{@code
 * List<PerceptionGap> gaps = PerceptionGaps.compare(
 *     Map.of("billing", 4.2, "support", 3.9),
 *     Map.of("billing", billingScores, "support", supportScores),
 *     0.95);
 * }</pre>
 */
public final class PerceptionGaps {

  private PerceptionGaps() {}

  /**
   * Compares estimates with customer scores.
   *
   * @param companyEstimates the company's estimate of the mean score, per touchpoint
   * @param customerScores the customers' scores, per touchpoint (same touchpoints, at least 2
   *     scores each)
   * @param confidenceLevel the level of the t intervals, in (0, 1)
   * @throws IllegalArgumentException when the touchpoints differ, a touchpoint has fewer than 2
   *     scores, or a value is not finite
   */
  public static List<PerceptionGap> compare(
      Map<String, Double> companyEstimates,
      Map<String, double[]> customerScores,
      double confidenceLevel) {
    checkNotNull(companyEstimates, "companyEstimates");
    checkNotNull(customerScores, "customerScores");
    checkArgument(
        confidenceLevel > 0 && confidenceLevel < 1,
        "confidenceLevel must be in (0, 1), was %s",
        confidenceLevel);
    checkArgument(
        companyEstimates.keySet().equals(customerScores.keySet()),
        "touchpoints of estimates and scores must match, was %s and %s",
        companyEstimates.keySet(),
        customerScores.keySet());
    List<PerceptionGap> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : companyEstimates.entrySet()) {
      String tp = e.getKey();
      double estimate = e.getValue();
      checkArgument(
          Double.isFinite(estimate), "estimate of '%s' must be finite, was %s", tp, estimate);
      double[] scores = customerScores.get(tp);
      int n = scores.length;
      checkArgument(n >= 2, "scores of '%s' must number at least 2, was %s", tp, n);
      double mean = 0;
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(scores[i])) {
          throw new IllegalArgumentException(
              "score " + i + " of '" + tp + "' must be finite, was " + scores[i]);
        }
        mean += scores[i] / n;
      }
      double ss = 0;
      for (double s : scores) {
        ss += (s - mean) * (s - mean);
      }
      double se = Math.sqrt(ss / (n - 1) / n);
      double t = Distributions.tCritical(confidenceLevel, n - 1);
      Interval ci = Interval.of(mean - t * se, mean + t * se, confidenceLevel, IntervalMethod.T);
      PerceptionGap.Verdict v =
          estimate > ci.upper()
              ? PerceptionGap.Verdict.OVERESTIMATED
              : estimate < ci.lower()
                  ? PerceptionGap.Verdict.UNDERESTIMATED
                  : PerceptionGap.Verdict.CONSISTENT;
      out.add(new PerceptionGap(tp, estimate, mean, ci, n, estimate - mean, v));
    }
    out.sort(
        Comparator.comparingDouble((PerceptionGap g) -> -Math.abs(g.gap()))
            .thenComparing(PerceptionGap::touchpoint));
    return List.copyOf(out);
  }
}
