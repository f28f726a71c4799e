package dev.cxkit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantilesTest {

  /**
   * R 4.3: {@code quantile(c(1, 2, 3, 4, 10), c(0, .1, .25, .5, .9, 1))} (type 7, the default) is
   * 1.0 1.4 2.0 3.0 7.6 10.0.
   */
  @Test
  void typeSevenAsR() {
    double[] p = {0, 0.1, 0.25, 0.5, 0.9, 1};
    double[] expected = {1.0, 1.4, 2.0, 3.0, 7.6, 10.0};
    double[] d = {1, 2, 3, 4, 10};
    long[] l = {1, 2, 3, 4, 10};
    for (int i = 0; i < p.length; i++) {
      assertEquals(expected[i], Quantiles.ofSorted(d, p[i]), 1e-12);
      assertEquals(Quantiles.ofSorted(d, p[i]), Quantiles.ofSorted(l, p[i]), 0.0);
    }
    assertEquals(3.0, Quantiles.median(new double[] {10, 1, 4, 3, 2}));
  }

  @Test
  void badArguments() {
    assertThrows(IllegalArgumentException.class, () -> Quantiles.ofSorted(new long[0], 0.5));
    assertThrows(IllegalArgumentException.class, () -> Quantiles.ofSorted(new double[] {1}, 1.5));
  }
}
