package dev.cxkit.metrics.clv;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One non-parametric bootstrap replicate: draw as many customers as the base holds with probability
 * proportional to the row weights (Walker's alias method, O(1) a draw), merge the resample into
 * weighted distinct (x, t_x, T) rows, refit warm-started at the estimate.
 */
final class Resampler {
  private final CustomerSummaries base;
  private final CountModelFamily<?> family;
  private final double[] estimate;
  private final double[][] startInverseHessian;
  private final double @Nullable [] spendEstimate;
  private final RowGroups groups;
  private final int customers;
  private final double[] aliasProbability;
  private final int[] alias;
  private final boolean uniform;

  Resampler(
      CustomerSummaries base,
      CountModelFamily<?> family,
      double[] estimate,
      double[][] covariance,
      double @Nullable [] spendEstimate) {
    this.base = base;
    this.family = family;
    this.estimate = estimate;
    this.spendEstimate = spendEstimate;
    this.groups = RowGroups.of(base.x, base.tx, base.age);
    double total = base.totalWeight();
    this.customers = (int) Math.min(Integer.MAX_VALUE, Math.round(total));
    int k = estimate.length;
    // inverse Hessian of the mean negative log-likelihood in log parameters: N D⁻¹ Σ D⁻¹
    startInverseHessian = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        startInverseHessian[i][j] = total * covariance[i][j] / (estimate[i] * estimate[j]);
      }
    }
    int n = base.size();
    boolean same = true;
    for (int i = 1; i < n; i++) {
      same &= base.weight[i] == base.weight[0];
    }
    this.uniform = same;
    aliasProbability = new double[n];
    alias = new int[n];
    if (!same) {
      buildAlias(base.weight, total);
    }
  }

  /** Vose's stable variant of Walker's alias table. */
  private void buildAlias(double[] w, double total) {
    int n = w.length;
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int ns = 0;
    int nl = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = w[i] * n / total;
      if (scaled[i] < 1.0) {
        small[ns++] = i;
      } else {
        large[nl++] = i;
      }
    }
    while (ns > 0 && nl > 0) {
      int s = small[--ns];
      int l = large[--nl];
      aliasProbability[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1.0;
      if (scaled[l] < 1.0) {
        small[ns++] = l;
      } else {
        large[nl++] = l;
      }
    }
    while (nl > 0) {
      aliasProbability[large[--nl]] = 1.0;
    }
    while (ns > 0) {
      aliasProbability[small[--ns]] = 1.0;
    }
  }

  private int drawRow(SplittableRandom rng) {
    int n = base.size();
    int i = rng.nextInt(n);
    if (uniform) {
      return i;
    }
    return rng.nextDouble() < aliasProbability[i] ? i : alias[i];
  }

  /**
   * {transaction parameters, spend parameters or null}; a null entry means the refit failed (did
   * not converge, or the resample cannot be fitted, e.g. no repeat buyer for the spend model).
   */
  double[] @Nullable [] refit(SplittableRandom rng) {
    try {
      return draw(rng);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return new double[][] {null, null};
    }
  }

  private double[] @Nullable [] draw(SplittableRandom rng) {
    int n = base.size();
    int[] rowCount = spendEstimate == null ? null : new int[n];
    int[] groupCount = new int[groups.size()];
    for (int k = 0; k < customers; k++) {
      int row = drawRow(rng);
      groupCount[groups.groupOfRow[row]]++;
      if (rowCount != null) {
        rowCount[row]++;
      }
    }
    int m = 0;
    for (int c : groupCount) {
      m += c > 0 ? 1 : 0;
    }
    int[] x = new int[m];
    double[] tx = new double[m];
    double[] age = new double[m];
    double[] w = new double[m];
    for (int g = 0, j = 0; g < groups.size(); g++) {
      if (groupCount[g] > 0) {
        int r = groups.representative[g];
        x[j] = base.x[r];
        tx[j] = base.tx[r];
        age[j] = base.age[r];
        w[j++] = groupCount[g];
      }
    }
    CustomerSummaries resample = CustomerSummaries.ofColumns(x, tx, age, w);
    double[] params =
        MaximumLikelihood.optimum(family.likelihood.apply(resample), estimate, startInverseHessian);
    double[] spend = null;
    if (rowCount != null && spendEstimate != null) {
      CustomerSummaries.Builder b = CustomerSummaries.builder();
      for (int i = 0; i < n; i++) {
        if (rowCount[i] > 0 && base.x[i] > 0) {
          b.addWeighted("r" + i, base.x[i], base.tx[i], base.age[i], base.spend[i], rowCount[i]);
        }
      }
      spend = MaximumLikelihood.optimum(new GammaGammaLikelihood(b.build()), spendEstimate, null);
    }
    return new double[][] {params, spend};
  }
}
