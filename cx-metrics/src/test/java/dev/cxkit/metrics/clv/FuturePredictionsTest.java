package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

/**
 * P(alive) at a future date, windows "as of" a later date, and P(X(t) = n), checked against Monte
 * Carlo draws from the posterior and against the closed-form mean.
 */
class FuturePredictionsTest {
  private static final TransactionModel[] MODELS = {
    BgNbd.of(0.243, 4.414, 0.793, 2.426),
    MbgNbd.of(0.525, 6.183, 0.891, 1.614),
    ParetoNbd.of(0.553, 10.578, 0.606, 11.669)
  };

  @Test
  void aliveAtAFutureDateStartsAtTodayAndFalls() {
    for (TransactionModel m : MODELS) {
      for (int[] h : new int[][] {{0, 0}, {2, 30}, {26, 31}}) {
        double tx = h[1] == 0 ? 0.0 : h[1] - 0.143;
        double now = m.probabilityAlive(h[0], tx, 38.86);
        assertEquals(now, m.probabilityAliveAt(0, h[0], tx, 38.86), 1e-15, m.toString());
        double previous = now;
        for (double tau : new double[] {1, 10, 52, 200}) {
          double later = m.probabilityAliveAt(tau, h[0], tx, 38.86);
          assertTrue(later <= previous + 1e-15 && later >= 0, m + " tau=" + tau);
          previous = later;
        }
      }
    }
  }

  @Test
  void futureAliveMatchesMonteCarloFromThePosterior() {
    RandomDataGenerator rnd = RandomDataGenerator.of(new org.hipparchus.random.Well19937c(7));
    int x = 3;
    double tx = 20;
    double age = 38;
    double tau = 26;
    int draws = 200_000;
    BgNbd bg = (BgNbd) MODELS[0];
    double sum = 0;
    for (int i = 0; i < draws; i++) {
      double lambda = rnd.nextGamma(bg.r() + x, 1.0 / (bg.alpha() + age));
      double p = rnd.nextBeta(bg.a(), bg.b() + x);
      long purchases = lambda * tau == 0 ? 0 : rnd.nextPoisson(lambda * tau);
      sum += Math.pow(1 - p, purchases);
    }
    double mc = bg.probabilityAlive(x, tx, age) * sum / draws;
    assertEquals(mc, bg.probabilityAliveAt(tau, x, tx, age), 3e-3);
    ParetoNbd pn = (ParetoNbd) MODELS[2];
    double alive = 0;
    for (int i = 0; i < draws; i++) {
      double mu = rnd.nextGamma(pn.s(), 1.0 / (pn.beta() + age));
      alive += Math.exp(-mu * tau);
    }
    assertEquals(
        pn.probabilityAlive(x, tx, age) * alive / draws,
        pn.probabilityAliveAt(tau, x, tx, age),
        3e-3);
  }

  @Test
  void windowsAsOfALaterDateAreDifferencesOfHorizons() {
    for (TransactionModel m : MODELS) {
      double all = m.conditionalExpectedTransactions(52, 2, 30.43, 38.86);
      double first = m.conditionalExpectedTransactions(13, 2, 30.43, 38.86);
      assertEquals(all - first, m.conditionalExpectedTransactions(13, 52, 2, 30.43, 38.86), 1e-12);
      assertThrows(
          IllegalArgumentException.class,
          () -> m.conditionalExpectedTransactions(10, 5, 2, 30.43, 38.86));
    }
  }

  @Test
  void transactionCountDistributionsSumToOneWithTheModelMean() {
    for (TransactionModel m : MODELS) {
      for (double t : new double[] {0.5, 39, 78}) {
        double sum = 0;
        double mean = 0;
        for (int n = 0; n <= 600; n++) {
          double pn = m.probabilityOfTransactions(n, t);
          assertTrue(pn >= 0 && pn <= 1, m + " n=" + n);
          sum += pn;
          mean += n * pn;
        }
        assertEquals(1.0, sum, 1e-6, m + " t=" + t);
        assertEquals(m.expectedTransactions(t), mean, 2e-4 * Math.max(1, mean), m + " t=" + t);
      }
    }
    // BG/NBD at the published parameters (Hardie's spreadsheet): P(X(39) = 0) = 0.5737864
    assertEquals(0.5737864, MODELS[0].probabilityOfTransactions(0, 39), 1e-6);
  }
}
