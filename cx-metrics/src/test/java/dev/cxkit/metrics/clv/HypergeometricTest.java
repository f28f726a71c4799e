package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * 2F1 against closed forms (Abramowitz &amp; Stegun 15.1.3, 15.1.8) and against mpmath's
 * arbitrary-precision {@code hyp2f1} (mpmath 1.x, 30 digits; an independent implementation).
 */
class HypergeometricTest {

  @Test
  void closedForms() {
    for (double z : new double[] {0.0, 0.1, 0.5, 0.9, 0.99}) {
      double expected = z == 0 ? 0.0 : Math.log(-Math.log1p(-z) / z);
      assertEquals(expected, Hypergeometric.log2F1(1, 1, 2, z), 1e-13, "z=" + z);
      assertEquals(-2.5 * Math.log1p(-z), Hypergeometric.log2F1(2.5, 3, 3, z), 1e-12, "z=" + z);
    }
  }

  @Test
  void mpmathReferenceValues() {
    assertEquals(2.4834147919978056, Hypergeometric.log2F1(1.5, 1.5, 2, 0.9), 1e-12);
    assertEquals(0.8945303536622918, Hypergeometric.log2F1(0.243, 2.426, 2.219, 0.95), 1e-12);
    // large parameters: the value itself (e^293) would be fine, but the terms are far larger
    assertEquals(293.1917709554751, Hypergeometric.log2F1(500, 600, 700, 0.5), 1e-9);
    assertEquals(24.22693150233142, Hypergeometric.log2F1(26.243, 28.426, 28.219, 0.6), 1e-11);
    assertEquals(19.114502617691206, Hypergeometric.log2F1(3.2, 1.7, 2.1, 0.999), 1e-9);
  }

  @Test
  void eulerSeriesValuesAndDerivatives() {
    double[][] cases = {
      {1.6, 3.2, 0.3, 1.1853277983454708},
      {134.5, 136.1, 0.9, 9.08955115486424},
      {4.05, 145.5, 0.997, 1.0287462540482298}
    };
    double[] out = new double[4];
    double[] up = new double[4];
    double[] down = new double[4];
    for (double[] c : cases) {
      assertTrue(Hypergeometric.eulerSeries(c[0], c[1], c[2], out));
      assertEquals(c[3], out[0], 1e-13 * c[3]);
      for (int k = 0; k < 3; k++) {
        double[] p = {c[0], c[1], c[2]};
        double h = 1e-6 * Math.min(p[k], 1 - (k == 2 ? p[2] : 0));
        p[k] += h;
        Hypergeometric.eulerSeries(p[0], p[1], p[2], up);
        p[k] -= 2 * h;
        Hypergeometric.eulerSeries(p[0], p[1], p[2], down);
        double numeric = (up[0] - down[0]) / (2 * h);
        assertEquals(numeric, out[k + 1], 1e-6 * Math.max(1, Math.abs(numeric)), "k=" + k);
      }
    }
  }
}
