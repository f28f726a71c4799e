package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** BG/BB on the donations data of Fader, Hardie &amp; Shang (2010). */
class BgBbTest {
  private static final BgBb FULL_PRECISION = BgBb.of(1.203522, 0.749716, 0.656718, 2.783442);

  @Test
  void reproducesThePublishedFit() {
    DiscreteSummaries s = Donations.summaries();
    assertEquals(11_104, s.totalWeight(), 0.0);
    BtydFit<BgBb> fit = BgBb.fit(s);
    BgBb m = fit.model();
    // Fader, Hardie & Shang (2010), Marketing Science 29(6), table 2: α 1.204, β 0.750, γ 0.657,
    // δ 2.783, LL −33,225.6; full precision from lifetimes 0.11.3 (golden-values.md)
    assertEquals(1.203522, m.alpha(), 2e-4);
    assertEquals(0.749716, m.beta(), 2e-4);
    assertEquals(0.656718, m.gamma(), 2e-4);
    assertEquals(2.783442, m.delta(), 2e-3);
    assertEquals(-33_225.58, fit.logLikelihood(), 0.01);
    assertEquals(-2.9922173 * 11_104, fit.logLikelihood(), 0.01);
    assertEquals(fit.logLikelihood(), m.logLikelihood(s), 1e-9);
    for (int i = 0; i < 4; i++) {
      assertTrue(fit.standardError(i) > 0 && fit.standardError(i) < 1, fit.toString());
    }
  }

  @Test
  void probabilitiesOfTransactionsSumToOneAndHaveTheClosedFormMean() {
    BgBb m = FULL_PRECISION;
    for (int n : new int[] {1, 6, 11}) {
      double sum = 0;
      double mean = 0;
      for (int x = 0; x <= n; x++) {
        double p = m.probabilityOfTransactions(x, n);
        sum += p;
        mean += x * p;
      }
      assertEquals(1.0, sum, 1e-12);
      assertEquals(closedFormMean(m, n), mean, 1e-10);
      assertEquals(closedFormMean(m, n), m.expectedTransactions(n), 1e-10);
    }
  }

  /** E[X(n)] = α/(α+β) δ/(γ−1) [1 − Γ(γ+δ)Γ(1+δ+n) / (Γ(γ+δ+n)Γ(1+δ))], FHS 2010 eq. 9. */
  private static double closedFormMean(BgBb m, int n) {
    double g = m.gamma();
    double d = m.delta();
    return m.alpha()
        / (m.alpha() + m.beta())
        * d
        / (g - 1)
        * (1
            - Math.exp(
                Gamma.logGamma(g + d)
                    + Gamma.logGamma(1 + d + n)
                    - Gamma.logGamma(g + d + n)
                    - Gamma.logGamma(1 + d)));
  }

  @Test
  void conditionalExpectationMatchesThePublishedClosedForm() {
    BgBb m = FULL_PRECISION;
    int[][] histories = {{0, 0, 6}, {1, 1, 6}, {3, 4, 6}, {6, 6, 6}, {2, 6, 6}};
    for (int[] h : histories) {
      for (int future : new int[] {1, 5, 10}) {
        double expected = closedFormConditional(m, future, h[0], h[1], h[2]);
        // relative 1e-4: the oracle's likelihood comes from quadrature
        assertEquals(
            expected, m.conditionalExpectedTransactions(future, h[0], h[1], h[2]), 1e-4 * expected);
      }
      // a window starting 2 periods ahead is the difference of two horizons
      assertEquals(
          m.conditionalExpectedTransactions(7, h[0], h[1], h[2])
              - m.conditionalExpectedTransactions(2, h[0], h[1], h[2]),
          m.conditionalExpectedTransactions(2, 5, h[0], h[1], h[2]),
          1e-12);
    }
  }

