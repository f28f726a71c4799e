package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The gamma and beta samplers against their means and variances. */
class SamplingTest {
  @Test
  void gammaAndBetaMoments() {
    SplittableRandom rnd = new SplittableRandom(99);
    int n = 400_000;
    for (double k : new double[] {0.243, 0.9, 2.5, 30}) {
      double s = 0;
      double q = 0;
      for (int i = 0; i < n; i++) {
        double g = Sampling.gamma(rnd, k);
        s += g;
        q += g * g;
      }
      double mean = s / n;
      double var = q / n - mean * mean;
      assertEquals(k, mean, 5 * Math.sqrt(k / n), "mean, shape " + k);
      assertEquals(k, var, 0.03 * k, "variance, shape " + k);
    }
    double a = 0.793;
    double b = 2.426;
    double s = 0;
    double q = 0;
    for (int i = 0; i < n; i++) {
      double x = Sampling.beta(rnd, a, b);
      s += x;
      q += x * x;
    }
    double mean = s / n;
    double expectedVar = a * b / ((a + b) * (a + b) * (a + b + 1));
    assertEquals(a / (a + b), mean, 5 * Math.sqrt(expectedVar / n));
    assertEquals(expectedVar, q / n - mean * mean, 0.02 * expectedVar);
  }
}
