package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that regression covariates can be estimated beside an intercept (or a baseline rate):
 * every column varies, and no column is a linear combination of the others. Errors name the
 * covariates.
 *
 * <pre>{@code
 * DesignChecks.requireEstimable(List.of("sex", "age"), rowMajorValues, rows);
 * // IllegalArgumentException: covariates are perfectly collinear: 'c' is a linear combination
 * // of 'a', 'b' (R² = 1.0000000000); drop one of them
 * }</pre>
 */
public final class DesignChecks {
  private DesignChecks() {}

  /**
   * Checks the {@code rows × names.size()} row-major {@code values}.
   *
   * @throws IllegalArgumentException naming a covariate without variation, or the covariates of a
   *     (numerically) exact linear dependence
   */
  public static void requireEstimable(List<String> names, double[] values, int rows) {
    int p = names.size();
    checkArgument(
        values.length == (long) rows * p,
        "values must hold rows × covariates = %s × %s entries, was %s",
        rows,
        p,
        values.length);
    double[] mean = new double[p];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < p; k++) {
        mean[k] += values[i * p + k];
      }
    }
    for (int k = 0; k < p; k++) {
      mean[k] /= rows;
    }
    double[] cross = new double[p * p];
    for (int i = 0; i < rows; i++) {
      int off = i * p;
      for (int a = 0; a < p; a++) {
        double za = values[off + a] - mean[a];
        for (int b = 0; b <= a; b++) {
          cross[a * p + b] += za * (values[off + b] - mean[b]);
        }
      }
    }
    for (int k = 0; k < p; k++) {
      double scale = Math.max(1.0, Math.abs(mean[k]));
      checkArgument(
          cross[k * p + k] > 1e-20 * rows * scale * scale,
          "covariate '%s' has no variation: every one of the %s rows has the value %s;"
              + " its coefficient cannot be estimated",
          names.get(k),
          rows,
          mean[k]);
    }
    // correlation matrix, then Cholesky column by column: a tiny pivot means column k is a
    // linear combination of the columns before it
    double[] r = new double[p * p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b <= a; b++) {
        double v = cross[a * p + b] / Math.sqrt(cross[a * p + a] * cross[b * p + b]);
        r[a * p + b] = v;
        r[b * p + a] = v;
      }
    }
    double[] l = new double[p * p];
    for (int k = 0; k < p; k++) {
      double pivot = r[k * p + k];
      for (int j = 0; j < k; j++) {
        pivot -= l[k * p + j] * l[k * p + j];
      }
      if (pivot < 1e-10) {
        double[] coef = regressionOnEarlier(l, r, k, p);
        List<String> with = new ArrayList<>();
        for (int j = 0; j < k; j++) {
          if (Math.abs(coef[j]) > 1e-6) {
            with.add("'" + names.get(j) + "'");
          }
        }
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "covariates are perfectly collinear: '%s' is a linear combination of %s"
                    + " (R² = %.10f); drop one of them",
                names.get(k),
                String.join(", ", with),
                1.0 - Math.max(0.0, pivot)));
      }
      double d = Math.sqrt(pivot);
      l[k * p + k] = d;
      for (int i = k + 1; i < p; i++) {
        double v = r[i * p + k];
        for (int j = 0; j < k; j++) {
          v -= l[i * p + j] * l[k * p + j];
        }
        l[i * p + k] = v / d;
      }
    }
  }

  /**
   * Coefficients of standardised column k on columns 0..k-1, from the Cholesky factor {@code l} of
   * the leading block: solve {@code L L' c = r[0..k-1][k]}.
   */
  private static double[] regressionOnEarlier(double[] l, double[] r, int k, int p) {
    double[] y = new double[k];
    for (int i = 0; i < k; i++) {
      double v = r[i * p + k];
      for (int j = 0; j < i; j++) {
        v -= l[i * p + j] * y[j];
      }
      y[i] = v / l[i * p + i];
    }
    double[] c = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      double v = y[i];
      for (int j = i + 1; j < k; j++) {
        v -= l[j * p + i] * c[j];
      }
      c[i] = v / l[i * p + i];
    }
    return c;
  }
}
