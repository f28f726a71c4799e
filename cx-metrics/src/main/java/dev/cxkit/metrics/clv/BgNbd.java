package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"): while
 * alive a customer buys as a Poisson process with rate {@code λ ~ Gamma(r, α)}; after each repeat
 * purchase the customer drops out with probability {@code p ~ Beta(a, b)}.
 *
 * <pre>{@code
 * BtydFit<BgNbd> fit = BgNbd.fit(cbs);       // CDNOW: r=0.243, α=4.414, a=0.793, b=2.426
 * BgNbd m = fit.model();
 * m.expectedTransactions(78);                 // 1.8576
 * m.conditionalExpectedTransactions(39, 2, 30.43, 38.86);   // 1.226
 * }</pre>
 *
 * @param r shape of the purchase-rate gamma
 * @param alpha scale (rate parameter) of the purchase-rate gamma
 * @param a first beta parameter of the drop-out probability
 * @param b second beta parameter of the drop-out probability
 */
public record BgNbd(double r, double alpha, double a, double b) implements TransactionModel {
  static final List<String> NAMES = List.of("r", "alpha", "a", "b");

  /** Validates that every parameter is finite and positive. */
  public BgNbd {
    Checks.parameter("r", r);
    Checks.parameter("alpha", alpha);
    Checks.parameter("a", a);
    Checks.parameter("b", b);
  }

  /** A model with the given parameters. */
  public static BgNbd of(double r, double alpha, double a, double b) {
    return new BgNbd(r, alpha, a, b);
  }

  /**
   * Maximum-likelihood fit by BFGS in log-parameter space with the analytic gradient.
   *
   * @return the fit; check {@link BtydFit#converged()}
   */
  public static BtydFit<BgNbd> fit(CustomerSummaries summaries) {
    return CountModelFamily.BG_NBD.fit(summaries);
  }

