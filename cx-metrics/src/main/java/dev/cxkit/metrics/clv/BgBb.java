package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import org.hipparchus.special.Beta;
import org.hipparchus.util.CombinatoricsUtils;

/**
 * The BG/BB model of discrete-time non-contractual customers (Fader, Hardie &amp; Shang 2010,
 * "Customer-base analysis in a discrete-time noncontractual setting", Marketing Science 29(6)):
 * while alive a customer transacts at each opportunity with probability {@code p ~ Beta(α, β)} and
 * becomes inactive before each later opportunity with probability {@code θ ~ Beta(γ, δ)}.
 *
 * <pre>{@code
 * BtydFit<BgBb> fit = BgBb.fit(donations);   // α=1.204, β=0.750, γ=0.657, δ=2.783, LL=-33225.6
 * BgBb m = fit.model();
 * m.probabilityAlive(3, 4, 6);               // P(alive in period 7 | x=3, t_x=4, n=6)
 * m.conditionalExpectedTransactions(5, 3, 4, 6);   // next five periods
 * m.discountedExpectedResidualTransactions(0.10, 3, 4, 6);
 * }</pre>
 *
 * @param alpha first parameter of the transaction-probability beta
 * @param beta second parameter of the transaction-probability beta
 * @param gamma first parameter of the drop-out-probability beta
 * @param delta second parameter of the drop-out-probability beta
 */
public record BgBb(double alpha, double beta, double gamma, double delta) {
  static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");

  /** Validates that every parameter is finite and positive. */
  public BgBb {
    Checks.parameter("alpha", alpha);
    Checks.parameter("beta", beta);
    Checks.parameter("gamma", gamma);
    Checks.parameter("delta", delta);
  }

  /** A model with the given parameters. */
  public static BgBb of(double alpha, double beta, double gamma, double delta) {
    return new BgBb(alpha, beta, gamma, delta);
  }

  /** Maximum-likelihood fit by BFGS in log-parameter space with the analytic gradient. */
  public static BtydFit<BgBb> fit(DiscreteSummaries summaries) {
    MaximumLikelihood.Result res =
        MaximumLikelihood.maximise(new BgBbLikelihood(summaries), new double[] {1, 1, 1, 1});
    return BtydFit.of(res, NAMES, p -> new BgBb(p[0], p[1], p[2], p[3]));
  }

  /** Parameter names in the order α, β, γ, δ. */
  public List<String> parameterNames() {
    return NAMES;
  }

  /** The parameters α, β, γ, δ (a fresh copy). */
  public double[] parameters() {
    return new double[] {alpha, beta, gamma, delta};
  }

  /** Log-likelihood of weighted summaries under this model (including all constants). */
  public double logLikelihood(DiscreteSummaries summaries) {
    return new BgBbLikelihood(summaries).valueAndGradient(parameters(), new double[4]);
  }

  /** log L(α, β, γ, δ | x, t_x, n) of one customer. */
  private double logLikelihood(int x, int tx, int n) {
    DiscreteSummaries.validate("history", x, tx, n, 1.0);
    double lb0 = Beta.logBeta(alpha, beta) + Beta.logBeta(gamma, delta);
    double m = Beta.logBeta(alpha + x, beta + n - x) + Beta.logBeta(gamma, delta + n) - lb0;
    double[] terms = new double[n - tx + 1];
    terms[0] = m;
    for (int i = 0; i < n - tx; i++) {
      terms[i + 1] =
          Beta.logBeta(alpha + x, beta + tx - x + i)
              + Beta.logBeta(gamma + 1, delta + tx + i)
              - lb0;
      m = Math.max(m, terms[i + 1]);
    }
    double sum = 0.0;
    for (double t : terms) {
      sum += Math.exp(t - m);
    }
    return m + Math.log(sum);
  }

  /**
   * Probability that a customer with this history is alive at opportunity {@code n + 1} (the
   * paper's P(alive in period n+1)): {@code B(α+x, β+n-x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L}.
   */
  public double probabilityAlive(int x, int tx, int n) {
    return probabilityAliveAt(1, x, tx, n);
  }

  /**
   * Probability that a customer with this history is alive at opportunity {@code n + k}, {@code k
   * >= 1}: P(alive) at a future period, with no assumption about transactions after {@code n}.
   */
  public double probabilityAliveAt(int k, int x, int tx, int n) {
    checkArgument(k >= 1, "k (periods ahead) must be >= 1, was %s", k);
    double log =
        Beta.logBeta(alpha + x, beta + n - x)
            - Beta.logBeta(alpha, beta)
            + Beta.logBeta(gamma, delta + n + k)
            - Beta.logBeta(gamma, delta)
            - logLikelihood(x, tx, n);
    return Checks.finite(Math.min(1.0, Math.exp(log)), "BG/BB P(alive)");
  }

