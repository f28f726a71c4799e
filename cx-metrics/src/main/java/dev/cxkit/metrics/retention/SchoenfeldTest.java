package dev.cxkit.metrics.retention;

import java.util.ArrayList;
import java.util.List;

/**
 * The score test behind {@link ProportionalHazardsTest} (Grambsch &amp; Therneau 1994, in the form
 * of R survival 3.x {@code cox.zph}): with {@code g} the centred transformed event time and {@code
 * V_t} the (Efron-averaged) risk-set covariance of the covariates at event time t, the score of θ
 * in {@code β + θ g(t)} is {@code U = Σ_t g_t Σ_deaths (z − z̄_t)} and the information of (β, θ) is
 * {@code [[Σ V, Σ g V], [Σ g V, Σ g² V]]}; the statistic is {@code (0, U)' I^-1 (0, U)}, over all β
 * and one θ per covariate test, over all β and all θ for the global test.
 */
final class SchoenfeldTest {
  private SchoenfeldTest() {}

  static ProportionalHazardsTest of(CoxEngine e, List<String> names) {
    int p = e.p;
    int groups = e.groups;
    // left-continuous Kaplan–Meier of the data used: S(t-) at each event time
    double[] gt = new double[groups];
    double s = 1.0;
    double sumG = 0.0;
    int totalDeaths = 0;
    for (int g = 0; g < groups; g++) {
      int d = e.deaths[g];
      if (d == 0) {
        continue;
      }
      gt[g] = 1.0 - s;
      sumG += d * gt[g];
      totalDeaths += d;
      s *= 1.0 - (double) d / (e.n - e.start[g]);
    }
    double meanG = sumG / totalDeaths;
    double[] u = new double[p];
    double[] a = new double[p * p];
    double[] b = new double[p * p];
    double[] c = new double[p * p];
    for (int g = 0; g < groups; g++) {
      if (e.deaths[g] == 0) {
        continue;
      }
      double w = gt[g] - meanG;
      for (int i = e.start[g]; i < e.start[g + 1]; i++) {
        if (e.event[i]) {
          for (int k = 0; k < p; k++) {
            u[k] += w * (e.z[i * p + k] - e.zMean[g * p + k]);
          }
        }
      }
      int off = g * p * p;
      for (int k = 0; k < p * p; k++) {
        double v = e.groupInformation[off + k];
        a[k] += v;
        b[k] += w * v;
        c[k] += w * w * v;
      }
    }
    List<ProportionalHazardsTest.Result> terms = new ArrayList<>();
    // per covariate: every β plus that covariate's θ, as R's cox.zph (terms = TRUE)
    for (int k = 0; k < p; k++) {
      double[] bk = new double[p];
      for (int j = 0; j < p; j++) {
        bk[j] = b[j * p + k];
      }
      double[] x = CoxRegression.solve(a, bk, p);
      double schur = c[k * p + k];
      if (x != null) {
        for (int j = 0; j < p; j++) {
          schur -= bk[j] * x[j];
        }
      }
      double stat = x == null || !(schur > 0.0) ? 0.0 : u[k] * u[k] / schur;
      terms.add(new ProportionalHazardsTest.Result(names.get(k), stat, 1));
    }
    int q = 2 * p;
    double[] full = new double[q * q];
    double[] rhs = new double[q];
    for (int i = 0; i < p; i++) {
      rhs[p + i] = u[i];
      for (int j = 0; j < p; j++) {
        full[i * q + j] = a[i * p + j];
        full[i * q + p + j] = b[i * p + j];
        full[(p + i) * q + j] = b[i * p + j];
        full[(p + i) * q + p + j] = c[i * p + j];
      }
    }
    double[] x = CoxRegression.solve(full, rhs, q);
    double global = 0.0;
    if (x != null) {
      for (int i = 0; i < q; i++) {
        global += x[i] * rhs[i];
      }
    }
    return new ProportionalHazardsTest(
        terms, new ProportionalHazardsTest.Result("GLOBAL", Math.max(0.0, global), p));
  }
}