  /** FHS 2010 eq. 13, with L evaluated by brute-force quadrature below. */
  private static double closedFormConditional(BgBb m, int future, int x, int tx, int n) {
    double a = m.alpha();
    double b = m.beta();
    double g = m.gamma();
    double d = m.delta();
    double lead =
        org.hipparchus.special.Beta.logBeta(a + x + 1, b + n - x)
            - org.hipparchus.special.Beta.logBeta(a, b)
            + Gamma.logGamma(g + d)
            - Gamma.logGamma(1 + d);
    double bracket =
        Math.exp(Gamma.logGamma(1 + d + n) - Gamma.logGamma(g + d + n))
            - Math.exp(Gamma.logGamma(1 + d + n + future) - Gamma.logGamma(g + d + n + future));
    return Math.exp(lead) * d / (g - 1) * bracket / quadrature(m, x, tx, n)[0];
  }

  @Test
  void aliveAndDertAgreeWithBruteForceQuadrature() {
    BgBb m = FULL_PRECISION;
    int[][] histories = {{0, 0, 6}, {1, 2, 6}, {3, 4, 6}, {6, 6, 6}};
    for (int[] h : histories) {
      double[] q = quadrature(m, h[0], h[1], h[2]);
      assertEquals(q[1] / q[0], m.probabilityAlive(h[0], h[1], h[2]), 2e-5, "P(alive)");
      assertEquals(q[2] / q[0], m.probabilityAliveAt(3, h[0], h[1], h[2]), 2e-5, "P(alive, n+3)");
      assertEquals(
          q[3] / q[0],
          m.discountedExpectedResidualTransactions(0.1, h[0], h[1], h[2]),
          2e-4 * Math.max(1, q[3] / q[0]),
          "DERT");
    }
    // everyone who gave in all six years is very likely still active
    assertTrue(m.probabilityAlive(6, 6, 6) > 0.9);
    assertTrue(m.probabilityAlive(1, 1, 6) < 0.2);
  }

  /**
   * Midpoint quadrature over the Beta quantiles of p and θ (an oracle independent of the beta
   * function algebra): returns E[L], E[L·alive at n+1], E[L·alive at n+3], E[L·DERT(0.1)] where L
   * is the likelihood of the history given (p, θ).
   */
  private static double[] quadrature(BgBb m, int x, int tx, int n) {
    int k = 1200;
    BetaDistribution pd = new BetaDistribution(m.alpha(), m.beta());
    BetaDistribution td = new BetaDistribution(m.gamma(), m.delta());
    double[] ps = new double[k];
    double[] ts = new double[k];
    for (int i = 0; i < k; i++) {
      ps[i] = pd.inverseCumulativeProbability((i + 0.5) / k);
      ts[i] = td.inverseCumulativeProbability((i + 0.5) / k);
    }
    double[] out = new double[4];
    for (double p : ps) {
      for (double t : ts) {
        double alive = Math.pow(p, x) * Math.pow(1 - p, n - x) * Math.pow(1 - t, n);
        double like = alive;
        for (int i = 0; i < n - tx; i++) {
          like += Math.pow(p, x) * Math.pow(1 - p, tx - x + i) * t * Math.pow(1 - t, tx + i);
        }
        out[0] += like;
        out[1] += alive * (1 - t);
        out[2] += alive * Math.pow(1 - t, 3);
        // alive at n: transactions at n+k with prob p (1-θ)^k, discounted by 1.1^k
        out[3] += alive * p * (1 - t) / 1.1 / (1 - (1 - t) / 1.1);
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= (double) k * k;
    }
    return out;
  }

  @Test
  void badHistoriesNameTheFieldValueAndRule() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DiscreteSummaries.builder().add("c9", 2, 7, 6));
    assertEquals(
        "customer c9: t_x (recency) must be in [0, n=6] (the number of periods), was 7",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> DiscreteSummaries.builder().add("c1", 3, 2, 6));
    assertTrue(e.getMessage().contains("x=3 > t_x=2"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> DiscreteSummaries.builder().add("c2", 0, 1, 6));
    assertThrows(IllegalArgumentException.class, () -> FULL_PRECISION.probabilityAlive(1, 7, 6));
    assertThrows(
        IllegalArgumentException.class,
        () -> FULL_PRECISION.discountedExpectedResidualTransactions(0, 1, 1, 6));
  }
}
