package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD on CDNOW. Golden values: Fader, Hardie &amp; Lee (2005) "Counting your customers the easy
 * way", Marketing Science 24(2), Table/Figure values and Hardie's BG/NBD spreadsheet;
 * full-precision log-likelihood, standard errors and vignette point values from
 * /work/shared/reference/golden-values.md (BTYD vignette, reproduced independently).
 */
class BgNbdTest {

  private static final BtydFit<BgNbd> FIT = BgNbd.fit(Cdnow.summaries());

  @Test
  void cdnowParametersLogLikelihoodAndStandardErrors() {
    assertTrue(FIT.converged(), FIT.toString());
    BgNbd m = FIT.model();
    assertEquals(0.243, m.r(), 5e-4);
    assertEquals(4.414, m.alpha(), 5e-4);
    assertEquals(0.793, m.a(), 5e-4);
    assertEquals(2.426, m.b(), 5e-4);
    assertEquals(-9582.4292, FIT.logLikelihood(), 1e-3);
    assertEquals(0.01256, FIT.standardError(0), 0.01256 * 1e-3);
    assertEquals(0.3782, FIT.standardError(1), 0.3782 * 1e-3);
    assertEquals(0.1857, FIT.standardError(2), 0.1857 * 1e-3);
    assertEquals(0.7054, FIT.standardError(3), 0.7054 * 1e-3);
    assertTrue(FIT.convergence().gradientNorm() < MaximumLikelihood.GRADIENT_TOLERANCE);
  }

  @Test
  void fitOnMergedRowsGivesTheSameOptimum() {
    BtydFit<BgNbd> merged = BgNbd.fit(Cdnow.summaries().aggregated());
    assertEquals(FIT.logLikelihood(), merged.logLikelihood(), 1e-6);
    assertEquals(FIT.model().r(), merged.model().r(), 1e-5);
    assertEquals(FIT.model().b(), merged.model().b(), 1e-4);
  }

  @Test
  void populationCurveAndPointValues() {
    BgNbd m = FIT.model();
    // Hardie's spreadsheet rounds the parameters it reports: 4-decimal agreement at most
    assertEquals(0.0532, m.expectedTransactions(1), 5e-4);
    assertEquals(0.1506, m.expectedTransactions(3), 5e-4);
    assertEquals(1.0437, m.expectedTransactions(32), 5e-4);
    assertEquals(1.8576, m.expectedTransactions(78), 5e-4);
    assertEquals(1.444004, m.expectedTransactions(52), 5e-5);
    assertEquals(1.226, m.conditionalExpectedTransactions(39, 2, 30.43, 38.86), 5e-4);
    assertEquals(25.75659, m.conditionalExpectedTransactions(52, 26, 30.857, 31), 2e-3);
    assertEquals(0.9688523, m.probabilityAlive(26, 30.857, 31), 1e-4);
    assertEquals(0.0, m.expectedTransactions(0));
    assertEquals(1.0, m.probabilityAlive(0, 0, 38));
  }

  @Test
  void probabilityOfNoTransactionsAtPublishedParameters() {
    BgNbd pub = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    assertEquals(0.5737864, pub.probabilityOfTransactions(0, 39), 1e-7);
    // the distribution sums to one and its mean is E[X(t)]
    double total = 0;
    double mean = 0;
    for (int n = 0; n < 400; n++) {
      double p = pub.probabilityOfTransactions(n, 39);
      total += p;
      mean += n * p;
    }
    assertEquals(1.0, total, 1e-9);
    assertEquals(pub.expectedTransactions(39), mean, 1e-7);
  }

  @Test
  void holdoutForecastBesideActual() {
    CustomerSummaries s = Cdnow.summaries();
    // 1,882 actual; the model under-forecasts CDNOW's holdout (golden-values.md: 1,653.4)
    assertEquals(1882.0, s.totalHoldoutFrequency());
    assertEquals(1653.4, FIT.model().expectedHoldoutTransactions(s), 0.1);
  }

  /** Naive oracle: the likelihood of eq. (6) per customer with Beta functions, no grouping. */
  static double naiveLogLikelihood(BgNbd m, CustomerSummaries s) {
    double r = m.r();
    double alpha = m.alpha();
    double a = m.a();
    double b = m.b();
    double ll = 0;
    for (int i = 0; i < s.size(); i++) {
      int x = s.frequency(i);
      double tx = s.recency(i);
      double t = s.age(i);
      double common =
          Beta.logBeta(a, b + x)
              - Beta.logBeta(a, b)
              + Gamma.logGamma(r + x)
              - Gamma.logGamma(r)
              + r * Math.log(alpha);
      double l1 = Math.exp(common - (r + x) * Math.log(alpha + t));
      double l2 =
          x > 0
              ? Math.exp(
                  Beta.logBeta(a + 1, b + x - 1)
                      - Beta.logBeta(a, b)
                      + Gamma.logGamma(r + x)
                      - Gamma.logGamma(r)
                      + r * Math.log(alpha)
                      - (r + x) * Math.log(alpha + tx))
              : 0.0;
      ll += s.weight(i) * Math.log(l1 + l2);
    }
    return ll;
  }

  @Test
  void logLikelihoodEqualsNaiveOracle() {
    CustomerSummaries s = Cdnow.summaries();
    for (BgNbd m :
        new BgNbd[] {
          BgNbd.of(0.243, 4.414, 0.793, 2.426), BgNbd.of(2, 0.5, 3, 0.2), BgNbd.of(0.05, 40, 0.1, 9)
        }) {
      assertEquals(naiveLogLikelihood(m, s), m.logLikelihood(s), 1e-7 * 10000, m.toString());
    }
  }

  /** Nobody ever buys again: the maximum is on the boundary (λ → 0), so the fit must say so. */
  @Test
  void fitWithoutAnInteriorOptimumReportsNonConvergence() {
    CustomerSummaries none =
        CustomerSummaries.builder().add("a", 0, 0, 30, 0).add("b", 0, 0, 20, 0).build();
    BtydFit<BgNbd> fit = BgNbd.fit(none);
    assertTrue(!fit.converged(), fit.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, fit::model);
    assertTrue(e.getMessage().contains("did not converge"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> fit.standardError(0));
    assertTrue(Double.isFinite(fit.lastIterate().r()));
  }

  @Test
  void invalidParameterRegionIsMinusInfinity() {
    BgNbdLikelihood f = new BgNbdLikelihood(Cdnow.summaries(), false);
    double[] g = new double[4];
    assertEquals(Double.NEGATIVE_INFINITY, f.valueAndGradient(new double[] {0, 1, 1, 1}, g));
    assertEquals(
        Double.NEGATIVE_INFINITY,
        f.valueAndGradient(new double[] {1, 1, Double.POSITIVE_INFINITY, 1}, g));
    assertEquals(0.0, g[0]);
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BgNbd.of(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> BgNbd.of(1, Double.NaN, 1, 1));
    BgNbd m = FIT.model();
    assertThrows(IllegalArgumentException.class, () -> m.probabilityAlive(2, 40, 39));
    assertThrows(
        IllegalArgumentException.class, () -> m.conditionalExpectedTransactions(-1, 2, 4, 39));
    assertThrows(IllegalArgumentException.class, () -> m.expectedTransactions(Double.NaN));
  }
}
