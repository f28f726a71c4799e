package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Gamma-Gamma on CDNOW's 946 repeat buyers. Golden values: Fader &amp; Hardie (2013) "The
 * Gamma-Gamma model of monetary value" (p 6.25, q 3.74, γ 15.44); LL −4055.9177 and E[M | x, m_x]
 * of the first ten customers from /work/shared/reference/golden-values.md.
 */
class GammaGammaTest {

  private static final BtydFit<GammaGamma> FIT = GammaGamma.fit(Cdnow.summaries());

  @Test
  void cdnowParametersLogLikelihoodAndConditionalSpend() {
    assertTrue(FIT.converged(), FIT.toString());
    GammaGamma gg = FIT.model();
    assertEquals(6.25, gg.p(), 5e-3);
    assertEquals(3.74, gg.q(), 5e-3);
    assertEquals(15.44, gg.gamma(), 5e-3);
    assertEquals(-4055.9177, FIT.logLikelihood(), 1e-3);
    assertEquals(35.171, gg.populationMeanSpend(), 1e-3);
    double[] expected = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
    double[] all = gg.conditionalExpectedSpend(Cdnow.summaries());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], all[i], 5e-3, "customer " + (i + 1));
    }
  }

  @Test
  void clvCombinesSpendAndDiscountedTransactions() {
    GammaGamma gg = FIT.model();
    BgNbd bg = BgNbd.fit(Cdnow.summaries()).model();
    double det = bg.discountedExpectedTransactions(2, 30.43, 38.86, 12, 4.33, 0.01);
    // undiscounted sum of the period increments telescopes to E[Y(12 * 4.33)]
    assertEquals(
        bg.conditionalExpectedTransactions(12 * 4.33, 2, 30.43, 38.86),
        bg.discountedExpectedTransactions(2, 30.43, 38.86, 12, 4.33, 0.0),
        1e-12);
    assertTrue(det < bg.conditionalExpectedTransactions(12 * 4.33, 2, 30.43, 38.86));
    ClvSpecification spec =
        ClvSpecification.builder()
            .margin(0.3)
            .periods(12)
            .periodLength(4.33)
            .discountRate(0.01)
            .build();
    double clv = gg.customerLifetimeValue(bg, 2, 30.43, 38.86, 22.345, spec);
    assertEquals(0.3 * gg.conditionalExpectedSpend(2, 22.345) * det, clv, 1e-12);
    assertEquals(12 * 4.33, spec.horizon(), 1e-12);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClvSpecification.builder().margin(1.5).build());
    assertEquals("margin must be in (0, 1], was 1.5", e.getMessage());
  }

  @Test
  void zeroRepeatSpendIsRejectedNamingCustomer() {
    CustomerSummaries s =
        CustomerSummaries.builder().add("a", 2, 3, 10, 5).add("zero", 1, 2, 10, 0).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GammaGamma.fit(s));
    assertTrue(e.getMessage().contains("customer zero"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> GammaGamma.fit(Cdnow.summaries().aggregated()));
  }
}
