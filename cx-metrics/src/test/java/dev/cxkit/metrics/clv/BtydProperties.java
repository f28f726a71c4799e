package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Invariants of the BTYD likelihoods and predictions on random data and parameters. */
class BtydProperties {

  private static CustomerSummaries randomSummaries(long seed, int n) {
    Random rnd = new Random(seed);
    CustomerSummaries.Builder b = CustomerSummaries.builder();
    for (int i = 0; i < n; i++) {
      double age = 1 + 60 * rnd.nextDouble();
      int x = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(rnd.nextBoolean() ? 5 : 150);
      double tx = x == 0 ? 0 : age * (0.01 + 0.99 * rnd.nextDouble());
      b.add("c" + i, x, tx, age, x == 0 ? 0 : 1 + 100 * rnd.nextDouble());
    }
    return b.build();
  }

  private static void assertGradient(LogLikelihood f, double[] p) {
    double[] g = new double[p.length];
    double v = f.valueAndGradient(p, g);
    assertTrue(Double.isFinite(v), "LL " + v);
    for (int i = 0; i < p.length; i++) {
      double h = 1e-5 * p[i];
      double[] q = p.clone();
      q[i] = p[i] + h;
      double up = f.valueAndGradient(q, new double[p.length]);
      q[i] = p[i] - h;
      double down = f.valueAndGradient(q, new double[p.length]);
      double numeric = (up - down) / (2 * h);
      double tol = 1e-5 * Math.max(1.0, Math.abs(numeric)) + 1e-9 * Math.abs(v) / h;
      assertEquals(numeric, g[i], tol, "parameter " + i);
    }
  }

  @Property(tries = 60)
  void analyticGradientsMatchCentralDifferences(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 20) int n,
      @ForAll @DoubleRange(min = 0.05, max = 5) double p1,
      @ForAll @DoubleRange(min = 0.05, max = 30) double p2,
      @ForAll @DoubleRange(min = 0.05, max = 5) double p3,
      @ForAll @DoubleRange(min = 0.05, max = 30) double p4) {
    CustomerSummaries s = randomSummaries(seed, n);
    double[] p = {p1, p2, p3, p4};
    assertGradient(new BgNbdLikelihood(s, false), p);
    assertGradient(new BgNbdLikelihood(s, true), p);
    assertGradient(new ParetoNbdLikelihood(s), p);
    boolean repeat = false;
    for (int i = 0; i < s.size(); i++) {
      repeat |= s.frequency(i) > 0;
    }
    if (repeat) {
      assertGradient(new GammaGammaLikelihood(s), new double[] {p1 + 0.5, p3 + 1.5, p2});
    }
  }

  @Property(tries = 300)
  void predictionsAreProbabilitiesAndGrowWithTheHorizon(
      @ForAll @IntRange(min = 0, max = 300) int x,
      @ForAll @DoubleRange(min = 0.01, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 0.5, max = 300) double age,
      @ForAll @DoubleRange(min = 0.05, max = 5) double p1,
      @ForAll @DoubleRange(min = 0.05, max = 30) double p2,
      @ForAll @DoubleRange(min = 1.05, max = 5) double p3,
      @ForAll @DoubleRange(min = 0.05, max = 30) double p4) {
    double tx = x == 0 ? 0 : age * recencyShare;
    TransactionModel[] models = {
      BgNbd.of(p1, p2, p3, p4), MbgNbd.of(p1, p2, p3, p4), ParetoNbd.of(p1, p2, p3, p4)
    };
    for (TransactionModel m : models) {
      double alive = m.probabilityAlive(x, tx, age);
      assertTrue(alive >= 0 && alive <= 1, m + " P(alive) " + alive);
      double previous = 0;
      for (double t : new double[] {0.5, 5, 50}) {
        double e = m.conditionalExpectedTransactions(t, x, tx, age);
        assertTrue(Double.isFinite(e) && e >= previous - 1e-12, m + " E[Y(" + t + ")] " + e);
        previous = e;
      }
      assertTrue(m.expectedTransactions(10) <= m.expectedTransactions(20) + 1e-12, m.toString());
    }
  }

  /** The likelihood is a sum over customers: merging the log-likelihoods of parts is exact. */
  @Test
  void logLikelihoodOfLargeInputEqualsSumOfParts() {
    int n = ChunkedSum.PARALLEL_THRESHOLD + 12_345;
    Random rnd = new Random(11);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      age[i] = 20 + 20 * rnd.nextDouble();
      x[i] = rnd.nextInt(3) == 0 ? rnd.nextInt(10) + 1 : 0;
      tx[i] = x[i] == 0 ? 0 : age[i] * rnd.nextDouble() + 1e-3;
      w[i] = 1 + rnd.nextInt(3);
    }
    CustomerSummaries all = CustomerSummaries.ofColumns(x, tx, age, w);
    int half = n / 2;
    CustomerSummaries first =
        CustomerSummaries.ofColumns(
            java.util.Arrays.copyOf(x, half),
            java.util.Arrays.copyOf(tx, half),
            java.util.Arrays.copyOf(age, half),
            java.util.Arrays.copyOf(w, half));
    CustomerSummaries second =
        CustomerSummaries.ofColumns(
            java.util.Arrays.copyOfRange(x, half, n),
            java.util.Arrays.copyOfRange(tx, half, n),
            java.util.Arrays.copyOfRange(age, half, n),
            java.util.Arrays.copyOfRange(w, half, n));
    for (TransactionModel m :
        new TransactionModel[] {BgNbd.of(0.3, 4, 0.8, 2.4), ParetoNbd.of(0.5, 10, 0.6, 11)}) {
      double whole = m.logLikelihood(all);
      assertEquals(m.logLikelihood(first) + m.logLikelihood(second), whole, 1e-9 * -whole);
      assertEquals(whole, m.logLikelihood(all), 0.0, "reproducible");
    }
  }
}
