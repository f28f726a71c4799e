package dev.cxkit.metrics.retention;

/**
 * The shifted-beta-geometric log-likelihood of one or more cohorts (summed) with its analytic
 * gradient and Hessian in (α, β). All terms are sums of logs of rational functions (no special
 * functions needed):
 *
 * <pre>
 *   ln S(t)   = Σ_{i=1..t} [ln(β + i − 1) − ln(α + β + i − 1)]
 *   ln P(T=t) = ln α − ln(α + β + t − 1) + ln S(t − 1)
 *   LL        = Σ_{t=1..T} (n_{t−1} − n_t) ln P(T=t) + n_T ln S(T)
 * </pre>
 */
final class SbgLikelihood {

  private final long[][] cohorts;

  /** Filled by {@link #evaluate}: LL, dα, dβ, dαα, dαβ, dββ. */
  double value;

  double ga;
  double gb;
  double haa;
  double hab;
  double hbb;

  SbgLikelihood(long[][] cohorts) {
    this.cohorts = cohorts;
  }

  void evaluate(double alpha, double beta) {
    value = 0;
    ga = 0;
    gb = 0;
    haa = 0;
    hab = 0;
    hbb = 0;
    for (long[] survivors : cohorts) {
      add(survivors, alpha, beta);
    }
  }

  private void add(long[] survivors, double alpha, double beta) {
    double ll = 0;
    double lga = 0;
    double lgb = 0;
    double laa = 0;
    double lab = 0;
    double lbb = 0;
    // running ln S(t-1) and its derivatives
    double s = 0;
    double sa = 0;
    double sb = 0;
    double saa = 0;
    double sab = 0;
    double sbb = 0;
    int horizon = survivors.length - 1;
    for (int t = 1; t <= horizon; t++) {
      double c = alpha + beta + t - 1;
      double b = beta + t - 1;
      long lost = survivors[t - 1] - survivors[t];
      if (lost > 0) {
        ll += lost * (Math.log(alpha) - Math.log(c) + s);
        lga += lost * (1 / alpha - 1 / c + sa);
        lgb += lost * (-1 / c + sb);
        laa += lost * (-1 / (alpha * alpha) + 1 / (c * c) + saa);
        lab += lost * (1 / (c * c) + sab);
        lbb += lost * (1 / (c * c) + sbb);
      }
      // advance ln S to t
      s += Math.log(b) - Math.log(c);
      sa += -1 / c;
      sb += 1 / b - 1 / c;
      saa += 1 / (c * c);
      sab += 1 / (c * c);
      sbb += -1 / (b * b) + 1 / (c * c);
    }
    long alive = survivors[horizon];
    if (alive > 0) {
      ll += alive * s;
      lga += alive * sa;
      lgb += alive * sb;
      laa += alive * saa;
      lab += alive * sab;
      lbb += alive * sbb;
    }
    value += ll;
    ga += lga;
    gb += lgb;
    haa += laa;
    hab += lab;
    hbb += lbb;
  }
}
