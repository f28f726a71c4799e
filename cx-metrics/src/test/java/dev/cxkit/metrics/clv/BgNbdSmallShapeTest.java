package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * BG/NBD and MBG/NBD expectations where {@code c = a + b + x - 1 (+1 for MBG) < 1}: the closed form
 * {@code c/(a-1) [1 - (...)^(r+x) 2F1(r+x, b+x; c; z)]} has its pole at {@code c = 0} and was NaN
 * for {@code c <= 0} ({@code ./cx clv fit/predict/check} ended in "not finite: NaN" on a
 * 300-customer CDNOW subset fitted at {@code a + b = 0.99}). The expectation itself is finite for
 * every {@code a, b > 0}.
 *
 * <p>Reference values: mpmath 1.3.0 {@code quad} (tanh-sinh, 40 digits) of the defining integral
 * {@code E_p[(1 - (α'/(α'+p t))^R) / p]}, {@code p ~ Beta(a, B)}, with {@code R = r+x}, {@code α' =
 * α+T}, {@code B = b+x(+1)} (Fader, Hardie &amp; Lee 2005, sec. 5: given alive at T the customer is
 * a new BG/NBD customer with updated parameters), split at p = 1/2 and substituted {@code p =
 * w^(1/a)} below, {@code 1-p = v^(1/B)} above so that the integrand is bounded: an independent
 * calculation, not the series (mpmath's {@code hyp3f2} of the series form agrees to 20 digits).
 */
class BgNbdSmallShapeTest {
  /** The parameters fitted to the first 300 customers of CDNOW_sample.txt, 1997-09-30 split. */
  private static final BgNbd SUBSET = BgNbd.of(0.222481, 3.63668, 0.304210, 0.687617);

  @Test
  void subsetFitOfCdnowHasFiniteExpectations() {
    // a + b - 1 = -0.008173: the plain 2F1 series is undefined
    assertEquals(
        0.1825105042944228955, SUBSET.conditionalExpectedTransactions(39, 0, 0, 38), 1e-12);
    assertEquals(2.2607924144258054287, SUBSET.expectedTransactions(78), 1e-11);
    assertEquals(42.905356595357065696, SUBSET.expectedTransactions(5000), 1e-9);
  }

  @Test
  void exactlyAtThePole() {
    // c = 0.4 + 0.6 - 1 = 0 exactly
    assertEquals(
        0.53924097041742666862,
        BgNbd.of(0.5, 2, 0.4, 0.6).conditionalExpectedTransactions(10, 0, 0, 5),
        1e-12);
  }

  @Test
  void belowOneWithARepeatPurchaseAndForMbgNbd() {
    // BG/NBD x = 1: c = 0.2 + 0.3 = 0.5
    assertEquals(
        2.7100222291276260939, BgNbd.whileAlive(52, 1, 30, 1.5, 10, 0.2, 0.3, false), 1e-11);
    // MBG/NBD x = 0: c = 0.1 + 0.2 = 0.3
    assertEquals(
        0.38499389801986411444, BgNbd.whileAlive(39, 0, 20, 0.25, 4, 0.1, 0.2, true), 1e-12);
    assertTrue(
        Double.isFinite(
            MbgNbd.of(0.25, 4, 0.1, 0.2).conditionalExpectedTransactions(39, 0, 0, 20)));
  }

  @Test
  void theOrdinaryRegionStillMatchesTheIntegral() {
    // the CDNOW fit's region (c = 2.219 + 2 > 1), same integral
    assertEquals(
        1.6873993058053130393,
        BgNbd.whileAlive(39, 2, 38.86, 0.243, 4.414, 0.793, 2.426, false),
        1e-11);
  }

  /** Both forms describe one analytic function: they meet at c = 1 and agree on either side. */
  @Test
  void bothFormsAgreeAroundCEqualsOne() {
    double b = 0.5;
    for (double c : new double[] {1 - 1e-9, 1 + 1e-9, 0.999, 1.001}) {
      double a = c + 1 - b; // x = 0
      double left = BgNbd.whileAlive(20, 0, 10, 0.7, 3, a - 2e-9, b, false);
      double right = BgNbd.whileAlive(20, 0, 10, 0.7, 3, a + 2e-9, b, false);
      assertEquals(left, right, 1e-7 * left, "c=" + c);
    }
  }
}
