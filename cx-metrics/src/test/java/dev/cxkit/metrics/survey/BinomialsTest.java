package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;

class BinomialsTest {

  @Test
  void drawsFollowTheBinomialDistribution() {
    // chi-square goodness of fit of 20,000 draws against Hipparchus' pmf (oracle)
    for (double p : new double[] {0.03, 0.3, 0.5, 0.85}) {
      int trials = 40;
      SplittableRandom random = new SplittableRandom(99);
      int draws = 20_000;
      long[] observed = new long[trials + 1];
      for (int i = 0; i < draws; i++) {
        observed[Binomials.sample(trials, p, random)]++;
      }
      BinomialDistribution oracle = new BinomialDistribution(trials, p);
      double chiSquare = 0;
      int cells = 0;
      double pooledExpected = 0;
      long pooledObserved = 0;
      for (int k = 0; k <= trials; k++) {
        pooledExpected += draws * oracle.probability(k);
        pooledObserved += observed[k];
        if (pooledExpected >= 5) {
          chiSquare += Math.pow(pooledObserved - pooledExpected, 2) / pooledExpected;
          cells++;
          pooledExpected = 0;
          pooledObserved = 0;
        }
      }
      // 99.9% quantile of chi-square with <= 40 degrees of freedom is below 74
      assertTrue(chiSquare < 74, "p=" + p + " chi2=" + chiSquare + " cells=" + cells);
    }
  }

  @Test
  void largeTrialsHaveTheRightMoments() {
    SplittableRandom random = new SplittableRandom(7);
    int trials = 10_000;
    double p = 0.4;
    double sum = 0;
    double sumSquares = 0;
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      int x = Binomials.sample(trials, p, random);
      sum += x;
      sumSquares += (double) x * x;
    }
    double mean = sum / draws;
    double variance = sumSquares / draws - mean * mean;
    assertEquals(4000, mean, 1.0); // SE of the mean 49/sqrt(20000) = 0.35
    assertEquals(2400, variance, 100);
  }

  @Test
  void edgeCases() {
    SplittableRandom random = new SplittableRandom(1);
    assertEquals(0, Binomials.sample(0, 0.5, random));
    assertEquals(0, Binomials.sample(10, 0.0, random));
    assertEquals(10, Binomials.sample(10, 1.0, random));
  }
}
