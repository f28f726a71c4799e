package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Arrays;
import org.hipparchus.special.Gamma;

/**
 * Gamma-Gamma spend log-likelihood (Fader &amp; Hardie 2013, "The Gamma-Gamma model of monetary
 * value", eq. 3) over the repeat buyers: for a customer with {@code x > 0} repeat transactions of
 * mean value {@code m_x},
 *
 * <pre>
 * log f = lnΓ(px+q) - lnΓ(px) - lnΓ(q) + q ln γ + (px-1) ln m_x + px ln x - (px+q) ln(γ + x m_x)
 * </pre>
 */
final class GammaGammaLikelihood implements LogLikelihood {
  private final int[] x;
  private final double[] logM;
  private final double[] xm;
  private final double[] xLogXm;
  private final double[] w;
  private final FrequencyGroups groups;
  private final double totalWeight;

  GammaGammaLikelihood(CustomerSummaries s) {
    checkArgument(s.hasSpend(), "summaries must carry mean repeat spend m_x, had none");
    int n = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.x[i] > 0) {
        checkArgument(
            s.spend[i] > 0.0,
            "customer %s: m_x (mean repeat spend) must be > 0 for the Gamma-Gamma model, was %s",
            s.customerId(i),
            s.spend[i]);
        n++;
      }
    }
    checkArgument(n > 0, "summaries must contain repeat buyers (x > 0), had %s", n);
    x = new int[n];
    logM = new double[n];
    xm = new double[n];
    xLogXm = new double[n];
    w = new double[n];
    int[] rowX = new int[n];
    double tw = 0.0;
    int j = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.x[i] > 0) {
        x[j] = s.x[i];
        rowX[j] = s.x[i];
        logM[j] = Math.log(s.spend[i]);
        xm[j] = s.x[i] * s.spend[i];
        // x ln m + x ln x: the coefficient of p
        xLogXm[j] = s.x[i] * (logM[j] + Math.log(s.x[i]));
        w[j] = s.weight[i];
        tw += w[j];
        j++;
      }
    }
    groups = new FrequencyGroups(rowX, w, FrequencyGroups.all(n));
    totalWeight = tw;
  }

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public double totalWeight() {
    return totalWeight;
  }

  @Override
  public double valueAndGradient(double[] par, double[] grad) {
    Arrays.fill(grad, 0.0);
    if (!LogLikelihood.positive(par)) {
      return Double.NEGATIVE_INFINITY;
    }
    double p = par[0];
    double q = par[1];
    double gamma = par[2];
    double lgQ = Gamma.logGamma(q);
    double psiQ = Gamma.digamma(q);
    double logGamma = Math.log(gamma);
    double ll = 0.0;
    double dp = 0.0;
    double dq = 0.0;
    double dg = 0.0;
    for (int k = 0; k < groups.size(); k++) {
      double px = p * groups.x[k];
      double wk = groups.weight[k];
      ll += wk * (Gamma.logGamma(px + q) - Gamma.logGamma(px) - lgQ + q * logGamma);
      double psiPxQ = Gamma.digamma(px + q);
      dp += wk * groups.x[k] * (psiPxQ - Gamma.digamma(px));
      dq += wk * (psiPxQ - psiQ + logGamma);
      dg += wk * q / gamma;
    }
    for (int i = 0; i < x.length; i++) {
      double wi = w[i];
      double px = p * x[i];
      double denom = gamma + xm[i];
      double lDen = Math.log(denom);
      ll += wi * (p * xLogXm[i] - logM[i] - (px + q) * lDen);
      dp += wi * (xLogXm[i] - x[i] * lDen);
      dq -= wi * lDen;
      dg -= wi * (px + q) / denom;
    }
    if (!(Double.isFinite(ll)
        && Double.isFinite(dp)
        && Double.isFinite(dq)
        && Double.isFinite(dg))) {
      return Double.NEGATIVE_INFINITY;
    }
    grad[0] = dp;
    grad[1] = dq;
    grad[2] = dg;
    return ll;
  }
}
