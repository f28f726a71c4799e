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
}
