package dev.cxkit.metrics.survey;

import dev.cxkit.metrics.stats.Quantiles;
import java.util.Arrays;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;

/**
 * The posterior of a net score under a uniform Dirichlet(1, 1, 1) prior on the (positive, passive,
 * negative) shares: Dirichlet(P + 1, M + 1, D + 1). Mean and standard deviation of p − d are exact;
 * the equal-tailed credible bounds are Monte-Carlo quantiles of seeded draws.
 */
final class DirichletPosterior {

  private DirichletPosterior() {}

  /** {lower, upper, posterior mean, posterior standard deviation}. */
  static double[] interval(NetScoreCounts counts, IntervalSpec spec) {
    double a1 = counts.positives() + 1.0;
    double a2 = counts.passives() + 1.0;
    double a3 = counts.negatives() + 1.0;
    double a0 = a1 + a2 + a3;
    double mean = (a1 - a3) / a0;
    // Var(p - d) = Var(p) + Var(d) - 2 Cov(p, d) for a Dirichlet
    double variance = (a1 * (a0 - a1) + a3 * (a0 - a3) + 2.0 * a1 * a3) / (a0 * a0 * (a0 + 1.0));
    double[] draws = draws(a1, a2, a3, spec.replicates(), spec.seed());
    Arrays.sort(draws);
    double alpha = 1.0 - spec.confidenceLevel();
    return new double[] {
      Quantiles.ofSorted(draws, alpha / 2.0),
      Quantiles.ofSorted(draws, 1.0 - alpha / 2.0),
      mean,
      Math.sqrt(variance)
    };
  }

  static double[] draws(double a1, double a2, double a3, int count, long seed) {
    RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
    double[] theta = new double[count];
    for (int i = 0; i < count; i++) {
      double g1 = random.nextGamma(a1, 1.0);
      double g2 = random.nextGamma(a2, 1.0);
      double g3 = random.nextGamma(a3, 1.0);
      theta[i] = (g1 - g3) / (g1 + g2 + g3);
    }
    return theta;
  }
}
