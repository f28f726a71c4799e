package dev.cxkit.metrics.clv;

import java.util.SplittableRandom;

/**
 * Gamma and beta variates from a {@link SplittableRandom}, for the simulation of customers' futures
 * (millions of draws per bootstrap): Marsaglia &amp; Tsang (2000) for shape {@code >= 1}, with the
 * boost {@code Gamma(k) = Gamma(k + 1) · U^(1/k)} below 1; a beta as {@code X / (X + Y)} of two
 * gammas.
 */
final class Sampling {
  private Sampling() {}

  /** A {@code Gamma(shape, rate = 1)} variate, {@code shape > 0}. */
  static double gamma(SplittableRandom rnd, double shape) {
    if (shape < 1.0) {
      double u = 1.0 - rnd.nextDouble();
      return gamma(rnd, shape + 1.0) * Math.pow(u, 1.0 / shape);
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double z = rnd.nextGaussian();
      double v = 1.0 + c * z;
      if (v <= 0.0) {
        continue;
      }
      v = v * v * v;
      double u = 1.0 - rnd.nextDouble();
      if (u < 1.0 - 0.0331 * z * z * z * z
          || Math.log(u) < 0.5 * z * z + d * (1.0 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /** A {@code Beta(a, b)} variate. */
  static double beta(SplittableRandom rnd, double a, double b) {
    double x = gamma(rnd, a);
    double y = gamma(rnd, b);
    double s = x + y;
    return s > 0.0 ? x / s : (rnd.nextDouble() < a / (a + b) ? 1.0 : 0.0);
  }
}
