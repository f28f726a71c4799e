package dev.cxkit.metrics.stats;

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

  @Test
  void multinomialKeepsTheTotalAndHasBinomialMarginals() {
    // each cell of Multinomial(n; p) is Binomial(n, p_i): mean n p_i, variance n p_i (1 - p_i)
    long[] counts = {1, 0, 3, 40, 7, 2, 0, 1, 6};
    long total = 60;
    SplittableRandom random = new SplittableRandom(11);
    int draws = 40_000;
    double[] sum = new double[counts.length];
    double[] sumSquares = new double[counts.length];
    for (int d = 0; d < draws; d++) {
      long[] x = Binomials.multinomial(counts, random);
      long t = 0;
      for (int i = 0; i < x.length; i++) {
        t += x[i];
        sum[i] += x[i];
        sumSquares[i] += (double) x[i] * x[i];
      }
      assertEquals(total, t);
      assertEquals(0, x[1]);
      assertEquals(0, x[6]);
    }
    for (int i = 0; i < counts.length; i++) {
      double p = (double) counts[i] / total;
      double mean = sum[i] / draws;
      double variance = sumSquares[i] / draws - mean * mean;
      double expectedVariance = total * p * (1 - p);
      // 5 standard errors of the mean
      assertEquals(counts[i], mean, 5 * Math.sqrt(expectedVariance / draws) + 1e-12, "cell " + i);
      assertEquals(expectedVariance, variance, 0.05 * expectedVariance + 1e-12, "cell " + i);
    }
  }

  @Test
  void smallMeanCellsFollowTheBinomialDistribution() {
    // two cells: the first is Binomial(1000, 0.004), drawn by inversion from 0 (mean 4 < 20)
    SplittableRandom random = new SplittableRandom(5);
    int draws = 20_000;
    long[] observed = new long[1001];
    for (int d = 0; d < draws; d++) {
      observed[(int) Binomials.multinomial(new long[] {4, 996}, random)[0]]++;
    }
    BinomialDistribution oracle = new BinomialDistribution(1000, 0.004);
    double chiSquare = 0;
    double pooledExpected = 0;
    long pooledObserved = 0;
    for (int k = 0; k <= 1000; k++) {
      pooledExpected += draws * oracle.probability(k);
      pooledObserved += observed[k];
      if (pooledExpected >= 5 || k == 1000) {
        chiSquare += Math.pow(pooledObserved - pooledExpected, 2) / pooledExpected;
        pooledExpected = 0;
        pooledObserved = 0;
      }
    }
    assertTrue(chiSquare < 40, "chi2=" + chiSquare); // about 12 cells: 99.9 % quantile is 31
  }

  @Test
  void badArgumentsNameTheRule() {
    SplittableRandom random = new SplittableRandom(1);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> Binomials.multinomial(new long[] {2, -1}, random));
    assertEquals("counts[1] must be >= 0, was -1", e.getMessage());
    e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Binomials.sample(3, 1.5, random));
    assertEquals("p must be in [0, 1], was 1.5", e.getMessage());
  }
}
