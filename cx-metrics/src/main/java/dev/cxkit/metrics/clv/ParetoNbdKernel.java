package dev.cxkit.metrics.clv;

/**
 * Per-customer core of the Pareto/NBD likelihood (Schmittlein, Morrison &amp; Colombo 1987; Fader
 * &amp; Hardie 2005, "A note on deriving the Pareto/NBD model and related expressions", eq. 22):
 *
 * <pre>
 * L = Γ(r+x) α^r β^s / Γ(r) · Q,
 * Q = (α+T)^-(r+x) (β+T)^-s + s/(r+s+x) · [G(t_x) - G(T)],
 * G(t) = 2F1(r+s+x, b; r+s+x+1; z_t) / (m+t)^(r+s+x)
 * </pre>
 *
 * with {@code m = max(α, β)}, {@code b = s+1, z_t = (α-β)/(α+t)} if {@code α >= β}, else {@code b =
 * r+x, z_t = (β-α)/(β+t)}: the standard transformation keeping {@code 0 <= z_t < 1}. Each 2F1 is
 * then rewritten by Euler's transformation as {@code (1-z)^(1-b) 2F1(1, a+1-b; a+1; z)}, a series
 * of terms in (0, 1] that cannot overflow however large {@code x} is, summed with its derivatives
 * in one pass. {@code G(t_x) - G(T)} is formed as {@code G(t_x)·(-expm1(log G(T) - log G(t_x)))}.
 */
final class ParetoNbdKernel {
  private final double[] series = new double[4];
  private final double[] gTx = new double[4];
  private final double[] gT = new double[4];
  final double[] gradLogQ = new double[4];

  /** log of the survival term {@code (α+T)^-(r+x) (β+T)^-s} of the last call. */
  double logSurvival;

  /** log G(t) and its gradient w.r.t. (r, α, s, β) into {@code grad}; NaN if the series failed. */
  double logG(double t, int x, double r, double alpha, double s, double beta, double[] grad) {
    return logG(t, x, r, alpha, s, beta, Math.log(alpha + t), Math.log(beta + t), grad);
  }

  /** As above with {@code lA = log(α+t)} and {@code lB = log(β+t)} supplied by the caller. */
  double logG(
      double t,
      int x,
      double r,
      double alpha,
      double s,
      double beta,
      double lA,
      double lB,
      double[] grad) {
    double c = r + s + x + 1.0;
    if (alpha >= beta) {
      double z = (alpha - beta) / (alpha + t);
      if (!Hypergeometric.eulerSeries(r + x, c, z, series)) {
        return Double.NaN;
      }
      double inv = 1.0 / series[0];
      double sd = series[1] * inv;
      double sc = series[2] * inv;
      double sz = series[3] * inv;
      grad[0] = -lA + sd + sc;
      grad[1] = -(r + x) / (alpha + t) + sz * (beta + t) / ((alpha + t) * (alpha + t));
      grad[2] = -lB + sc;
      grad[3] = -s / (beta + t) - sz / (alpha + t);
      return -s * lB - (r + x) * lA + Math.log(series[0]);
    }
    double z = (beta - alpha) / (beta + t);
    if (!Hypergeometric.eulerSeries(s + 1.0, c, z, series)) {
      return Double.NaN;
    }
    double inv = 1.0 / series[0];
    double sd = series[1] * inv;
    double sc = series[2] * inv;
    double sz = series[3] * inv;
    grad[0] = -lA + sc;
    grad[1] = -(r + x - 1.0) / (alpha + t) - sz / (beta + t);
    grad[2] = -lB + sd + sc;
    grad[3] = -(s + 1.0) / (beta + t) + sz * (alpha + t) / ((beta + t) * (beta + t));
    return -(r + x - 1.0) * lA - (s + 1.0) * lB + Math.log(series[0]);
  }

  /**
   * log Q for one customer, gradient into {@link #gradLogQ}; {@code cachedLogGtx} (with {@code
   * cachedGrad}) may supply log G(t_x) when it is shared by many rows (x = 0, t_x = 0).
   */
  double logQ(
      int x,
      double tx,
      double age,
      double r,
      double alpha,
      double s,
      double beta,
      double cachedLogGtx,
      double[] cachedGrad) {
    double lAT = Math.log(alpha + age);
    double lBT = Math.log(beta + age);
    double e1 = -(r + x) * lAT - s * lBT;
    logSurvival = e1;
    double a = r + s + x;
    double logK = Math.log(s / a);
    double lgx;
    double[] gx;
    if (Double.isNaN(cachedLogGtx)) {
      lgx = logG(tx, x, r, alpha, s, beta, gTx);
      gx = gTx;
    } else {
      lgx = cachedLogGtx;
      gx = cachedGrad;
    }
    double lgT = logG(age, x, r, alpha, s, beta, lAT, lBT, gT);
    if (Double.isNaN(lgx) || Double.isNaN(lgT)) {
      return Double.NaN;
    }
    double e2 = logK + lgx;
    double e3 = logK + lgT;
    double m = Math.max(e1, e2);
    double w1 = Math.exp(e1 - m);
    double w2 = Math.exp(e2 - m);
    double w3 = Math.min(Math.exp(e3 - m), w2);
    double gap = e3 - e2;
    // G(t_x) - G(T) without cancellation: expm1 only where it matters (it is not an intrinsic)
    double diff = gap >= 0.0 ? 0.0 : gap > -0.5 ? -w2 * Math.expm1(gap) : w2 - w3;
    double q = w1 + diff;
    double invQ = 1.0 / q;
    double dKr = -1.0 / a;
    double dKs = 1.0 / s - 1.0 / a;
    double l1r = -lAT;
    double l1a = -(r + x) / (alpha + age);
    double l1s = -lBT;
    double l1b = -s / (beta + age);
    gradLogQ[0] = (w1 * l1r + w2 * (dKr + gx[0]) - w3 * (dKr + gT[0])) * invQ;
    gradLogQ[1] = (w1 * l1a + w2 * gx[1] - w3 * gT[1]) * invQ;
    gradLogQ[2] = (w1 * l1s + w2 * (dKs + gx[2]) - w3 * (dKs + gT[2])) * invQ;
    gradLogQ[3] = (w1 * l1b + w2 * gx[3] - w3 * gT[3]) * invQ;
    return m + Math.log(q);
  }
}
