package dev.cxkit.metrics.clv;

import java.util.Arrays;
import org.hipparchus.special.Gamma;

/**
 * BG/NBD (Fader, Hardie &amp; Lee 2005, eq. 6) and MBG/NBD (Batislam, Denizel &amp; Filiztekin
 * 2007) log-likelihood with analytic gradient. Per customer, with {@code B} the beta function:
 *
 * <pre>
 * BG:  L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *          · [1 + 1{x>0} a/(b+x-1) ((α+T)/(α+t_x))^(r+x)]
 * MBG: L = B(a, b+x+1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *          · [1 + a/(b+x) ((α+T)/(α+t_x))^(r+x)]
 * </pre>
 *
 * The bracket is evaluated as {@code log1p(exp(u))} in log space. Terms depending on {@code x} only
 * are computed once per distinct frequency; the row loop needs two logarithms and one exponential.
 */
final class BgNbdLikelihood implements LogLikelihood {
  private final boolean modified;
  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final double[] w;
  private final FrequencyGroups groups;
  private final double totalWeight;

  BgNbdLikelihood(CustomerSummaries s, boolean modified) {
    this.modified = modified;
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
    double a = p[2];
    double b = p[3];
    int g = groups.size();
    double[] logK = new double[g];
    double ll = r * Math.log(alpha) * totalWeight;
    double dr = Math.log(alpha) * totalWeight;
    double dAlpha = r / alpha * totalWeight;
    double da = 0.0;
    double db = 0.0;
    double lgR = Gamma.logGamma(r);
    double lgB = Gamma.logGamma(b);
    double lgAb = Gamma.logGamma(a + b);
    double psiR = Gamma.digamma(r);
    double psiB = Gamma.digamma(b);
    double psiAb = Gamma.digamma(a + b);
    int shift = modified ? 1 : 0;
    for (int k = 0; k < g; k++) {
      int xk = groups.x[k];
      double wk = groups.weight[k];
      double bx = b + xk + shift;
      double abx = a + b + xk + shift;
      ll +=
          wk
              * (Gamma.logGamma(r + xk)
                  - lgR
                  + lgAb
                  + Gamma.logGamma(bx)
                  - lgB
                  - Gamma.logGamma(abx));
      dr += wk * (Gamma.digamma(r + xk) - psiR);
      da += wk * (psiAb - Gamma.digamma(abx));
      db += wk * (psiAb + Gamma.digamma(bx) - psiB - Gamma.digamma(abx));
      // weight of the second term: a/(b+x-1) (BG, x>0) or a/(b+x) (MBG)
      logK[k] = (modified || xk > 0) ? Math.log(a) - Math.log(b + xk - 1 + shift) : 0.0;
    }
    double[] acc =
        ChunkedSum.sum(x.length, 3 + g, (from, to, out) -> rows(r, alpha, logK, from, to, out));
    ll += acc[0];
    dr += acc[1];
    dAlpha += acc[2];
    for (int k = 0; k < g; k++) {
      double sigmaSum = acc[3 + k];
      if (sigmaSum == 0.0) {
        continue; // no second term (BG/NBD customers without repeat purchases)
      }
      da += sigmaSum / a;
      db -= sigmaSum / (b + groups.x[k] - 1 + shift);
    }
    if (!Double.isFinite(ll)
        || !Double.isFinite(dr)
        || !Double.isFinite(dAlpha)
        || !Double.isFinite(da)
        || !Double.isFinite(db)) {
      return Double.NEGATIVE_INFINITY;
    }
    grad[0] = dr;
    grad[1] = dAlpha;
    grad[2] = da;
    grad[3] = db;
    return ll;
  }

  /**
   * {@code log(1 + e)} for {@code 0 <= e <= 1}: {@code Math.log} (an intrinsic) where it is exact
   * enough, a short series for tiny {@code e} (Math.log1p is several times slower).
   */
  static double log1pSmall(double e) {
    if (e > 1e-4) {
      return Math.log(1.0 + e);
    }
    return e * (1.0 - e * (0.5 - e * (1.0 / 3.0 - e * 0.25)));
  }

  private void rows(double r, double alpha, double[] logK, int from, int to, double[] out) {
    int[] group = groups.groupOfRow;
    double ll = 0.0;
    double dr = 0.0;
    double dAlpha = 0.0;
    for (int i = from; i < to; i++) {
      double wi = w[i];
      int xi = x[i];
      double rx = r + xi;
      double aT = alpha + age[i];
      double lT = Math.log(aT);
      ll -= wi * rx * lT;
      dr -= wi * lT;
      dAlpha -= wi * rx / aT;
      if (xi > 0 || modified) {
        double aTx = alpha + tx[i];
        double lRatio = lT - Math.log(aTx);
        int k = group[i];
        double u = logK[k] + rx * lRatio;
        double e = Math.exp(-Math.abs(u));
        double sigma = u > 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
        double ws = wi * sigma;
        ll += wi * (Math.max(u, 0.0) + log1pSmall(e));
        dr += ws * lRatio;
        dAlpha += ws * rx * (1.0 / aT - 1.0 / aTx);
        out[3 + k] += ws;
      }
    }
    out[0] += ll;
    out[1] += dr;
    out[2] += dAlpha;
  }
}