  /**
   * Expected transactions in the first {@code n} opportunities of a new customer, {@code E[X(n)] =
   * α/(α+β) Σ_{t=1..n} B(γ, δ+t)/B(γ,δ)}.
   */
  public double expectedTransactions(int n) {
    checkArgument(n >= 0, "n (periods) must be >= 0, was %s", n);
    double sum = 0.0;
    double lbg = Beta.logBeta(gamma, delta);
    for (int t = 1; t <= n; t++) {
      sum += Math.exp(Beta.logBeta(gamma, delta + t) - lbg);
    }
    return Checks.finite(alpha / (alpha + beta) * sum, "BG/BB E[X(n)]");
  }

  /**
   * Expected transactions in the next {@code periods} opportunities of a customer with history
   * {@code (x, t_x, n)}: {@code Σ_{k=1..periods} B(α+x+1, β+n-x)/B(α,β) · B(γ, δ+n+k)/B(γ,δ) / L}
   * (equal to the closed form of Fader, Hardie &amp; Shang 2010, eq. 13).
   */
  public double conditionalExpectedTransactions(int periods, int x, int tx, int n) {
    return conditionalExpectedTransactions(0, periods, x, tx, n);
  }

  /**
   * Expected transactions in opportunities {@code n+from+1 .. n+from+periods}: a window that starts
   * {@code from} periods after the end of observation (an "as of" in the future).
   */
  public double conditionalExpectedTransactions(int from, int periods, int x, int tx, int n) {
    checkArgument(from >= 0, "from (periods ahead) must be >= 0, was %s", from);
    checkArgument(periods >= 0, "periods must be >= 0, was %s", periods);
    double lead =
        Beta.logBeta(alpha + x + 1, beta + n - x)
            - Beta.logBeta(alpha, beta)
            - Beta.logBeta(gamma, delta)
            - logLikelihood(x, tx, n);
    double sum = 0.0;
    for (int k = from + 1; k <= from + periods; k++) {
      sum += Math.exp(lead + Beta.logBeta(gamma, delta + n + k));
    }
    return Checks.finite(sum, "BG/BB E[X(n, n+n*) | x, t_x, n]");
  }

  /**
   * Discounted expected residual transactions (Fader, Hardie &amp; Shang 2010, eq. 14): {@code
   * Σ_{k>=1} P(transaction at n+k | history) / (1+d)^k} = {@code B(α+x+1, β+n-x)/B(α,β) · B(γ,
   * δ+n+1)/(B(γ,δ)(1+d)) · 2F1(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L}.
   *
   * @param discountRate discount rate per period, finite and {@code > 0}
   */
  public double discountedExpectedResidualTransactions(double discountRate, int x, int tx, int n) {
    checkArgument(
        Double.isFinite(discountRate) && discountRate > 0.0,
        "discountRate must be finite and > 0, was %s",
        discountRate);
    double log =
        Beta.logBeta(alpha + x + 1, beta + n - x)
            - Beta.logBeta(alpha, beta)
            + Beta.logBeta(gamma, delta + n + 1)
            - Beta.logBeta(gamma, delta)
            - Math.log1p(discountRate)
            + Hypergeometric.log2F1(
                1.0, delta + n + 1, gamma + delta + n + 1, 1.0 / (1.0 + discountRate))
            - logLikelihood(x, tx, n);
    return Checks.finite(Math.exp(log), "BG/BB DERT");
  }

  /**
   * Probability of exactly {@code x} transactions in the first {@code n} opportunities of a new
   * customer (Fader, Hardie &amp; Shang 2010, eq. 8): {@code C(n,x) B(α+x, β+n-x)/B(α,β) B(γ,
   * δ+n)/B(γ,δ) + Σ_{i=x}^{n-1} C(i,x) B(α+x, β+i-x)/B(α,β) B(γ+1, δ+i)/B(γ,δ)}.
   */
  public double probabilityOfTransactions(int x, int n) {
    checkArgument(n >= 0, "n (periods) must be >= 0, was %s", n);
    checkArgument(x >= 0 && x <= n, "x must be in [0, n=%s], was %s", n, x);
    double lb0 = Beta.logBeta(alpha, beta) + Beta.logBeta(gamma, delta);
    double p =
        Math.exp(
            CombinatoricsUtils.binomialCoefficientLog(n, x)
                + Beta.logBeta(alpha + x, beta + n - x)
                + Beta.logBeta(gamma, delta + n)
                - lb0);
    for (int i = x; i < n; i++) {
      p +=
          Math.exp(
              CombinatoricsUtils.binomialCoefficientLog(i, x)
                  + Beta.logBeta(alpha + x, beta + i - x)
                  + Beta.logBeta(gamma + 1, delta + i)
                  - lb0);
    }
    return Checks.finite(p, "BG/BB P(X(n) = x)");
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "BgBb{alpha=%.6g, beta=%.6g, gamma=%.6g, delta=%.6g}",
        alpha,
        beta,
        gamma,
        delta);
  }
}
