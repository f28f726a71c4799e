package dev.cxkit.metrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass risk-set sums of {@link CoxEngine} against a naive O(n²) partial likelihood that
 * builds every risk set explicitly (Breslow and Efron), on seeded random data with heavy ties.
 */
class CoxEngineOracleTest {

  static double naive(SurvivalData d, double[] beta, boolean efron) {
    int n = d.size();
    int p = beta.length;
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < p; k++) {
        eta[i] += beta[k] * d.value(i, k);
      }
    }
    double ll = 0.0;
    java.util.TreeSet<Double> times = new java.util.TreeSet<>();
    for (int i = 0; i < n; i++) {
      if (d.event(i)) {
        times.add(d.time(i));
      }
    }
    for (double t : times) {
      double risk = 0.0;
      double dying = 0.0;
      int deaths = 0;
      for (int i = 0; i < n; i++) {
        if (d.time(i) >= t) {
          risk += Math.exp(eta[i]);
        }
        if (d.time(i) == t && d.event(i)) {
          dying += Math.exp(eta[i]);
          deaths++;
          ll += eta[i];
        }
      }
      for (int l = 0; l < deaths; l++) {
        ll -= Math.log(risk - (efron ? (double) l / deaths : 0.0) * dying);
      }
    }
    return ll;
  }

  @Test
  void logLikelihoodAndScoreMatchTheNaiveOracle() {
    Random rnd = new Random(20261207);
    for (int run = 0; run < 40; run++) {
      int n = 5 + rnd.nextInt(60);
      int p = 1 + rnd.nextInt(4);
      SurvivalData.Builder b = SurvivalData.builder(names(p));
      for (int i = 0; i < n; i++) {
        double[] z = new double[p];
        for (int k = 0; k < p; k++) {
          z[k] = rnd.nextGaussian() * (k + 1) + k;
        }
        // few distinct times: many ties between events and censorings
        b.add(1 + rnd.nextInt(8), rnd.nextDouble() < 0.7, z);
      }
      SurvivalData d = b.build();
      double[] beta = new double[p];
      for (int k = 0; k < p; k++) {
        beta[k] = rnd.nextGaussian() * 0.3;
      }
      for (boolean efron : new boolean[] {true, false}) {
        CoxEngine e = new CoxEngine(d, efron);
        e.evaluate(beta, false);
        double expected = naive(d, beta, efron);
        assertEquals(expected, e.logLikelihood, 1e-9 * Math.max(1, Math.abs(expected)));
        double[] score = e.score.clone();
        for (int k = 0; k < p; k++) {
          double h = 1e-6;
          double[] up = beta.clone();
          double[] down = beta.clone();
          up[k] += h;
          down[k] -= h;
          double numeric = (naive(d, up, efron) - naive(d, down, efron)) / (2 * h);
          assertEquals(numeric, score[k], 1e-5 * Math.max(1, Math.abs(numeric)), "score " + k);
        }
      }
    }
  }

  private static String[] names(int p) {
    String[] s = new String[p];
    for (int k = 0; k < p; k++) {
      s[k] = "z" + k;
    }
    return s;
  }
}
