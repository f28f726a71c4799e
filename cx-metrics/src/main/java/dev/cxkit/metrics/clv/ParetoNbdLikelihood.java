package dev.cxkit.metrics.clv;

import java.util.Arrays;
import org.hipparchus.special.Gamma;

/** Pareto/NBD log-likelihood with analytic gradient; see {@link ParetoNbdKernel}. */
final class ParetoNbdLikelihood implements LogLikelihood {
  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final double[] w;
  private final FrequencyGroups groups;
  private final double totalWeight;

  ParetoNbdLikelihood(CustomerSummaries s) {
    this.x = s.x;
    this.tx = s.tx;
    this.age = s.age;
    this.w = s.weight;
    this.groups = new FrequencyGroups(s.x, s.weight, FrequencyGroups.all(s.size()));
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
    double r = p[0];
    double alpha = p[1];
    double s = p[2];
    double beta = p[3];
    double ll = (r * Math.log(alpha) + s * Math.log(beta)) * totalWeight;
    double dr = Math.log(alpha) * totalWeight;
    double dAlpha = r / alpha * totalWeight;
    double ds = Math.log(beta) * totalWeight;
    double dBeta = s / beta * totalWeight;
    double lgR = Gamma.logGamma(r);
    double psiR = Gamma.digamma(r);
    for (int k = 0; k < groups.size(); k++) {
      int xk = groups.x[k];
      ll += groups.weight[k] * (Gamma.logGamma(r + xk) - lgR);
      dr += groups.weight[k] * (Gamma.digamma(r + xk) - psiR);
    }
    // G(0) for x = 0 is shared by every customer without repeat purchases
    double[] g0 = new double[4];
    double logG0 = new ParetoNbdKernel().logG(0.0, 0, r, alpha, s, beta, g0);
    if (Double.isNaN(logG0)) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] acc =
        ChunkedSum.sum(
            x.length, 5, (from, to, out) -> rows(r, alpha, s, beta, logG0, g0, from, to, out));
    ll += acc[0];
    dr += acc[1];
    dAlpha += acc[2];
    ds += acc[3];
    dBeta += acc[4];
    if (!(Double.isFinite(ll)
        && Double.isFinite(dr)
        && Double.isFinite(dAlpha)
        && Double.isFinite(ds)
        && Double.isFinite(dBeta))) {
      return Double.NEGATIVE_INFINITY;
    }
    grad[0] = dr;
    grad[1] = dAlpha;
    grad[2] = ds;
    grad[3] = dBeta;
    return ll;
  }

  private void rows(
      double r,
      double alpha,
      double s,
      double beta,
      double logG0,
      double[] g0,
      int from,
      int to,
      double[] out) {
    ParetoNbdKernel kernel = new ParetoNbdKernel();
    double[] gq = kernel.gradLogQ;
    for (int i = from; i < to; i++) {
      int xi = x[i];
      double lq =
          kernel.logQ(xi, tx[i], age[i], r, alpha, s, beta, xi == 0 ? logG0 : Double.NaN, g0);
      double wi = w[i];
      out[0] += wi * lq;
      out[1] += wi * gq[0];
      out[2] += wi * gq[1];
      out[3] += wi * gq[2];
      out[4] += wi * gq[3];
    }
  }
}
