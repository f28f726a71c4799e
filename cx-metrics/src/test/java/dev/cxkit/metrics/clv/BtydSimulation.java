package dev.cxkit.metrics.clv;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Customer bases simulated from the generative BG/NBD and Pareto/NBD processes (not from the
 * likelihood): each customer draws her rates from the mixing distributions, then purchases and
 * drop-out run forward in time; calibration summaries and holdout counts are read off the simulated
 * purchase times. Ages T are whole weeks in [minAge, maxAge].
 */
final class BtydSimulation {
  final CustomerSummaries summaries;
  final double holdout;

  private BtydSimulation(CustomerSummaries summaries, double holdout) {
    this.summaries = summaries;
    this.holdout = holdout;
  }

  /** BG/NBD: drop-out with probability {@code p ~ Beta(a, b)} after each repeat purchase. */
  static BtydSimulation bgNbd(
      long seed,
      int n,
      double r,
      double alpha,
      double a,
      double b,
      int minAge,
      int maxAge,
      double holdout) {
    RandomDataGenerator rnd = RandomDataGenerator.of(new Well19937c(seed));
    CustomerSummaries.Builder out = CustomerSummaries.builder().holdoutLength(holdout);
    for (int i = 0; i < n; i++) {
      double lambda = rnd.nextGamma(r, 1.0 / alpha);
      double p = rnd.nextBeta(a, b);
      int age = minAge + rnd.nextInt(maxAge - minAge + 1);
      int x = 0;
      double tx = 0;
      int future = 0;
      double t = rnd.nextExponential(1.0 / lambda);
      while (t <= age + holdout) {
        if (t <= age) {
          x++;
          tx = t;
        } else {
          future++;
        }
        if (rnd.nextDouble() < p) {
          break;
        }
        t += rnd.nextExponential(1.0 / lambda);
      }
      out.add("c" + i, x, tx, age, x == 0 ? 0.0 : 10.0, future, 0.0);
    }
    return new BtydSimulation(out.build(), holdout);
  }

  /** Pareto/NBD: exponential lifetime with rate {@code μ ~ Gamma(s, β)}. */
  static BtydSimulation paretoNbd(
      long seed,
      int n,
      double r,
      double alpha,
      double s,
      double beta,
      int minAge,
      int maxAge,
      double holdout) {
    RandomDataGenerator rnd = RandomDataGenerator.of(new Well19937c(seed));
    CustomerSummaries.Builder out = CustomerSummaries.builder().holdoutLength(holdout);
    for (int i = 0; i < n; i++) {
      double lambda = rnd.nextGamma(r, 1.0 / alpha);
      double mu = rnd.nextGamma(s, 1.0 / beta);
      double life = rnd.nextExponential(1.0 / mu);
      int age = minAge + rnd.nextInt(maxAge - minAge + 1);
      int x = 0;
      double tx = 0;
      int future = 0;
      double end = Math.min(life, age + holdout);
      double t = rnd.nextExponential(1.0 / lambda);
      while (t <= end) {
        if (t <= age) {
          x++;
          tx = t;
        } else {
          future++;
        }
        t += rnd.nextExponential(1.0 / lambda);
      }
      out.add("c" + i, x, tx, age, x == 0 ? 0.0 : 10.0, future, 0.0);
    }
    return new BtydSimulation(out.build(), holdout);
  }
}