  /**
   * Maximum-likelihood fit with time-invariant covariates of the purchase process ({@code
   * transaction}) and of the drop-out process ({@code lifetime}), in the CLVTools formulation;
   * either set may be {@link Covariates#none(int)}. Starts at the fit without covariates, which is
   * kept for the likelihood-ratio test.
   *
   * @throws IllegalArgumentException if a covariate has no variation, covariates are collinear, or
   *     the row counts differ from the summaries'
   */
  public static CovariateFit<BgNbd> fit(
      CustomerSummaries summaries, Covariates transaction, Covariates lifetime) {
    return CovariateFit.fit(CountModelFamily.BG_NBD, false, summaries, transaction, lifetime);
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  @Override
  public double[] parameters() {
    return new double[] {r, alpha, a, b};
  }

  @Override
  public double logLikelihood(CustomerSummaries summaries) {
    return new BgNbdLikelihood(summaries, false).valueAndGradient(parameters(), new double[4]);
  }

  @Override
  public double expectedTransactions(double t) {
    Checks.horizon(t);
    return Checks.finite(conditional(t, 0, 0.0, 0.0, r, alpha, a, b, false), "BG/NBD E[X(t)]");
  }

  @Override
  public double conditionalExpectedTransactions(double t, int x, double tx, double age) {
    Checks.horizon(t);
    Checks.history(x, tx, age);
    return Checks.finite(
        conditional(t, x, tx, age, r, alpha, a, b, false), "BG/NBD E[Y(t) | x, t_x, T]");
  }

  @Override
  public double probabilityAlive(int x, double tx, double age) {
    Checks.history(x, tx, age);
    return probabilityAlive(x, tx, age, r, alpha, a, b, false);
  }

  /**
   * {@code P(alive at T+τ) = P(alive at T) · ((α+T)/(α+T+τ))^(r+x) · 2F1(r+x, b+x; a+b+x;
   * τ/(α+T+τ))}: given alive at T, {@code λ ~ Gamma(r+x, α+T)} and {@code p ~ Beta(a, b+x)}, and
   * the customer survives the Poisson(λτ) purchases of the next τ with probability {@code E[e^(−λ p
   * τ)]}.
   */
  @Override
  public double probabilityAliveAt(double tau, int x, double tx, double age) {
    Checks.horizon(tau);
    Checks.history(x, tx, age);
    return Checks.finite(
        aliveAt(tau, x, tx, age, r, alpha, a, b, false), "BG/NBD P(alive at T + tau)");
  }

  /** Shared by BG/NBD and MBG/NBD (whose drop-out beta is {@code Beta(a, b+x+1)} given alive). */
  static double aliveAt(
      double tau,
      int x,
      double tx,
      double age,
      double r,
      double alpha,
      double a,
      double b,
      boolean modified) {
    double now = probabilityAlive(x, tx, age, r, alpha, a, b, modified);
    if (tau == 0.0) {
      return now;
    }
    int shift = modified ? 1 : 0;
    double aT = alpha + age;
    double log =
        (r + x) * Math.log(aT / (aT + tau))
            + Hypergeometric.log2F1(r + x, b + x + shift, a + b + x + shift, tau / (aT + tau));
    return now * Math.min(1.0, Math.exp(log));
  }

  /**
   * Probability of exactly {@code n} repeat transactions in the first {@code t} time units after
   * the first purchase (Fader, Hardie &amp; Lee 2005, eq. 8).
   */
  @Override
  public double probabilityOfTransactions(int n, double t) {
    checkArgument(n >= 0, "n must be >= 0, was %s", n);
    Checks.horizon(t);
    return Checks.finite(pmf(n, t, r, alpha, a, b, false), "BG/NBD P(X(t) = n)");
  }

  /**
   * P(X(t) = n) for BG/NBD (the drop-out chance comes after each repeat purchase) or MBG/NBD (also
   * right after the first): {@code E[(1-p)^(n+s)] NB(n) + E[p (1-p)^(n-1+s)] P(N >= n)} with {@code
   * s = 1} for MBG/NBD and N the negative binomial count.
   */
  static double pmf(int n, double t, double r, double alpha, double a, double b, boolean modified) {
    int shift = modified ? 1 : 0;
    double logBeta0 = logBeta(a, b);
    double logP = Math.log(alpha / (alpha + t));
    double logQ = Math.log(t / (alpha + t));
    double first =
        Math.exp(
            logBeta(a, b + n + shift)
                - logBeta0
                + Gamma.logGamma(r + n)
                - Gamma.logGamma(r)
                - Gamma.logGamma(n + 1.0)
                + r * logP
                + (n == 0 ? 0.0 : n * logQ));
    if (n == 0 && !modified) {
      return first;
    }
    double partial = 0.0;
    for (int j = 0; j < n; j++) {
      partial +=
          Math.exp(
              Gamma.logGamma(r + j)
                  - Gamma.logGamma(r)
                  - Gamma.logGamma(j + 1.0)
                  + r * logP
                  + (j == 0 ? 0.0 : j * logQ));
    }
    double second =
        Math.exp(logBeta(a + 1, b + n - 1 + shift) - logBeta0) * Math.max(0.0, 1.0 - partial);
    return first + second;
  }

  private static double logBeta(double p, double q) {
    return Beta.logBeta(p, q);
  }

  /**
   * P(alive) for BG/NBD ({@code modified = false}) or MBG/NBD ({@code modified = true}).
   *
   * <p>BG: {@code 1 / (1 + 1{x>0} a/(b+x-1) ((α+T)/(α+t_x))^(r+x))}; MBG: {@code 1 / (1 + a/(b+x)
   * ((α+T)/(α+t_x))^(r+x))}.
   */
  static double probabilityAlive(
      int x, double tx, double age, double r, double alpha, double a, double b, boolean modified) {
    if (x == 0 && !modified) {
      return 1.0;
    }
    double u =
        Math.log(a)
            - Math.log(b + x - (modified ? 0 : 1))
            + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    // 1 / (1 + e^u), stable for large |u|
    return u > 0.0 ? Math.exp(-u) / (1.0 + Math.exp(-u)) : 1.0 / (1.0 + Math.exp(u));
  }

  /**
   * E[Y(t) | x, t_x, T] for BG/NBD (Fader, Hardie &amp; Lee 2005, eq. 10) or MBG/NBD (Batislam et
   * al. 2007); with {@code x = 0, T = 0} it is the unconditional E[X(t)].
   */
  static double conditional(
      double t,
      int x,
      double tx,
      double age,
      double r,
      double alpha,
      double a,
      double b,
      boolean modified) {
    double w = whileAlive(t, x, age, r, alpha, a, b, modified);
    double alive =
        (x == 0 && age == 0.0 && !modified)
            ? 1.0
            : probabilityAlive(x, tx, age, r, alpha, a, b, modified);
    return w * alive;
  }

  /**
   * E[Y(t) | x, T, alive at T]: {@code (a+b+x-1+s)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+s;
   * a+b+x-1+s; t/(α+T+t))]} with {@code s = 1} for MBG/NBD; NaN only if a series does not converge.
   * It does not depend on the recency, so a customer base shares it per distinct (x, T).
   *
   * <p>The expectation is {@code E_p[(1 - ((α+T)/(α+T+pt))^(r+x)) / p]} over {@code p ~ Beta(a,
   * b+x+s)}, finite for every {@code a, b > 0}; the closed form above is its analytic continuation
   * from {@code a > 1}. Where {@code c = a+b+x-1+s < 1} (no repeat purchase and {@code a + b < 2},
   * fitted on CDNOW subsets as {@code a + b < 1}), 2F1 is near or past its pole at {@code c = 0}
   * (at {@code c <= 0} the plain series is undefined), so the bracket times {@code c} is taken term
   * by term: {@code c 2F1(R, B; c; z) = c + R B z 3F2(R+1, B+1, 1; c+1, 2; z)}, whose lower
   * parameters stay positive for {@code c > -1}.
   */
  static double whileAlive(
      double t, int x, double age, double r, double alpha, double a, double b, boolean modified) {
    if (t == 0.0) {
      return 0.0;
    }
    if (Math.abs(a - 1.0) < 1e-7) {
      // removable singularity at a = 1: average the two sides
      return 0.5
          * (whileAlive(t, x, age, r, alpha, 1.0 - 1e-6, b, modified)
              + whileAlive(t, x, age, r, alpha, 1.0 + 1e-6, b, modified));
    }
    int shift = modified ? 1 : 0;
    double c = a + b + x - 1 + shift;
    double shape = r + x;
    double beta = b + x + shift;
    double z = t / (alpha + age + t);
    double logDecay = shape * Math.log((alpha + age) / (alpha + age + t));
    if (c < 1.0) {
      double scaled =
          c * -Math.expm1(logDecay)
              - Math.exp(
                  logDecay
                      + Math.log(shape * beta * z)
                      + Hypergeometric.log3F2WithUnitAndTwo(shape + 1, beta + 1, c + 1, z));
      return scaled / (a - 1.0);
    }
    double logPart = logDecay + Hypergeometric.log2F1(shape, beta, c, z);
    double bracket = -Math.expm1(logPart);
    return c / (a - 1.0) * bracket;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BgNbd{r=%.6g, alpha=%.6g, a=%.6g, b=%.6g}", r, alpha, a, b);
  }
}
