package dev.cxkit.metrics.survey;

import dev.cxkit.metrics.stats.Binomials;
import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.Quantiles;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded nonparametric bootstrap of a net score from its category counts: each replicate draws (P*,
 * M*, D*) ~ Multinomial(n; P/n, M/n, D/n) as P* ~ Bin(n, P/n), D* ~ Bin(n − P*, D/(M + D)), which
 * is exactly resampling n respondents with replacement, without a per-respondent array.
 */
final class NetScoreBootstrap {

  private NetScoreBootstrap() {}

  /** Replicate net scores, in draw order. Counts must be unweighted with 0 < n ≤ int max. */
  static double[] replicates(NetScoreCounts counts, int replicates, long seed) {
    int n = (int) counts.n();
    double p = (double) counts.positives() / n;
    long rest = counts.passives() + counts.negatives();
    double negativeGivenRest = rest == 0 ? 0.0 : (double) counts.negatives() / rest;
    SplittableRandom random = new SplittableRandom(seed);
    double[] theta = new double[replicates];
    for (int b = 0; b < replicates; b++) {
      int positives = Binomials.sample(n, p, random);
      int negatives = Binomials.sample(n - positives, negativeGivenRest, random);
      theta[b] = (double) (positives - negatives) / n;
    }
    return theta;
  }

  /** {lower, upper, bootstrap standard error}. */
  static double[] interval(NetScoreCounts counts, IntervalSpec spec) {
    double estimate = NetScores.estimate(counts);
    double[] theta = replicates(counts, spec.replicates(), spec.seed());
    double standardError = standardDeviation(theta);
    Arrays.sort(theta);
    double alpha = 1.0 - spec.confidenceLevel();
    double lowerLevel = alpha / 2.0;
    double upperLevel = 1.0 - alpha / 2.0;
    if (spec.method() == IntervalMethod.BOOTSTRAP_BCA && theta[0] < theta[theta.length - 1]) {
      double z0 = biasCorrection(theta, estimate);
      double a = acceleration(counts);
      lowerLevel = bcaLevel(z0, a, Distributions.normalQuantile(lowerLevel));
      upperLevel = bcaLevel(z0, a, Distributions.normalQuantile(upperLevel));
    }
    return new double[] {
      Quantiles.ofSorted(theta, lowerLevel), Quantiles.ofSorted(theta, upperLevel), standardError
    };
  }

  /**
   * Φ⁻¹ of the share of replicates below the estimate, ties counted half (discrete statistic), kept
   * within [1/(2B), 1 − 1/(2B)] so that it stays finite.
   */
  static double biasCorrection(double[] sorted, double estimate) {
    int below = 0;
    int equal = 0;
    for (double t : sorted) {
      if (t < estimate) {
        below++;
      } else if (t == estimate) {
        equal++;
      }
    }
    double b = sorted.length;
    double share = (below + 0.5 * equal) / b;
    share = Math.min(Math.max(share, 0.5 / b), 1.0 - 0.5 / b);
    return Distributions.normalQuantile(share);
  }

  /**
   * Efron's acceleration from the exact delete-one jackknife: removing one respondent of category y
   * gives (P − D − y)/(n − 1), with multiplicity of that category's count.
   */
  static double acceleration(NetScoreCounts counts) {
    long n = counts.n();
    if (n < 2) {
      return 0.0;
    }
    long net = counts.positives() - counts.negatives();
    long[] multiplicity = {counts.positives(), counts.passives(), counts.negatives()};
    double[] leaveOut = new double[3];
    double mean = 0.0;
    for (int slot = 0; slot < 3; slot++) {
      leaveOut[slot] = (double) (net - (1 - slot)) / (n - 1);
      mean += multiplicity[slot] * leaveOut[slot];
    }
    mean /= n;
    double sumSquares = 0.0;
    double sumCubes = 0.0;
    for (int slot = 0; slot < 3; slot++) {
      double diff = mean - leaveOut[slot];
      sumSquares += multiplicity[slot] * diff * diff;
      sumCubes += multiplicity[slot] * diff * diff * diff;
    }
    return sumSquares == 0.0 ? 0.0 : sumCubes / (6.0 * Math.pow(sumSquares, 1.5));
  }

  private static double bcaLevel(double z0, double a, double z) {
    double shifted = z0 + z;
    double denominator = 1.0 - a * shifted;
    if (denominator <= 0.0) {
      return z > 0 ? 1.0 : 0.0;
    }
    return Distributions.normalCdf(z0 + shifted / denominator);
  }

  static double standardDeviation(double[] values) {
    double mean = 0.0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double sum = 0.0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / (values.length - 1));
  }
}
