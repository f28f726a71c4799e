package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;

/**
 * The MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007; as in R's BTYDplus): like {@link
 * BgNbd}, but a customer may also drop out right after the first purchase, so customers without
 * repeat purchases need not be alive.
 *
 * <pre>{@code
 * BtydFit<MbgNbd> fit = MbgNbd.fit(cbs);     // CDNOW: r=0.525, α=6.183, a=0.891, b=1.614
 * double alive = fit.model().probabilityAlive(0, 0.0, 38.86);
 * }</pre>
 *
 * @param r shape of the purchase-rate gamma
 * @param alpha scale (rate parameter) of the purchase-rate gamma
 * @param a first beta parameter of the drop-out probability
 * @param b second beta parameter of the drop-out probability
 */
public record MbgNbd(double r, double alpha, double a, double b) implements TransactionModel {
  static final List<String> NAMES = List.of("r", "alpha", "a", "b");

  /** Validates that every parameter is finite and positive. */
  public MbgNbd {
    Checks.parameter("r", r);
    Checks.parameter("alpha", alpha);
    Checks.parameter("a", a);
    Checks.parameter("b", b);
  }

  /** A model with the given parameters. */
  public static MbgNbd of(double r, double alpha, double a, double b) {
    return new MbgNbd(r, alpha, a, b);
  }

  /** Maximum-likelihood fit by BFGS in log-parameter space with the analytic gradient. */
  public static BtydFit<MbgNbd> fit(CustomerSummaries summaries) {
    return CountModelFamily.MBG_NBD.fit(summaries);
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
    return new BgNbdLikelihood(summaries, true).valueAndGradient(parameters(), new double[4]);
  }

  /** {@code E[X(t)] = b/(a-1) [1 - (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))]}. */
  @Override
  public double expectedTransactions(double t) {
    Checks.horizon(t);
    return Checks.finite(
        BgNbd.conditional(t, 0, 0.0, 0.0, r, alpha, a, b, true), "MBG/NBD E[X(t)]");
  }

  /**
   * {@code E[Y(t)|x,t_x,T] = (a+b+x)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x;
   * t/(α+T+t))] · P(alive)}.
   */
  @Override
  public double conditionalExpectedTransactions(double t, int x, double tx, double age) {
    Checks.horizon(t);
    Checks.history(x, tx, age);
    return Checks.finite(
        BgNbd.conditional(t, x, tx, age, r, alpha, a, b, true), "MBG/NBD E[Y(t) | x, t_x, T]");
  }

  /** {@code 1 / (1 + a/(b+x) ((α+T)/(α+t_x))^(r+x))}. */
  @Override
  public double probabilityAlive(int x, double tx, double age) {
    Checks.history(x, tx, age);
    return BgNbd.probabilityAlive(x, tx, age, r, alpha, a, b, true);
  }

  /**
   * {@code P(alive at T+τ) = P(alive at T) · ((α+T)/(α+T+τ))^(r+x) · 2F1(r+x, b+x+1; a+b+x+1;
   * τ/(α+T+τ))} (as for {@link BgNbd#probabilityAliveAt}, with the drop-out beta {@code Beta(a,
   * b+x+1)} given alive).
   */
  @Override
  public double probabilityAliveAt(double tau, int x, double tx, double age) {
    Checks.horizon(tau);
    Checks.history(x, tx, age);
    return Checks.finite(
        BgNbd.aliveAt(tau, x, tx, age, r, alpha, a, b, true), "MBG/NBD P(alive at T + tau)");
  }

  /**
   * {@code P(X(t) = n) = B(a, b+n+1)/B(a,b) NB(n) + B(a+1, b+n)/B(a,b) [1 − Σ_{j<n} NB(j)]}: the
   * customer may also drop out right after the first purchase.
   */
  @Override
  public double probabilityOfTransactions(int n, double t) {
    checkArgument(n >= 0, "n must be >= 0, was %s", n);
    Checks.horizon(t);
    return Checks.finite(BgNbd.pmf(n, t, r, alpha, a, b, true), "MBG/NBD P(X(t) = n)");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MbgNbd{r=%.6g, alpha=%.6g, a=%.6g, b=%.6g}", r, alpha, a, b);
  }
}
