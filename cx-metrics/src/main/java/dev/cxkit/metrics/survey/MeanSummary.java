package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/**
 * Summary statistics of one sample of a numeric measure — n, mean and sample standard deviation —
 * enough for Welch's t test when the raw data are not at hand (published tables, other tools).
 *
 * {@snippet class=dev.cxkit.metrics.survey.SnippetsTest region=meanSummary}
 *
 * @param n sample size, at least 2
 * @param mean sample mean
 * @param standardDeviation sample standard deviation (n − 1 denominator), ≥ 0
 */
public record MeanSummary(long n, double mean, double standardDeviation) {

  /** Validates the components. */
  public MeanSummary {
    checkArgument(n >= 2, "n must be >= 2, was %s", n);
    checkArgument(Double.isFinite(mean), "mean must be finite, was %s", mean);
    checkArgument(
        standardDeviation >= 0 && Double.isFinite(standardDeviation),
        "standardDeviation must be finite and >= 0, was %s",
        standardDeviation);
  }

  /** A summary from its components. */
  public static MeanSummary of(long n, double mean, double standardDeviation) {
    return new MeanSummary(n, mean, standardDeviation);
  }

  /**
   * The summary of raw values (two-pass mean and variance).
   *
   * @throws IllegalArgumentException on fewer than two values or a non-finite value
   */
  public static MeanSummary of(double[] values) {
    checkArgument(values.length >= 2, "values must hold >= 2 values, was %s", values.length);
    double sum = 0.0;
    for (int i = 0; i < values.length; i++) {
      checkArgument(
          Double.isFinite(values[i]), "values[%s] must be finite, was %s", i, (Object) values[i]);
      sum += values[i];
    }
    double mean = sum / values.length;
    double squares = 0.0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return new MeanSummary(values.length, mean, Math.sqrt(squares / (values.length - 1)));
  }

  double varianceOfMean() {
    return standardDeviation * standardDeviation / n;
  }
}
