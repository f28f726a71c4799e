package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MBG/NBD on CDNOW. Golden values: BTYDplus's mbgnbd estimates (r 0.525, α 6.183, a 0.891, b 1.614)
 * and the computed LL −9582.1357 from /work/shared/reference/golden-values.md.
 */
class MbgNbdTest {

  private static final BtydFit<MbgNbd> FIT = MbgNbd.fit(Cdnow.summaries());

  @Test
  void cdnowParametersAndLogLikelihood() {
    assertTrue(FIT.converged(), FIT.toString());
    MbgNbd m = FIT.model();
    assertEquals(0.525, m.r(), 5e-4);
    assertEquals(6.183, m.alpha(), 5e-4);
    assertEquals(0.891, m.a(), 5e-4);
    assertEquals(1.614, m.b(), 5e-4);
    assertEquals(-9582.1357, FIT.logLikelihood(), 1e-3);
  }

  /**
   * Independent checks of the MBG/NBD expressions: a brand-new customer (x = 0, T = 0) has the
   * unconditional expectation; P(alive) of a customer without repeat purchases at T = 0 is b/(a+b)
   * (the drop-out chance right after the first purchase, Batislam et al. 2007); and the expected
   * number of transactions per unit time for small t approaches P(alive) E[λ | x, T] = P(alive)
   * (r+x)/(α+T).
   */
  @Test
  void predictionsAreConsistent() {
    MbgNbd m = FIT.model();
    for (double t : new double[] {1, 10, 39, 78}) {
      assertEquals(m.expectedTransactions(t), m.conditionalExpectedTransactions(t, 0, 0, 0), 1e-12);
    }
    assertEquals(m.b() / (m.a() + m.b()), m.probabilityAlive(0, 0, 0), 1e-12);
    double h = 1e-5;
    double rate = m.conditionalExpectedTransactions(h, 3, 20, 38) / h;
    double alive = m.probabilityAlive(3, 20, 38);
    assertEquals(alive * (m.r() + 3) / (m.alpha() + 38), rate, 1e-6);
    double forecast = m.expectedHoldoutTransactions(Cdnow.summaries());
    assertTrue(forecast > 1500 && forecast < 1882, "forecast " + forecast);
  }
}
