package dev.cxkit.metrics.gaps;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.model.internal.ExactMath;

/**
 * Cronbach's (1951) coefficient alpha of a set of items: α = k/(k − 1) · (1 − Σ s²_i / s²_total),
 * with sample variances (n − 1 denominators) of the items and of the respondents' item sums.
 *
 * <pre>{@code
 * double alpha = CronbachAlpha.of(new double[][] {{4, 5, 4}, {3, 4, 3}, {5, 5, 5}, {2, 3, 2}});
 * // 0.9796
 * }</pre>
 */
public final class CronbachAlpha {

  private CronbachAlpha() {}

  /**
   * Alpha of {@code responses} (one row per respondent, one column per item).
   *
   * @throws IllegalArgumentException for fewer than 2 items or 2 respondents, ragged rows,
   *     non-finite values, or totals without variance
   */
  public static double of(double[][] responses) {
    int n = responses.length;
    checkArgument(n >= 2, "alpha needs at least 2 respondents, was %s", n);
    int k = responses[0].length;
    checkArgument(k >= 2, "alpha needs at least 2 items, was %s", k);
    double maxAbs = 0;
    for (int i = 0; i < n; i++) {
      checkArgument(
          responses[i].length == k,
          "respondent %s must answer %s items, was %s",
          i,
          k,
          responses[i].length);
      for (int j = 0; j < k; j++) {
        double v = responses[i][j];
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(
              "response of respondent " + i + " to item " + j + " must be finite, was " + v);
        }
        maxAbs = Math.max(maxAbs, Math.abs(v));
      }
    }
    // alpha is scale-free: responses near the double limits are scaled by a power of two first,
    // so squares and sums of k items stay finite (exact: the result is unchanged otherwise)
    double f = ExactMath.powerOfTwoScale(maxAbs, (int) Math.min(Integer.MAX_VALUE, (long) n * k));
    double[] mean = new double[k];
    double totalMean = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double v = responses[i][j] * f;
        mean[j] += v / n;
        totalMean += v / n;
      }
    }
    double itemVariances = 0;
    double totalVariance = 0;
    for (int i = 0; i < n; i++) {
      double total = 0;
      for (int j = 0; j < k; j++) {
        double v = responses[i][j] * f;
        double d = v - mean[j];
        itemVariances += d * d;
        total += v;
      }
      totalVariance += (total - totalMean) * (total - totalMean);
    }
    checkArgument(
        totalVariance > 0, "alpha needs variation in respondents' totals, was %s", totalVariance);
    return (double) k / (k - 1) * (1.0 - itemVariances / totalVariance);
  }
}
