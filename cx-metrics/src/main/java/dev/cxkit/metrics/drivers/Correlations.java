package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.model.internal.ExactMath;
import java.util.List;

/**
 * Validated input of a driver analysis and its (weighted) Pearson correlations. Columns are driver
 * ratings, one array per driver; the outcome is a separate column.
 */
final class Correlations {

  private Correlations() {}

  /** Checks names, shapes, finiteness and weights; returns the number of respondents. */
  static int validate(
      List<String> names, double[][] drivers, double[] outcome, double[] weights, int maxDrivers) {
    checkArgument(!names.isEmpty(), "drivers must not be empty, was %s", names);
    checkArgument(
        names.size() <= maxDrivers,
        "drivers must be at most %s for exact Shapley/LMG, was %s",
        maxDrivers,
        names.size());
    checkArgument(
        names.size() == drivers.length,
        "driverColumns must have one column per driver name (%s), was %s",
        names.size(),
        drivers.length);
    checkArgument(
        names.stream().distinct().count() == names.size(),
        "driver names must be distinct, was %s",
        names);
    int n = outcome.length;
    checkArgument(
        n >= names.size() + 2,
        "respondents must be at least drivers + 2 (%s), was %s",
        names.size() + 2,
        n);
    checkArgument(
        weights.length == n,
        "weights must have one entry per respondent (%s), was %s",
        n,
        weights.length);
    checkFinite("outcome", outcome);
    for (int j = 0; j < drivers.length; j++) {
      checkArgument(
          drivers[j].length == n,
          "driver '%s' must have one rating per respondent (%s), was %s",
          names.get(j),
          n,
          drivers[j].length);
      checkFinite("driver '" + names.get(j) + "'", drivers[j]);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double w = weights[i];
      if (!(Double.isFinite(w) && w >= 0)) {
        throw new IllegalArgumentException(
            "weight at row " + i + " must be finite and >= 0, was " + w);
      }
      sum += w;
    }
    checkArgument(sum > 0, "weights must not all be zero, sum was %s", sum);
    return n;
  }

  private static void checkFinite(String field, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            field + " value at row " + i + " must be finite, was " + values[i]);
      }
    }
  }

  /** Kish's effective sample size (sum w)^2 / sum w^2. */
  static double kishEffectiveN(double[] weights) {
    double f = ExactMath.powerOfTwoScale(maxAbs(weights), weights.length);
    double s = 0;
    double s2 = 0;
    for (double weight : weights) {
      double w = weight * f;
      s += w;
      s2 += w * w;
    }
    return s * s / s2;
  }

  /**
   * The weighted correlation matrix of [outcome, driver 1, ..., driver p] (index 0 is the outcome).
   *
   * @throws ConstantColumnException when a column has zero weighted variance
   */
  static double[][] matrix(double[][] drivers, double[] outcome, double[] rawWeights) {
    int p = drivers.length;
    int n = outcome.length;
    double[][] cols = new double[p + 1][];
    cols[0] = outcome;
    System.arraycopy(drivers, 0, cols, 1, p);
    // correlations are scale-free: every column and the weights are brought to magnitude ~1 by
    // a power of two first, so that weight x value x value stays finite even when neither factor
    // is extreme on its own (ratings of 2^426 with weights of 2^234 overflowed); a power-of-two
    // factor is exact, so the correlations are unchanged
    double[] weights = normalized(rawWeights);
    for (int j = 0; j <= p; j++) {
      cols[j] = normalized(cols[j]);
    }
    double sw = 0;
    for (int i = 0; i < n; i++) {
      sw += weights[i];
    }
    double[][] centred = new double[p + 1][n];
    for (int j = 0; j <= p; j++) {
      double[] c = cols[j];
      double m = 0;
      for (int i = 0; i < n; i++) {
        m += weights[i] * c[i];
      }
      m /= sw;
      double[] out = centred[j];
      for (int i = 0; i < n; i++) {
        out[i] = c[i] - m;
      }
    }
    double[][] cov = new double[p + 1][p + 1];
    for (int a = 0; a <= p; a++) {
      double[] x = centred[a];
      for (int b = 0; b <= a; b++) {
        double[] y = centred[b];
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += weights[i] * x[i] * y[i];
        }
        cov[a][b] = s;
        cov[b][a] = s;
      }
    }
    double[] sd = new double[p + 1];
    for (int j = 0; j <= p; j++) {
      // relative to the column's own magnitude, so the rule is the same in any unit
      double scale = maxAbs(cols[j]);
      if (!(cov[j][j] > 1e-24 * scale * scale * sw)) {
        double[] raw = j == 0 ? outcome : drivers[j - 1];
        throw new ConstantColumnException(
            j - 1, raw.length == 0 ? 0.0 : firstPositive(raw, weights));
      }
      sd[j] = Math.sqrt(cov[j][j]);
    }
    double[][] r = new double[p + 1][p + 1];
    for (int a = 0; a <= p; a++) {
      for (int b = 0; b <= p; b++) {
        r[a][b] = a == b ? 1.0 : cov[a][b] / (sd[a] * sd[b]);
      }
    }
    return r;
  }

  /** {@code values} times the power of two that brings their largest magnitude into [1, 2). */
  private static double[] normalized(double[] values) {
    double max = maxAbs(values);
    if (max == 0.0 || !Double.isFinite(max) || Math.getExponent(max) == 0) {
      return values;
    }
    double f = Math.scalb(1.0, -Math.getExponent(max));
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * f;
    }
    return out;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  private static double firstPositive(double[] column, double[] weights) {
    for (int i = 0; i < column.length; i++) {
      if (weights[i] > 0) {
        return column[i];
      }
    }
    return column[0];
  }

  /** A column without variance; {@code column} is the driver index, or -1 for the outcome. */
  static final class ConstantColumnException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final int column;
    final double value;

    ConstantColumnException(int column, double value) {
      super("column " + column + " is constant " + value);
      this.column = column;
      this.value = value;
    }
  }
}
