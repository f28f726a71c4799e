package dev.cxkit.metrics.clv;

import java.util.Arrays;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * BG/BB log-likelihood (Fader, Hardie &amp; Shang 2010, eq. 5) with analytic gradient. Per row,
 * with {@code B} the beta function,
 *
 * <pre>
 * L = B(α+x, β+n-x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 *   + Σ_{i=0}^{n-t_x-1} B(α+x, β+t_x-x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ)
 * </pre>
 *
 * summed in log space (log-sum-exp); the gradient of each term's log is a difference of digammas.
 */
final class BgBbLikelihood implements LogLikelihood {
  private final DiscreteSummaries s;
  private final double totalWeight;

  BgBbLikelihood(DiscreteSummaries s) {
    this.s = s;
    this.totalWeight = s.totalWeight();
  }

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public double totalWeight() {
    return totalWeight;
  }

  @Override
  public double valueAndGradient(double[] p, double[] grad) {
    Arrays.fill(grad, 0.0);
    if (!LogLikelihood.positive(p)) {
      return Double.NEGATIVE_INFINITY;
    }
    double alpha = p[0];
    double beta = p[1];
    double gamma = p[2];
    double delta = p[3];
    double lb0 = Beta.logBeta(alpha, beta) + Beta.logBeta(gamma, delta);
    double psiAb = Gamma.digamma(alpha + beta);
    double psiGd = Gamma.digamma(gamma + delta);
    // derivatives of -log B(α,β) - log B(γ,δ)
    double da0 = psiAb - Gamma.digamma(alpha);
    double db0 = psiAb - Gamma.digamma(beta);
    double dg0 = psiGd - Gamma.digamma(gamma);
    double dd0 = psiGd - Gamma.digamma(delta);
    double ll = 0.0;
    double[] g = new double[4];
    int maxTerms = 1;
    for (int i = 0; i < s.size(); i++) {
      maxTerms = Math.max(maxTerms, s.n[i] - s.tx[i] + 1);
    }
    double[] logTerm = new double[maxTerms];
    double[][] termGrad = new double[maxTerms][4];
    for (int i = 0; i < s.size(); i++) {
      int x = s.x[i];
      int tx = s.tx[i];
      int n = s.n[i];
      int terms = 0;
      // alive through all n opportunities
      logTerm[terms] = term(alpha, beta, x, n - x, gamma, delta, 0, n, termGrad[terms]) - lb0;
      terms++;
      for (int k = 0; k < n - tx; k++) {
        logTerm[terms] =
            term(alpha, beta, x, tx - x + k, gamma, delta, 1, tx + k, termGrad[terms]) - lb0;
        terms++;
      }
      double m = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < terms; k++) {
        m = Math.max(m, logTerm[k]);
      }
      double sum = 0.0;
      for (int k = 0; k < terms; k++) {
        logTerm[k] = Math.exp(logTerm[k] - m);
        sum += logTerm[k];
      }
      double w = s.weight[i];
      ll += w * (m + Math.log(sum));
      for (int k = 0; k < terms; k++) {
        double share = w * logTerm[k] / sum;
        for (int j = 0; j < 4; j++) {
          g[j] += share * termGrad[k][j];
        }
      }
    }
    g[0] += totalWeight * da0;
    g[1] += totalWeight * db0;
    g[2] += totalWeight * dg0;
    g[3] += totalWeight * dd0;
    for (int j = 0; j < 4; j++) {
      if (!Double.isFinite(g[j])) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    if (!Double.isFinite(ll)) {
      return Double.NEGATIVE_INFINITY;
    }
    System.arraycopy(g, 0, grad, 0, 4);
    return ll;
  }

  /**
   * {@code log B(α+u, β+v) + log B(γ+c, δ+e)} and its gradient in (α, β, γ, δ) into {@code out}.
   */
  private static double term(
      double alpha,
      double beta,
      int u,
      int v,
      double gamma,
      double delta,
      int c,
      int e,
      double[] out) {
    double psiAb = Gamma.digamma(alpha + beta + u + v);
    double psiGd = Gamma.digamma(gamma + delta + c + e);
    out[0] = Gamma.digamma(alpha + u) - psiAb;
    out[1] = Gamma.digamma(beta + v) - psiAb;
    out[2] = Gamma.digamma(gamma + c) - psiGd;
    out[3] = Gamma.digamma(delta + e) - psiGd;
    return Beta.logBeta(alpha + u, beta + v) + Beta.logBeta(gamma + c, delta + e);
  }
}
