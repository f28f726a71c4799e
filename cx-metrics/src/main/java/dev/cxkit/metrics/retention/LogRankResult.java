package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a {@link LogRankTest}: observed and expected churn events per segment, their
 * covariance, the chi-square statistic, its degrees of freedom and p-value.
 *
 * <pre>{@code
 * LogRankResult r = LogRankTest.test(segments);
 * r.observed(0) - r.expected(0);   // -10.25 for 6-MP vs placebo
 * r.pValue() < 0.05;               // segments differ
 * }</pre>
 */
public final class LogRankResult {

  private final List<String> segments;
  private final double[] observed;
  private final double[] expected;
  private final double[][] covariance;
  private final double chiSquare;
  private final int degreesOfFreedom;
  private final double pValue;

  LogRankResult(
      List<String> segments,
      double[] observed,
      double[] expected,
      double[][] covariance,
      double chiSquare,
      int degreesOfFreedom,
      double pValue) {
    checkArgument(Double.isFinite(chiSquare), "chiSquare must be finite, was %s", chiSquare);
    checkArgument(pValue >= 0 && pValue <= 1, "pValue must be in [0, 1], was %s", pValue);
    this.segments = List.copyOf(segments);
    this.observed = observed;
    this.expected = expected;
    this.covariance = covariance;
    this.chiSquare = chiSquare;
    this.degreesOfFreedom = degreesOfFreedom;
    this.pValue = pValue;
  }

  /** Segment names in the order of the arrays. */
  public List<String> segments() {
    return segments;
  }

  /** Observed churn events of segment {@code i}. */
  public double observed(int i) {
    return observed[i];
  }

  /** Expected churn events of segment {@code i} under the null hypothesis. */
  public double expected(int i) {
    return expected[i];
  }

  /** The covariance of O − E between segments {@code i} and {@code j}. */
  public double covariance(int i, int j) {
    return covariance[i][j];
  }

  /** The chi-square statistic. */
  public double chiSquare() {
    return chiSquare;
  }

  /**
   * Degrees of freedom: the rank of the covariance of the first k − 1 segments (normally k − 1).
   */
  public int degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /** P(χ²<sub>df</sub> ≥ statistic); 1 when the statistic is degenerate (df = 0). */
  public double pValue() {
    return pValue;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "LogRankResult[segments=%s, chiSquare=%.4f, df=%d, p=%.4g]",
        segments,
        chiSquare,
        degreesOfFreedom,
        pValue);
  }
}
