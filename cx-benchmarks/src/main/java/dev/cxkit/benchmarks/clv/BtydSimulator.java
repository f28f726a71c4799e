package dev.cxkit.benchmarks.clv;

import dev.cxkit.metrics.clv.CustomerSummaries;
import org.hipparchus.random.RandomDataGenerator;

/**
 * Seeded simulation of customer summaries from BG/NBD or Pareto/NBD parameters, for benchmarks.
 * Customers are "born" so that their calibration age T is spread over 27..39 weeks, like CDNOW;
 * times are in weeks, either continuous or rounded to whole days (same-day purchases merged), in
 * which case many customers share identical (x, t_x, T) rows.
 *
 * <pre>{@code
 * CustomerSummaries cbs = BtydSimulator.bgNbd(1_000_000, 42, 0.243, 4.414, 0.793, 2.426, false);
 * }</pre>
 */
public final class BtydSimulator {
  private static final double MIN_AGE = 27.0;
  private static final double MAX_AGE = 39.0;

  private BtydSimulator() {}

  /** BG/NBD: λ ~ Gamma(r, α), drop-out after each repeat purchase with p ~ Beta(a, b). */
  public static CustomerSummaries bgNbd(
      int n, long seed, double r, double alpha, double a, double b, boolean days) {
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      double t = age(rng, days);
      double lambda = rng.nextGamma(r, 1.0 / alpha);
      double p = rng.nextBeta(a, b);
      double now = 0.0;
      double last = 0.0;
      int count = 0;
      while (true) {
        now += rng.nextExponential(1.0 / lambda);
        if (now > t) {
          break;
        }
        double at = days ? Math.floor(now * 7.0) / 7.0 : now;
        if (at > last) {
          count++;
          last = at;
        }
        if (rng.nextDouble() < p) {
          break;
        }
      }
      x[i] = count;
      tx[i] = count == 0 ? 0.0 : last;
      age[i] = t;
    }
    return CustomerSummaries.ofColumns(x, tx, age, ones(n));
  }

  /** Pareto/NBD: λ ~ Gamma(r, α), lifetime ~ Exponential(μ) with μ ~ Gamma(s, β). */
  public static CustomerSummaries paretoNbd(
      int n, long seed, double r, double alpha, double s, double beta, boolean days) {
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      double t = age(rng, days);
      double lambda = rng.nextGamma(r, 1.0 / alpha);
      double mu = rng.nextGamma(s, 1.0 / beta);
      double end = Math.min(t, rng.nextExponential(1.0 / mu));
      double now = 0.0;
      double last = 0.0;
      int count = 0;
      while (true) {
        now += rng.nextExponential(1.0 / lambda);
        if (now > end) {
          break;
        }
        double at = days ? Math.floor(now * 7.0) / 7.0 : now;
        if (at > last) {
          count++;
          last = at;
        }
      }
      x[i] = count;
      tx[i] = count == 0 ? 0.0 : last;
      age[i] = t;
    }
    return CustomerSummaries.ofColumns(x, tx, age, ones(n));
  }

  private static double age(RandomDataGenerator rng, boolean days) {
    if (days) {
      int d = (int) (MIN_AGE * 7) + rng.nextInt(0, (int) ((MAX_AGE - MIN_AGE) * 7));
      return d / 7.0;
    }
    return MIN_AGE + (MAX_AGE - MIN_AGE) * rng.nextDouble();
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0);
    return w;
  }
}
