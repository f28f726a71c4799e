package dev.cxkit.metrics.clv;

import java.util.Arrays;
import org.hipparchus.special.Gamma;

/**
 * BG/NBD and Pareto/NBD log-likelihoods with time-invariant covariates (CLVTools formulation, see
 * {@link Covariates}) and their analytic gradients. Parameters: the four model parameters
 * (positive), then the purchase-process coefficients {@code γ_trans}, then the drop-out
 * coefficients {@code γ_life} (free). Each row has its own {@code α_i} and {@code a_i, b_i}
 * (BG/NBD) or {@code β_i} (Pareto/NBD); the gradient with respect to a coefficient follows by the
 * chain rule from the row's gradient in its own parameters.
 */
final class CovariateLikelihood implements LogLikelihood {
  private final boolean pareto;
  private final CustomerSummaries s;
  private final Covariates trans;
  private final Covariates life;
  private final double totalWeight;

  CovariateLikelihood(boolean pareto, CustomerSummaries s, Covariates trans, Covariates life) {
    this.pareto = pareto;
    this.s = s;
    this.trans = trans;
    this.life = life;
    this.totalWeight = s.totalWeight();
  }

  @Override
  public int dimension() {
    return 4 + trans.count() + life.count();
  }

  @Override
  public boolean positive(int i) {
    return i < 4;
  }

  @Override
  public double totalWeight() {
    return totalWeight;
  }

  @Override
  public double valueAndGradient(double[] p, double[] grad) {
    Arrays.fill(grad, 0.0);
    for (int i = 0; i < 4; i++) {
      if (!(p[i] > 0.0 && p[i] < Double.POSITIVE_INFINITY)) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    for (int i = 4; i < p.length; i++) {
      if (!Double.isFinite(p[i])) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    int kt = trans.count();
    int kl = life.count();
    double r = p[0];
    double lgR = Gamma.logGamma(r);
    double psiR = Gamma.digamma(r);
    double ll = 0.0;
    double[] g = new double[p.length];
    double[] row = new double[4];
    ParetoNbdKernel kernel = pareto ? new ParetoNbdKernel() : null;
    for (int i = 0; i < s.size(); i++) {
      double et = 0.0;
      for (int k = 0; k < kt; k++) {
        et += p[4 + k] * trans.values[i * kt + k];
      }
      double el = 0.0;
      for (int k = 0; k < kl; k++) {
        el += p[4 + kt + k] * life.values[i * kl + k];
      }
      double alphaI = p[1] * Math.exp(-et);
      double li;
      double dAlpha;
      double dLifeScale; // d ℓ / d el
      int x = s.x[i];
      double w = s.weight[i];
      if (pareto) {
        double betaI = p[3] * Math.exp(-el);
        double lq = kernel.logQ(x, s.tx[i], s.age[i], r, alphaI, p[2], betaI, Double.NaN, row);
        double[] gq = kernel.gradLogQ;
        li = Gamma.logGamma(r + x) - lgR + r * Math.log(alphaI) + p[2] * Math.log(betaI) + lq;
        g[0] += w * (Gamma.digamma(r + x) - psiR + Math.log(alphaI) + gq[0]);
        dAlpha = r / alphaI + gq[1];
        g[2] += w * (Math.log(betaI) + gq[2]);
        double dBeta = p[2] / betaI + gq[3];
        g[3] += w * dBeta * betaI / p[3];
        dLifeScale = -dBeta * betaI;
      } else {
        double scale = Math.exp(el);
        double a = p[2] * scale;
        double b = p[3] * scale;
        double lT = Math.log(alphaI + s.age[i]);
        li =
            Gamma.logGamma(r + x)
                - lgR
                + r * Math.log(alphaI)
                - (r + x) * lT
                + Gamma.logGamma(b + x)
                - Gamma.logGamma(b)
                + Gamma.logGamma(a + b)
                - Gamma.logGamma(a + b + x);
        double dr = Gamma.digamma(r + x) - psiR + Math.log(alphaI) - lT;
        dAlpha = r / alphaI - (r + x) / (alphaI + s.age[i]);
        double psiAb = Gamma.digamma(a + b);
        double psiAbx = Gamma.digamma(a + b + x);
        double da = psiAb - psiAbx;
        double db = Gamma.digamma(b + x) - Gamma.digamma(b) + psiAb - psiAbx;
        if (x > 0) {
          double lRatio = lT - Math.log(alphaI + s.tx[i]);
          double u = Math.log(a) - Math.log(b + x - 1) + (r + x) * lRatio;
          double sigma = u > 0 ? 1.0 / (1.0 + Math.exp(-u)) : Math.exp(u) / (1.0 + Math.exp(u));
          li += Math.max(u, 0.0) + Math.log1p(Math.exp(-Math.abs(u)));
          dr += sigma * lRatio;
          dAlpha += sigma * (r + x) * (1.0 / (alphaI + s.age[i]) - 1.0 / (alphaI + s.tx[i]));
          da += sigma / a;
          db -= sigma / (b + x - 1);
        }
        g[0] += w * dr;
        g[2] += w * da * scale;
        g[3] += w * db * scale;
        dLifeScale = da * a + db * b;
      }
      ll += w * li;
      g[1] += w * dAlpha * alphaI / p[1];
      for (int k = 0; k < kt; k++) {
        g[4 + k] -= w * dAlpha * alphaI * trans.values[i * kt + k];
      }
      for (int k = 0; k < kl; k++) {
        g[4 + kt + k] += w * dLifeScale * life.values[i * kl + k];
      }
    }
    if (!Double.isFinite(ll)) {
      return Double.NEGATIVE_INFINITY;
    }
    for (double v : g) {
      if (!Double.isFinite(v)) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    System.arraycopy(g, 0, grad, 0, g.length);
    return ll;
  }
}
