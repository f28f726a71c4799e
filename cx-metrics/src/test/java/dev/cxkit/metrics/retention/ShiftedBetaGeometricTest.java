package dev.cxkit.metrics.retention;

import static dev.cxkit.metrics.retention.RetentionTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.Interval;
import java.util.List;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricTest {

  // Fader & Hardie (2007), "How to project customer retention", J. Interactive Marketing 21(1),
  // "regular" cohort: 1000 -> 631 -> 468 -> 382 -> 326 (golden-values.md).
  private static final long[] REGULAR = {1000, 631, 468, 382, 326};
  private final SbgFit fit = ShiftedBetaGeometric.fit(REGULAR);

  /** The log-likelihood written independently with Beta functions (F&H 2007 eq. 5–7). */
  private static double logLikelihood(long[] n, double a, double b) {
    double ll = 0;
    double lb = Beta.logBeta(a, b);
    for (int t = 1; t < n.length; t++) {
      double p = Math.exp(Beta.logBeta(a + 1, b + t - 1) - lb);
      ll += (n[t - 1] - n[t]) * Math.log(p);
    }
    int last = n.length - 1;
    return ll + n[last] * (Beta.logBeta(a, b + last) - lb);
  }

  @Test
  void fitsThePublishedParameters() {
    assertTrue(fit.converged(), fit.convergenceMessage());
    assertEquals(0.7637, fit.alpha(), 5e-4);
    assertEquals(1.2958, fit.beta(), 5e-4);
    assertEquals(-1401.56, fit.logLikelihood(), 5e-3);
    assertEquals(logLikelihood(REGULAR, fit.alpha(), fit.beta()), fit.logLikelihood(), 1e-9);
    assertTrue(fit.iterations() < 50, "iterations " + fit.iterations());
    assertTrue(fit.gradientNorm() < 1e-5);
  }

  @Test
  void retentionCurveAndSurvivalMatchThePaper() {
    // F&H 2007, Table/Figure of projected retention rates: r1 = 0.6292, r2 = 0.7504, r7 = 0.9052;
    // S(7) = 0.2296.
    assertEquals(0.6292, fit.retentionRate(1), 5e-4);
    assertEquals(0.7504, fit.retentionRate(2), 5e-4);
    assertEquals(0.9052, fit.retentionRate(7), 5e-4);
    assertEquals(0.2296, fit.survival(7), 5e-4);
    assertEquals(0.2296, fit.survival(7.9), 5e-4);
    // S(t) = product of the retention rates
    double s = 1;
    for (int t = 1; t <= 12; t++) {
      s *= fit.retentionRate(t);
      assertEquals(s, fit.survival(t), 1e-12);
      assertEquals(fit.survival(t - 1) - fit.survival(t), fit.churnProbability(t), 1e-12);
    }
    assertEquals(1000 * fit.survival(7), fit.expectedSurvivors(1000, 7), 1e-9);
    assertEquals(326, fit.survivors(0)[4]);
    assertEquals(1, fit.cohorts());
    assertEquals(1.0, fit.survival(0), 0);
  }

  @Test
  void standardErrorsMatchNumericalObservedInformation() {
    // independent check: central-difference Hessian of the Beta-function likelihood
    double a = fit.alpha();
    double b = fit.beta();
    double h = 1e-4;
    double faa =
        (logLikelihood(REGULAR, a + h, b)
                - 2 * logLikelihood(REGULAR, a, b)
                + logLikelihood(REGULAR, a - h, b))
            / (h * h);
    double fbb =
        (logLikelihood(REGULAR, a, b + h)
                - 2 * logLikelihood(REGULAR, a, b)
                + logLikelihood(REGULAR, a, b - h))
            / (h * h);
    double fab =
        (logLikelihood(REGULAR, a + h, b + h)
                - logLikelihood(REGULAR, a + h, b - h)
                - logLikelihood(REGULAR, a - h, b + h)
                + logLikelihood(REGULAR, a - h, b - h))
            / (4 * h * h);
    double det = faa * fbb - fab * fab;
    double seA = Math.sqrt(-fbb / det);
    double seB = Math.sqrt(-faa / det);
    assertEquals(seA, fit.alphaStandardError().orElseThrow(), 1e-4 * seA);
    assertEquals(seB, fit.betaStandardError().orElseThrow(), 1e-4 * seB);
    Interval ci = fit.alphaInterval(0.95).orElseThrow();
    assertTrue(ci.lower() > 0 && ci.contains(a));
    assertTrue(fit.betaInterval(0.95).orElseThrow().contains(b));
  }

  @Test
  void fitIsALocalMaximum() {
    double best = fit.logLikelihood();
    for (double da : new double[] {-0.01, 0, 0.01}) {
      for (double db : new double[] {-0.01, 0, 0.01}) {
        assertTrue(logLikelihood(REGULAR, fit.alpha() + da, fit.beta() + db) <= best + 1e-9);
      }
    }
  }

  @Test
  void fitsTheHighEndCohortToo() {
    // F&H 2007 "high end" cohort: 1000 -> 869 -> 743 -> 653 -> 593 -> 551 -> 517 -> 491;
    // published alpha = 0.668, beta = 3.806 (all 7 years).
    SbgFit high = ShiftedBetaGeometric.fit(new long[] {1000, 869, 743, 653, 593, 551, 517, 491});
    assertTrue(high.converged());
    assertEquals(0.668, high.alpha(), 1e-3);
    assertEquals(3.806, high.beta(), 1e-3);
  }

  @Test
  void discountedExpectedResidualLifetime() {
    double d = 0.10;
    // independent: direct sum of S(n+k)/S(n-1) (1+d)^-k
    for (int renewals : new int[] {0, 1, 4}) {
      int n = renewals + 1;
      double sum = 0;
      for (int k = 0; k < 2000; k++) {
        sum += fit.survival(n + k) / fit.survival(n - 1) * Math.pow(1 + d, -k);
      }
      assertEquals(sum, fit.discountedExpectedResidualLifetime(d, renewals), 1e-9);
    }
    // a customer who has renewed more often is worth more (the sorting effect of heterogeneity)
    assertTrue(
        fit.discountedExpectedResidualLifetime(d, 4)
            > fit.discountedExpectedResidualLifetime(d, 0));
  }

  @Test
  void homogeneousCohortIsReportedAsNotConverged() {
    // exactly geometric counts: the MLE runs off to alpha, beta -> infinity with beta/(alpha+beta)
    // -> 0.8
    SbgFit h = ShiftedBetaGeometric.fit(new long[] {10000, 8000, 6400, 5120, 4096});
    assertFalse(h.converged());
    assertTrue(h.convergenceMessage().contains("homogeneous"), h.convergenceMessage());
    assertFalse(h.alphaStandardError().isPresent());
    assertFalse(h.alphaInterval(0.95).isPresent());
    assertEquals(0.8, h.retentionRate(1), 1e-3);
  }

  @Test
  void multiCohortLikelihoodIsTheSumOverCohorts() {
    long[] younger = {800, 510, 380};
    SbgFit both = ShiftedBetaGeometric.fitCohorts(List.of(REGULAR, younger));
    assertTrue(both.converged(), both.convergenceMessage());
    assertEquals(2, both.cohorts());
    assertEquals(
        logLikelihood(REGULAR, both.alpha(), both.beta())
            + logLikelihood(younger, both.alpha(), both.beta()),
        both.logLikelihood(),
        1e-9);
    // a cohort counted twice doubles the likelihood and leaves the optimum in place
    SbgFit twice = ShiftedBetaGeometric.fitCohorts(List.of(REGULAR, REGULAR));
    assertEquals(fit.alpha(), twice.alpha(), 1e-7);
    assertEquals(fit.beta(), twice.beta(), 1e-7);
    assertEquals(2 * fit.logLikelihood(), twice.logLikelihood(), 1e-6);
    assertEquals(
        fit.alphaStandardError().orElseThrow() / Math.sqrt(2),
        twice.alphaStandardError().orElseThrow(),
        1e-6);
    // a one-period younger cohort is fine beside a longer one
    assertTrue(
        ShiftedBetaGeometric.fitCohorts(List.of(REGULAR, new long[] {500, 320})).converged());
  }

  @Test
  void rejectsBadInput() {
    assertRejected(
        () -> ShiftedBetaGeometric.fitCohorts(List.of(REGULAR, new long[] {500, 520})),
        "cohorts[1]",
        "non-increasing",
        "cohorts[1][1]=520");
    assertRejected(
        () -> ShiftedBetaGeometric.fitCohorts(List.of(new long[] {500, 320})),
        "longest cohort",
        "two renewal periods");
    assertRejected(() -> ShiftedBetaGeometric.fitCohorts(List.of()), "cohorts", "empty");
    assertRejected(() -> fit.expectedSurvivors(-1, 2), "cohortSize", "-1");
    assertRejected(
        () -> ShiftedBetaGeometric.fit(new long[] {1000, 631, 700}),
        "survivors",
        "non-increasing",
        "survivors[2]=700");
    assertRejected(
        () -> ShiftedBetaGeometric.fit(new long[] {0, 0, 0}), "survivors[0]", "> 0", "was 0");
    assertRejected(() -> ShiftedBetaGeometric.fit(new long[] {1000}), "at least two later counts");
    assertRejected(
        () -> ShiftedBetaGeometric.fit(new long[] {1000, 631}), "at least two later counts", "2");
    assertRejected(() -> ShiftedBetaGeometric.fit(new long[] {10, -1, -1}), "survivors[1]", ">= 0");
    assertRejected(() -> ShiftedBetaGeometric.fit(new long[] {10, 10, 10}), "at least one churned");
    assertRejected(() -> fit.retentionRate(0), "t", ">= 1", "0");
    assertRejected(() -> fit.survival(-0.5), "t", ">= 0");
    assertRejected(
        () -> fit.discountedExpectedResidualLifetime(0, 0), "discountRate", "> 0", "0.0");
    assertRejected(() -> fit.discountedExpectedResidualLifetime(0.1, -1), "renewals", ">= 0");
  }
}
