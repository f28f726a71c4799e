package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import org.hipparchus.special.Gamma;

/**
 * The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): while alive a customer buys as a
 * Poisson process with rate {@code λ ~ Gamma(r, α)}; the lifetime is exponential with rate {@code μ
 * ~ Gamma(s, β)}. The likelihood uses the overflow-free hypergeometric evaluation of {@link
 * ParetoNbdKernel}, so long-lived, very frequent customers do not break it.
 *
 * <pre>{@code
 * BtydFit<ParetoNbd> fit = ParetoNbd.fit(cbs);   // CDNOW: r=0.553, α=10.578, s=0.606, β=11.669
 * ParetoNbd m = fit.model();
 * m.probabilityAlive(26, 30.86, 31);              // 0.9979
 * m.expectedTransactions(52);                     // 1.4734
 * }</pre>
 *
 * @param r shape of the purchase-rate gamma
 * @param alpha scale (rate parameter) of the purchase-rate gamma
 * @param s shape of the drop-out-rate gamma
 * @param beta scale (rate parameter) of the drop-out-rate gamma
 */
public record ParetoNbd(double r, double alpha, double s, double beta) implements TransactionModel {
  static final List<String> NAMES = List.of("r", "alpha", "s", "beta");

  /** Validates that every parameter is finite and positive. */
  public ParetoNbd {
    Checks.parameter("r", r);
    Checks.parameter("alpha", alpha);
    Checks.parameter("s", s);
    Checks.parameter("beta", beta);
  }

  /** A model with the given parameters. */
  public static ParetoNbd of(double r, double alpha, double s, double beta) {
    return new ParetoNbd(r, alpha, s, beta);
  }

  /**
   * Maximum-likelihood fit by BFGS in log-parameter space with the analytic gradient (the series
   * derivatives are summed alongside the series). The likelihood is flat in β on data like CDNOW:
   * the log-likelihood and r, α, s are well determined, β much less (see its standard error).
   */
  public static BtydFit<ParetoNbd> fit(CustomerSummaries summaries) {
    return CountModelFamily.PARETO_NBD.fit(summaries);
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
  public static CovariateFit<ParetoNbd> fit(
      CustomerSummaries summaries, Covariates transaction, Covariates lifetime) {
    return CovariateFit.fit(CountModelFamily.PARETO_NBD, true, summaries, transaction, lifetime);
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  @Override
  public double[] parameters() {
    return new double[] {r, alpha, s, beta};
  }

  @Override
  public double logLikelihood(CustomerSummaries summaries) {
    return new ParetoNbdLikelihood(summaries).valueAndGradient(parameters(), new double[4]);
  }

  /**
   * {@code E[X(t)] = r β / (α (s-1)) [1 - (β/(β+t))^(s-1)]} (limit {@code rβ/α ln(1+t/β)} at s=1).
   */
  @Override
  public double expectedTransactions(double t) {
    Checks.horizon(t);
    double l = Math.log1p(t / beta);
    return Checks.finite(r * beta / alpha * l * oneMinusExpOver(s - 1.0, l), "Pareto/NBD E[X(t)]");
  }

  /** {@code E[Y(t)|x,t_x,T] = (r+x)(β+T) / ((α+T)(s-1)) [1 - ((β+T)/(β+T+t))^(s-1)] · P(alive)}. */
  @Override
  public double conditionalExpectedTransactions(double t, int x, double tx, double age) {
    Checks.horizon(t);
    Checks.history(x, tx, age);
    return Checks.finite(
        whileAlive(t, x, age) * alive(x, tx, age), "Pareto/NBD E[Y(t) | x, t_x, T]");
  }

  /** E[Y(t) | x, T, alive at T]; shared per distinct (x, T) by a customer base. */
  double whileAlive(double t, int x, double age) {
    double l = Math.log1p(t / (beta + age));
    return (r + x) * (beta + age) / (alpha + age) * l * oneMinusExpOver(s - 1.0, l);
  }

  /** {@code P(alive) = (α+T)^-(r+x) (β+T)^-s / Q}, see {@link ParetoNbdKernel}. */
  @Override
  public double probabilityAlive(int x, double tx, double age) {
    Checks.history(x, tx, age);
    return Checks.finite(alive(x, tx, age), "Pareto/NBD P(alive)");
  }

  /**
   * {@code P(alive at T+τ) = P(alive at T) · ((β+T)/(β+T+τ))^s}: given alive at T the drop-out rate
   * is {@code Gamma(s, β+T)} and the lifetime is memoryless.
   */
  @Override
  public double probabilityAliveAt(double tau, int x, double tx, double age) {
    Checks.horizon(tau);
    Checks.history(x, tx, age);
    return Checks.finite(
        alive(x, tx, age) * Math.exp(-s * Math.log1p(tau / (beta + age))),
        "Pareto/NBD P(alive at T + tau)");
  }

  /**
   * {@code P(X(t) = n) = NB(n; t) (β/(β+t))^s + ∫_0^t NB(n; τ) f(τ) dτ}: purchases are negative
   * binomial over the time alive, and the lifetime has the Pareto (Lomax) density {@code f(τ) = s/β
   * (β/(β+τ))^(s+1)}; the integral by adaptive Gauss–Legendre quadrature on {@code u = log(1 +
   * τ/β)}.
   */
  @Override
  public double probabilityOfTransactions(int n, double t) {
    checkArgument(n >= 0, "n must be >= 0, was %s", n);
    Checks.horizon(t);
    double lc = Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0);
    java.util.function.DoubleUnaryOperator nb =
        tau ->
            Math.exp(
                lc
                    + r * Math.log(alpha / (alpha + tau))
                    + (n == 0 ? 0.0 : n * Math.log(tau / (alpha + tau))));
    double survive = nb.applyAsDouble(t) * Math.exp(-s * Math.log1p(t / beta));
    if (t == 0.0) {
      return Checks.finite(survive, "Pareto/NBD P(X(t) = n)");
    }
    // τ = β (e^u − 1): f(τ) dτ = s e^(−s u) du
    double upper = Math.log1p(t / beta);
    double integral =
        new org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator(32, 1e-12, 1e-14)
            .integrate(
                10_000,
                u -> nb.applyAsDouble(beta * Math.expm1(u)) * s * Math.exp(-s * u),
                0.0,
                upper);
    return Checks.finite(survive + integral, "Pareto/NBD P(X(t) = n)");
  }

  double alive(int x, double tx, double age) {
    if (age == 0.0) {
      return 1.0;
    }
    ParetoNbdKernel k = new ParetoNbdKernel();
    double logQ = k.logQ(x, tx, age, r, alpha, s, beta, Double.NaN, k.gradLogQ);
    return Math.min(1.0, Math.exp(k.logSurvival - logQ));
  }

  /**
   * {@code (1 - exp(-u l)) / (u l)} times nothing: returns {@code -expm1(-u l) / (u l)}, 1 at 0.
   */
  private static double oneMinusExpOver(double u, double l) {
    double v = u * l;
    if (Math.abs(v) < 1e-10) {
      return 1.0 - v / 2.0;
    }
    return -Math.expm1(-v) / v;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "ParetoNbd{r=%.6g, alpha=%.6g, s=%.6g, beta=%.6g}", r, alpha, s, beta);
  }
}
