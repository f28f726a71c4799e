package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Time-invariant covariates: gradients against central differences, the zero-coefficient likelihood
 * against the model without covariates, and recovery of known coefficients from bases simulated
 * from the generative processes.
 */
class CovariateFitTest {
  private static final double[] GAMMA_TRANS = {0.6, -0.3};
  private static final double[] GAMMA_LIFE = {-0.5, 0.25};

  /** Customers with z = (binary, standard normal) and processes scaled per CLVTools. */
  static Object[] simulate(boolean pareto, long seed, int n) {
    RandomDataGenerator rnd = RandomDataGenerator.of(new Well19937c(seed));
    CustomerSummaries.Builder cbs = CustomerSummaries.builder();
    Covariates.Builder z = Covariates.builder("referral", "score");
    for (int i = 0; i < n; i++) {
      double z1 = rnd.nextDouble() < 0.5 ? 1 : 0;
      double z2 = rnd.nextNormal(0, 1);
      double et = GAMMA_TRANS[0] * z1 + GAMMA_TRANS[1] * z2;
      double el = GAMMA_LIFE[0] * z1 + GAMMA_LIFE[1] * z2;
      double alpha = 4.0 * Math.exp(-et);
      double lambda = rnd.nextGamma(0.9, 1.0 / alpha);
      int age = 26 + rnd.nextInt(27);
      int x = 0;
      double tx = 0;
      double t = rnd.nextExponential(1.0 / lambda);
      if (pareto) {
        double mu = rnd.nextGamma(0.8, 1.0 / (12.0 * Math.exp(-el)));
        double end = Math.min(age, rnd.nextExponential(1.0 / mu));
        while (t <= end) {
          x++;
          tx = t;
          t += rnd.nextExponential(1.0 / lambda);
        }
      } else {
        double scale = Math.exp(el);
        double p = rnd.nextBeta(0.8 * scale, 2.5 * scale);
        while (t <= age) {
          x++;
          tx = t;
          if (rnd.nextDouble() < p) {
            break;
          }
          t += rnd.nextExponential(1.0 / lambda);
        }
      }
      cbs.add("c" + i, x, tx, age, 0.0);
      z.add(z1, z2);
    }
    return new Object[] {cbs.build(), z.build()};
  }

  @Test
  void gradientsMatchCentralDifferencesAndZeroCoefficientsGiveThePlainModel() {
    Random rnd = new Random(5);
    for (boolean pareto : new boolean[] {false, true}) {
      Object[] sim = simulate(pareto, 9, 40);
      CustomerSummaries s = (CustomerSummaries) sim[0];
      Covariates z = (Covariates) sim[1];
      CovariateLikelihood f = new CovariateLikelihood(pareto, s, z, z);
      for (int trial = 0; trial < 5; trial++) {
        double[] p = {
          0.3 + rnd.nextDouble(),
          2 + 5 * rnd.nextDouble(),
          0.3 + rnd.nextDouble(),
          1 + 5 * rnd.nextDouble(),
          rnd.nextGaussian() * 0.4,
          rnd.nextGaussian() * 0.4,
          rnd.nextGaussian() * 0.4,
          rnd.nextGaussian() * 0.4
        };
        double[] g = new double[p.length];
        double v = f.valueAndGradient(p, g);
        for (int i = 0; i < p.length; i++) {
          double h = 1e-6 * Math.max(1, Math.abs(p[i]));
          double[] up = p.clone();
          double[] down = p.clone();
          up[i] += h;
          down[i] -= h;
          double numeric =
              (f.valueAndGradient(up, new double[p.length])
                      - f.valueAndGradient(down, new double[p.length]))
                  / (2 * h);
          assertEquals(
              numeric, g[i], 1e-5 * Math.max(1, Math.abs(numeric)), pareto + " param " + i);
        }
        double[] zero = p.clone();
        java.util.Arrays.fill(zero, 4, 8, 0.0);
        TransactionModel plain =
            pareto ? ParetoNbd.of(p[0], p[1], p[2], p[3]) : BgNbd.of(p[0], p[1], p[2], p[3]);
        assertEquals(
            plain.logLikelihood(s), f.valueAndGradient(zero, new double[8]), 1e-8 * Math.abs(v));
      }
    }
  }

  /**
   * Five seeded bases of 6,000 customers per model: each of the 40 coefficient estimates is
   * compared with the truth in units of its standard error. Within 2 SE should hold for about 95 %;
   * the test asks for at least 90 % and none beyond 3 SE, and prints the figure.
   */
  @Test
  void knownCoefficientsAreRecoveredWithinTwoStandardErrors() {
    int within = 0;
    int total = 0;
    for (boolean pareto : new boolean[] {false, true}) {
      for (long seed = 1; seed <= 5; seed++) {
        Object[] sim = simulate(pareto, seed * 7919, 6000);
        CustomerSummaries s = (CustomerSummaries) sim[0];
        Covariates z = (Covariates) sim[1];
        CovariateFit<? extends TransactionModel> fit =
            pareto ? ParetoNbd.fit(s, z, z) : BgNbd.fit(s, z, z);
        assertTrue(fit.converged(), fit.toString());
        for (int k = 0; k < 2; k++) {
          double dt =
              (fit.transactionCoefficient(k) - GAMMA_TRANS[k]) / fit.transactionStandardError(k);
          double dl = (fit.lifetimeCoefficient(k) - GAMMA_LIFE[k]) / fit.lifetimeStandardError(k);
          assertTrue(Math.abs(dt) < 3 && Math.abs(dl) < 3, fit + " seed " + seed);
          within += (Math.abs(dt) < 2 ? 1 : 0) + (Math.abs(dl) < 2 ? 1 : 0);
          total += 2;
        }
        assertTrue(fit.likelihoodRatioPValue() < 1e-6, fit.toString());
        assertEquals(4, fit.degreesOfFreedom());
        // a referred customer buys faster: her α is smaller
        TransactionModel referred = fit.forCustomer(new double[] {1, 0}, new double[] {1, 0});
        TransactionModel other = fit.forCustomer(new double[] {0, 0}, new double[] {0, 0});
        assertTrue(referred.parameters()[1] < other.parameters()[1]);
      }
    }
    System.out.printf(
        Locale.ROOT, "covariate coefficients within 2 SE of the truth: %d of %d%n", within, total);
    assertTrue(within >= 0.9 * total, within + " of " + total);
  }

  @Test
  void badCovariatesAreRefusedNamingThem() {
    CustomerSummaries s = Cdnow.summaries();
    Covariates.Builder constant = Covariates.builder("one", "x");
    Covariates.Builder collinear = Covariates.builder("a", "b", "c");
    for (int i = 0; i < s.size(); i++) {
      constant.add(1, i % 3);
      collinear.add(i % 2, i % 5, 3.0 * (i % 2) + 2.0 * (i % 5));
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BgNbd.fit(s, constant.build(), Covariates.none(s.size())));
    assertTrue(e.getMessage().startsWith("covariate 'one' has no variation"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ParetoNbd.fit(s, Covariates.none(s.size()), collinear.build()));
    assertTrue(
        e.getMessage()
            .startsWith(
                "covariates are perfectly collinear: 'c' is a linear combination of 'a', 'b'"),
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                BgNbd.fit(
                    s, Covariates.builder("z").add(1).add(2).build(), Covariates.none(s.size())));
    assertTrue(e.getMessage().contains("one row per summary row"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Covariates.builder("z").add(Double.NaN));
  }
}
