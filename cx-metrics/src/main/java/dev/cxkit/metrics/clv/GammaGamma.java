package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;

/**
 * The Gamma-Gamma model of spend per transaction (Fader &amp; Hardie 2013; Colombo &amp; Jiang
 * 1999): a customer's transaction values are {@code Gamma(p, ν)} with {@code ν ~ Gamma(q, γ)};
 * fitted on the repeat buyers' mean repeat spend {@code m_x}.
 *
 * <pre>{@code
 * GammaGamma gg = GammaGamma.fit(cbs).model();   // CDNOW: p=6.25, q=3.74, γ=15.44
 * gg.conditionalExpectedSpend(2, 22.345);         // 24.65
 * gg.populationMeanSpend();                       // 35.17
 * }</pre>
 *
 * @param p shape of the transaction-value gamma
 * @param q shape of the gamma of {@code ν}
 * @param gamma scale (rate parameter) of the gamma of {@code ν}
 */
public record GammaGamma(double p, double q, double gamma) {
  private static final List<String> NAMES = List.of("p", "q", "gamma");

  /** Validates that every parameter is finite and positive. */
  public GammaGamma {
    Checks.parameter("p", p);
    Checks.parameter("q", q);
    Checks.parameter("gamma", gamma);
  }

  /** A model with the given parameters. */
  public static GammaGamma of(double p, double q, double gamma) {
    return new GammaGamma(p, q, gamma);
  }

  /**
   * Maximum-likelihood fit on the rows with {@code x > 0} (weighted), by BFGS in log-parameter
   * space with the analytic gradient.
   *
   * @throws IllegalArgumentException if the summaries carry no spend, there is no repeat buyer, or
   *     a repeat buyer's {@code m_x} is 0
   */
  public static BtydFit<GammaGamma> fit(CustomerSummaries summaries) {
    GammaGammaLikelihood ll = new GammaGammaLikelihood(summaries);
    MaximumLikelihood.Result res = MaximumLikelihood.maximise(ll, new double[] {1.0, 1.0, 1.0});
    return BtydFit.of(res, NAMES, v -> new GammaGamma(v[0], v[1], v[2]));
  }

  /** Parameter names in the order p, q, γ. */
  public List<String> parameterNames() {
    return NAMES;
  }

  /** Log-likelihood of the repeat buyers' mean spend under this model. */
  public double logLikelihood(CustomerSummaries summaries) {
    return new GammaGammaLikelihood(summaries)
        .valueAndGradient(new double[] {p, q, gamma}, new double[3]);
  }

  /**
   * Mean spend per transaction of a random customer, {@code pγ/(q-1)}.
   *
   * @throws IllegalStateException if {@code q <= 1} (the mean does not exist)
   */
  public double populationMeanSpend() {
    if (!(q > 1.0)) {
      throw new IllegalStateException("populationMeanSpend needs q > 1, was " + q);
    }
    return p * gamma / (q - 1.0);
  }

  /**
   * {@code E[M | x, m_x] = p (γ + x m_x) / (px + q - 1)}: a weighted average of the population mean
   * and the customer's observed mean (the population mean when {@code x = 0}).
   */
  public double conditionalExpectedSpend(int x, double meanRepeatSpend) {
    checkArgument(x >= 0, "x (frequency) must be >= 0, was %s", x);
    checkArgument(
        Double.isFinite(meanRepeatSpend) && meanRepeatSpend >= 0.0,
        "m_x (mean repeat spend) must be finite and >= 0, was %s",
        meanRepeatSpend);
    if (!(p * x + q > 1.0)) {
      throw new IllegalStateException(
          "conditionalExpectedSpend needs px + q > 1, was " + (p * x + q));
    }
    return p * (gamma + x * meanRepeatSpend) / (p * x + q - 1.0);
  }

  /** {@link #conditionalExpectedSpend(int, double)} for every row of {@code summaries}. */
  public double[] conditionalExpectedSpend(CustomerSummaries summaries) {
    checkArgument(summaries.hasSpend(), "summaries must carry mean repeat spend m_x, had none");
    double[] out = new double[summaries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = conditionalExpectedSpend(summaries.x[i], summaries.spend[i]);
    }
    return out;
  }

  /**
   * Discounted customer lifetime value: {@code margin · E[M | x, m_x] ·} {@link
   * TransactionModel#discountedExpectedTransactions discounted expected transactions} of {@code
   * model} under the assumptions of {@code spec}.
   */
  public double customerLifetimeValue(
      TransactionModel model,
      int x,
      double tx,
      double age,
      double meanRepeatSpend,
      ClvSpecification spec) {
    double spend = conditionalExpectedSpend(x, meanRepeatSpend);
    return spec.margin()
        * spend
        * model.discountedExpectedTransactions(
            x, tx, age, spec.periods(), spec.periodLength(), spec.discountRate());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GammaGamma{p=%.6g, q=%.6g, gamma=%.6g}", p, q, gamma);
  }
}
