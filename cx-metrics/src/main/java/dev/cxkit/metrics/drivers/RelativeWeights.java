package dev.cxkit.metrics.drivers;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Johnson's (2000) relative weights from a correlation matrix, plus the eigen-based helpers shared
 * by the driver analysis (positive-definiteness check, variance inflation factors).
 *
 * <p>Λ = R_xx^{1/2} (symmetric square root, V diag(√λ) V'); β = Λ⁻¹ r_xy are the weights of the
 * outcome on the orthogonal counterparts Z of the drivers; ε_j = Σ_k Λ_jk² β_k².
 */
final class RelativeWeights {

  final double[] weights;
  final double[] vif;
  final double rSquared;

  private RelativeWeights(double[] weights, double[] vif, double rSquared) {
    this.weights = weights;
    this.vif = vif;
    this.rSquared = rSquared;
  }

  /**
   * Relative weights, VIFs and R².
   *
   * @throws IllegalArgumentException when R_xx is not positive definite
   */
  static RelativeWeights of(double[][] rxx, double[] rxy) {
    int p = rxy.length;
    EigenDecompositionSymmetric eigen =
        new EigenDecompositionSymmetric(new Array2DRowRealMatrix(rxx, true));
    double[] lambda = eigen.getEigenvalues();
    double min = Double.POSITIVE_INFINITY;
    for (double v : lambda) {
      min = Math.min(min, v);
    }
    if (!(min > 1e-10)) {
      throw new IllegalArgumentException(
          "driver correlation matrix must be positive definite, smallest eigenvalue was "
              + min
              + " (a driver is a linear combination of others)");
    }
    double[][] v = new double[p][p];
    for (int k = 0; k < p; k++) {
      double[] vec = eigen.getEigenvector(k).toArray();
      for (int j = 0; j < p; j++) {
        v[j][k] = vec[j];
      }
    }
    double[][] sqrt = new double[p][p];
    double[][] invSqrt = new double[p][p];
    double[] vif = new double[p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        double s = 0;
        double si = 0;
        for (int k = 0; k < p; k++) {
          double prod = v[a][k] * v[b][k];
          s += prod * Math.sqrt(lambda[k]);
          si += prod / Math.sqrt(lambda[k]);
        }
        sqrt[a][b] = s;
        invSqrt[a][b] = si;
      }
      double d = 0;
      for (int k = 0; k < p; k++) {
        d += v[a][k] * v[a][k] / lambda[k];
      }
      vif[a] = d;
    }
    double[] beta = new double[p];
    double r2 = 0;
    for (int k = 0; k < p; k++) {
      double s = 0;
      for (int j = 0; j < p; j++) {
        s += invSqrt[k][j] * rxy[j];
      }
      beta[k] = s;
      r2 += s * s;
    }
    double[] eps = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (int k = 0; k < p; k++) {
        s += sqrt[j][k] * sqrt[j][k] * beta[k] * beta[k];
      }
      eps[j] = s;
    }
    return new RelativeWeights(eps, vif, r2);
  }
}
