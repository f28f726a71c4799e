package dev.cxkit.metrics.survey;

import java.util.SplittableRandom;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Exact binomial and multinomial sampling on a seeded {@link SplittableRandom}: inversion starting
 * at the mode and walking outwards, so a draw costs O(standard deviation) steps, not O(n). The mode
 * probability comes from Hipparchus (saddle-point expansion); neighbours follow from the pmf ratio.
 */
final class Binomials {

  private Binomials() {}

  /** One draw of Binomial(trials, p). */
  static int sample(int trials, double p, SplittableRandom random) {
    if (trials == 0 || p <= 0.0) {
      return 0;
    }
    if (p >= 1.0) {
      return trials;
    }
    if (p > 0.5) {
      return trials - sample(trials, 1.0 - p, random);
    }
    int mode = (int) Math.min(trials, Math.floor((trials + 1) * p));
    double modeProbability = new BinomialDistribution(trials, p).probability(mode);
    double odds = p / (1.0 - p);
    double u = random.nextDouble() - modeProbability;
    if (u < 0.0) {
      return mode;
    }
    int up = mode;
    int down = mode;
    double upProbability = modeProbability;
    double downProbability = modeProbability;
    while (up < trials || down > 0) {
      if (up < trials) {
        upProbability *= odds * (trials - up) / (up + 1.0);
        up++;
        u -= upProbability;
        if (u < 0.0) {
          return up;
        }
      }
      if (down > 0) {
        downProbability *= down / (odds * (trials - down + 1.0));
        down--;
        u -= downProbability;
        if (u < 0.0) {
          return down;
        }
      }
    }
    return mode; // only reachable through rounding of a total probability of 1
  }
}
