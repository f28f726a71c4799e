package dev.cxkit.metrics.drivers;

/**
 * Exact Shapley decomposition of R² (LMG, Lindeman, Merenda &amp; Gold 1980; general dominance,
 * Azen &amp; Budescu 2003) from a correlation matrix.
 *
 * <p>R² of every one of the 2^p driver subsets comes from the correlations alone: R²(S) = r_S'
 * R_SS⁻¹ r_S. Subsets are enumerated depth-first so that each subset extends its parent by one
 * driver; the Cholesky factor of R_SS is then bordered by one row (a forward substitution, O(k²))
 * and R² grows by the squared new component of L⁻¹ r_S. The whole table costs O(2^p p²) flops and
 * 2^p doubles of memory, which keeps p = 20 within a few seconds.
 */
final class ShapleyR2 {

  private final int p;
  private final double[][] rxx;
  private final double[] rxy;
  private final double[] r2;
  private final double[][] chol;
  private final double[] z;
  private final int[] members;
  private final double[] scratch;

  private ShapleyR2(double[][] rxx, double[] rxy) {
    this.p = rxy.length;
    this.rxx = rxx;
    this.rxy = rxy;
    this.r2 = new double[1 << p];
    this.chol = new double[p][p];
    this.z = new double[p];
    this.members = new int[p];
    this.scratch = new double[p];
  }

  /** R² of every subset, indexed by bit mask (bit j set = driver j in the model). */
  static double[] subsetR2(double[][] rxx, double[] rxy) {
    ShapleyR2 s = new ShapleyR2(rxx, rxy);
    s.extend(0, 0, 0, 0.0);
    return s.r2;
  }

  /** Shapley values of R² for each driver; they sum to the full-model R². */
  static double[] shapley(double[][] rxx, double[] rxy) {
    int p = rxy.length;
    double[] r2 = subsetR2(rxx, rxy);
    // weight of a subset of size s not containing j: s!(p-s-1)!/p! = 1 / (p * C(p-1, s))
    double[] weight = new double[p];
    double binom = 1.0;
    for (int s = 0; s < p; s++) {
      weight[s] = 1.0 / (p * binom);
      binom = binom * (p - 1 - s) / (s + 1);
    }
    double[] phi = new double[p];
    int full = 1 << p;
    for (int mask = 0; mask < full; mask++) {
      int size = Integer.bitCount(mask);
      if (size == p) {
        continue;
      }
      double w = weight[size];
      double base = r2[mask];
      for (int j = 0; j < p; j++) {
        int bit = 1 << j;
        if ((mask & bit) == 0) {
          phi[j] += w * (r2[mask | bit] - base);
        }
      }
    }
    return phi;
  }

  private void extend(int mask, int k, int start, double r2Here) {
    double[] l = scratch;
    for (int j = start; j < p; j++) {
      double dot = 0;
      double lz = 0;
      for (int a = 0; a < k; a++) {
        double s = rxx[members[a]][j];
        double[] row = chol[a];
        for (int b = 0; b < a; b++) {
          s -= row[b] * l[b];
        }
        s /= row[a];
        l[a] = s;
        dot += s * s;
        lz += s * z[a];
      }
      double d2 = 1.0 - dot;
      if (!(d2 > 1e-12)) {
        throw new NotPositiveDefiniteException(d2);
      }
      double d = Math.sqrt(d2);
      double zj = (rxy[j] - lz) / d;
      double[] row = chol[k];
      System.arraycopy(l, 0, row, 0, k);
      row[k] = d;
      z[k] = zj;
      members[k] = j;
      double r2Next = r2Here + zj * zj;
      int next = mask | (1 << j);
      r2[next] = r2Next;
      if (k + 1 < p) {
        extend(next, k + 1, j + 1, r2Next);
      }
    }
  }

  /** The driver correlation matrix has a (numerically) singular principal submatrix. */
  static final class NotPositiveDefiniteException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotPositiveDefiniteException(double pivot) {
      super(
          "driver correlation matrix must be positive definite, a Cholesky pivot was "
              + pivot
              + " (a driver is a linear combination of others)");
    }
  }
}
