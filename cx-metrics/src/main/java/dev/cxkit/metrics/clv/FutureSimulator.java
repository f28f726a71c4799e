package dev.cxkit.metrics.clv;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Simulates one customer's future from the posterior given the calibration history (process
 * uncertainty): alive with probability P(alive); then, given alive, the latent rates are drawn from
 * their posteriors and the purchase and drop-out processes run forward over the horizon.
 *
 * <ul>
 *   <li>BG/NBD: {@code λ ~ Gamma(r+x, α+T)}, {@code p ~ Beta(a, b+x)} (MBG/NBD: {@code b+x+1});
 *       exponential gaps between purchases, a drop-out chance p after each.
 *   <li>Pareto/NBD: {@code λ ~ Gamma(r+x, α+T)}, {@code μ ~ Gamma(s, β+T)}; an exponential
 *       remaining lifetime (memoryless), Poisson purchases while alive.
 *   <li>Spend (Gamma-Gamma): {@code ν ~ Gamma(q + p x, γ + x m_x)}, each transaction {@code
 *       Gamma(p, ν)}.
 * </ul>
 */
final class FutureSimulator {
  private final TransactionModel model;
  private final @Nullable GammaGamma spend;
  private final ClvSpecification spec;
  private final SplittableRandom rnd;

  /** Transactions and discounted margin of the last {@link #simulate} call. */
  int transactions;

  double value;

  FutureSimulator(
      TransactionModel model,
      @Nullable GammaGamma spend,
      ClvSpecification spec,
      SplittableRandom rnd) {
    this.model = model;
    this.spend = spend;
    this.spec = spec;
    this.rnd = rnd;
  }

  void simulate(int x, double tx, double age, double meanSpend, double alive) {
    transactions = 0;
    value = 0.0;
    if (rnd.nextDouble() >= alive) {
      return;
    }
    double horizon = spec.horizon();
    double nu = 0.0;
    if (spend != null) {
      nu = Sampling.gamma(rnd, spend.q() + spend.p() * x) / (spend.gamma() + x * meanSpend);
    }
    if (model instanceof ParetoNbd) {
      ParetoNbd m = (ParetoNbd) model;
      double lambda = Sampling.gamma(rnd, m.r() + x) / (m.alpha() + age);
      double mu = Sampling.gamma(rnd, m.s()) / (m.beta() + age);
      double end = Math.min(horizon, rnd.nextExponential() / mu);
      double t = rnd.nextExponential() / lambda;
      while (t <= end) {
        record(t, nu);
        t += rnd.nextExponential() / lambda;
      }
      return;
    }
    double r;
    double alpha;
    double a;
    double b;
    int shift;
    if (model instanceof MbgNbd) {
      MbgNbd m = (MbgNbd) model;
      r = m.r();
      alpha = m.alpha();
      a = m.a();
      b = m.b();
      shift = 1;
    } else {
      BgNbd m = (BgNbd) model;
      r = m.r();
      alpha = m.alpha();
      a = m.a();
      b = m.b();
      shift = 0;
    }
    double lambda = Sampling.gamma(rnd, r + x) / (alpha + age);
    double p = Sampling.beta(rnd, a, b + x + shift);
    double t = rnd.nextExponential() / lambda;
    while (t <= horizon) {
      record(t, nu);
      if (rnd.nextDouble() < p) {
        return;
      }
      t += rnd.nextExponential() / lambda;
    }
  }

  private void record(double t, double nu) {
    transactions++;
    if (spend != null) {
      double amount = Sampling.gamma(rnd, spend.p()) / nu;
      int period = Math.max(1, (int) Math.ceil(t / spec.periodLength()));
      value += spec.margin() * amount / Math.pow(1.0 + spec.discountRate(), period);
    }
  }
}
