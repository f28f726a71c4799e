package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bootstrap prediction intervals: reproducibility, agreement with the fit, coverage. */
class PredictionBootstrapTest {
  private static final ClvSpecification SPEC =
      ClvSpecification.builder()
          .margin(0.3)
          .periods(6)
          .periodLength(52.0 / 12)
          .discountRate(0.01)
          .build();

  @Test
  void seededRunsAreReproducibleAndCarryTheirMethod() {
    CustomerSummaries cbs = Cdnow.summaries();
    BtydFit<BgNbd> fit = BgNbd.fit(cbs);
    BtydFit<GammaGamma> gg = GammaGamma.fit(cbs);
    for (BootstrapMethod method : BootstrapMethod.values()) {
      PredictionIntervals a =
          PredictionBootstrap.of(method, 60, 11).replicate(fit, gg, cbs).predict(cbs, SPEC, 0.9);
      PredictionIntervals b =
          PredictionBootstrap.of(method, 60, 11).replicate(fit, gg, cbs).predict(cbs, SPEC, 0.9);
      PredictionIntervals c =
          PredictionBootstrap.of(method, 60, 12).replicate(fit, gg, cbs).predict(cbs, SPEC, 0.9);
      assertEquals(a.toString(), b.toString());
      assertEquals(a.customer(5), b.customer(5));
      assertNotEquals(a.transactions(), c.transactions());
      assertEquals(method, a.bootstrapMethod());
      IntervalMethod expected =
          method == BootstrapMethod.PARAMETRIC
              ? IntervalMethod.PARAMETRIC_BOOTSTRAP_PERCENTILE
              : IntervalMethod.BOOTSTRAP_PERCENTILE;
      assertEquals(expected, a.transactions().parameterInterval().method());
      assertEquals(expected, a.customer(0).probabilityAlive().method());
      // the realised total is more uncertain than its expectation
      assertTrue(
          a.transactions().predictionInterval().width()
              > a.transactions().parameterInterval().width(),
          a.toString());
      assertTrue(
          a.transactions().parameterInterval().contains(a.transactions().estimate()), a.toString());
      PredictionIntervals.Customer top = a.top(1).get(0);
      assertTrue(
          top.lifetimeValue().orElseThrow().contains(top.lifetimeValueEstimate().getAsDouble()));
      assertTrue(top.probabilityAlive().upper() <= 1.0);
    }
  }

  @Test
  void nonParametricReplicatesSpreadLikeTheStandardErrors() {
    CustomerSummaries cbs = Cdnow.summaries();
    BtydFit<BgNbd> fit = BgNbd.fit(cbs);
    BootstrapReplicates reps =
        PredictionBootstrap.nonParametric(200, 3).replicate(fit, cbs.aggregated());
    assertEquals(0, reps.failed());
    for (int k = 0; k < 2; k++) {
      double mean = 0;
      double sq = 0;
      for (int b = 0; b < reps.size(); b++) {
        mean += reps.parameters(b)[k];
      }
      mean /= reps.size();
      for (int b = 0; b < reps.size(); b++) {
        double d = reps.parameters(b)[k] - mean;
        sq += d * d;
      }
      double sd = Math.sqrt(sq / (reps.size() - 1));
      double se = fit.standardError(k);
      assertTrue(sd > 0.75 * se && sd < 1.33 * se, "parameter " + k + ": sd " + sd + " se " + se);
    }
  }

  /**
   * 200 seeded bases simulated from the BG/NBD process (500 customers, known parameters); each is
   * fitted on its calibration period and the 90 % parametric-bootstrap prediction interval of its
   * total holdout purchases is checked against the simulated holdout.
   */
  @Test
  void ninetyPercentIntervalsCoverTheSimulatedHoldout() {
    int runs = 200;
    int covered = 0;
    int expectationCovered = 0;
    BgNbd truth = BgNbd.of(0.8, 4.0, 0.9, 3.0);
    ClvSpecification holdout = ClvSpecification.builder().periods(1).periodLength(26).build();
    for (int run = 0; run < runs; run++) {
      BtydSimulation sim = BtydSimulation.bgNbd(1000L + run, 500, 0.8, 4.0, 0.9, 3.0, 20, 39, 26);
      CustomerSummaries cbs = sim.summaries;
      PredictionIntervals pi =
          PredictionBootstrap.parametric(120, run)
              .replicate(BgNbd.fit(cbs), cbs)
              .predict(cbs, holdout, 0.9);
      if (pi.transactions().predictionInterval().contains(cbs.totalHoldoutFrequency())) {
        covered++;
      }
      double trueExpectation = 0;
      for (int i = 0; i < cbs.size(); i++) {
        trueExpectation +=
            truth.conditionalExpectedTransactions(26, cbs.frequency(i), cbs.recency(i), cbs.age(i));
      }
      if (pi.transactions().parameterInterval().contains(trueExpectation)) {
        expectationCovered++;
      }
    }
    double coverage = (double) covered / runs;
    System.out.printf(
        Locale.ROOT,
        "bootstrap coverage over %d simulated bases: realised holdout %.3f, true expectation %.3f%n",
        runs,
        coverage,
        (double) expectationCovered / runs);
    assertTrue(coverage >= 0.87 && coverage <= 0.93, "coverage " + coverage);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PredictionBootstrap.parametric(5, 1));
    CustomerSummaries merged = Cdnow.summaries().aggregated();
    BtydFit<BgNbd> fit = BgNbd.fit(merged);
    BootstrapReplicates reps = PredictionBootstrap.parametric(20, 1).replicate(fit, merged);
    assertThrows(IllegalArgumentException.class, () -> reps.predict(merged, SPEC, 1.2));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PredictionBootstrap.parametric(20, 1)
                .replicate(fit, GammaGamma.fit(Cdnow.summaries()), merged));
  }
}
