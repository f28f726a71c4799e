package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.insight.TruthSimulator.Conversion;
import dev.cxkit.model.map.JourneyMap;
import org.junit.jupiter.api.Test;

/**
 * Calibration of the 95 % intervals: a touchpoint assigned at random, with no effect, at 200 seeds.
 * The intervals must cover 0 in 93-97 % of them. Seeds 1..200; the figure is printed.
 */
class EffectCalibrationTest {
  static final int SEEDS = 200;

  @Test
  void intervalsOfANullTouchpointCoverZero() {
    JourneyMap map = EffectMaps.loop();
    StepMatcher matcher = StepMatcher.byTouchpoint(map);
    int covered = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      TruthSimulator sim =
          TruthSimulator.of(map)
              .conversion(Conversion.REACH_END, 0)
              .allDropOff(0.10)
              .route("troubleshoot", "technician-visit", 1.5)
              .touch("noise", "email", new double[] {0.3}, 1.0, 0, "call-support");
      TruthSimulator.Sample s = sim.simulate(3_000, seed);
      ExposureEffect e =
          MomentsOfTruth.detect(
                  s.journeys(),
                  matcher,
                  EffectOptions.standard().withCandidates(java.util.List.of("noise")))
              .effect("noise")
              .orElseThrow();
      if (e.interval().orElseThrow().contains(0)) {
        covered++;
      }
    }
    double coverage = (double) covered / SEEDS;
    System.out.printf(
        java.util.Locale.ROOT,
        "calibration: 95 %% intervals covered 0 in %d of %d seeds (%.1f %%)%n",
        covered,
        SEEDS,
        100 * coverage);
    assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
  }

  /**
   * Coverage of a planted effect (a transfer at call support that halves drop-off afterwards): the
   * population truth comes from 200,000 customers walked with the transfer forced on and off; over
   * 200 seeds of 3,000 journeys the 95 % intervals must cover it in 91-98.5 % of them (the binomial
   * band of 200 draws at 95 %, +-2.3 standard errors; the figure is printed).
   */
  @Test
  void intervalsOfAPlantedEffectCoverTheTruth() {
    JourneyMap map = EffectMaps.loop();
    StepMatcher matcher = StepMatcher.byTouchpoint(map);
    java.util.function.Supplier<TruthSimulator> model =
        () ->
            TruthSimulator.of(map)
                .conversion(Conversion.REACH_END, 0)
                .allDropOff(0.10)
                .route("troubleshoot", "technician-visit", 1.5)
                .touch("transfer", "phone", new double[] {0.3}, 0.5, 0, "call-support");
    double truth = model.get().touchTruth(200_000, 999_983, "transfer", "call-support");
    int covered = 0;
    double sum = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      TruthSimulator.Sample s = model.get().simulate(3_000, seed);
      ExposureEffect e =
          MomentsOfTruth.detect(
                  s.journeys(),
                  matcher,
                  EffectOptions.standard().withCandidates(java.util.List.of("transfer")))
              .effect("transfer")
              .orElseThrow();
      sum += e.riskDifference().getAsDouble();
      if (e.interval().orElseThrow().contains(truth)) {
        covered++;
      }
    }
    double coverage = (double) covered / SEEDS;
    System.out.printf(
        java.util.Locale.ROOT,
        "calibration: truth %.4f, mean estimate %.4f; 95 %% intervals covered it in %d of %d"
            + " seeds (%.1f %%)%n",
        truth,
        sum / SEEDS,
        covered,
        SEEDS,
        100 * coverage);
    org.junit.jupiter.api.Assertions.assertEquals(truth, sum / SEEDS, 0.01, "unbiased");
    assertTrue(coverage >= 0.91 && coverage <= 0.985, "coverage " + coverage);
  }
}
