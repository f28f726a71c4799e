package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.insight.TruthSimulator.Conversion;
import dev.cxkit.model.map.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gets an error or a flag naming the touchpoint, value and rule, never a quiet 0. */
class EffectBadInputTest {
  static final JourneyMap MAP = EffectMaps.linear();
  static final StepMatcher MATCHER = StepMatcher.byTouchpoint(MAP);

  static TruthSimulator.Sample sample(double base, double drop, double[] p) {
    return sample(Conversion.AT_RANDOM_AFTER_COMPLETION, base, drop, p, 0.1);
  }

  static TruthSimulator.Sample sample(
      Conversion conversion, double base, double drop, double[] p, double uplift) {
    return TruthSimulator.of(MAP)
        .conversion(conversion, base)
        .allDropOff(drop)
        .segments(new double[] {0.5, 0.5}, new double[] {1, 1}, new double[] {0, 0})
        .touch("offer", "email", p, 1.0, uplift, "s2")
        .simulate(2_000, 3);
  }

  @Test
  void anExposureThatNeverOccursIsAnError() {
    // the goal is reaching s5: its event is the conversion itself, never an exposure before it
    TruthSimulator.Sample s = sample(Conversion.REACH_END, 0, 0.05, new double[] {0.3}, 0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MomentsOfTruth.detect(
                    s.journeys(), MATCHER, EffectOptions.standard().withCandidates(List.of("s5"))));
    assertTrue(
        e.getMessage().contains("candidate 's5' never occurs before conversion"), e.getMessage());
    assertTrue(e.getMessage().contains("rule: an exposure must happen before the outcome"));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MomentsOfTruth.detect(
                    s.journeys(),
                    MATCHER,
                    EffectOptions.standard().withCandidates(List.of("sms"))));
    assertTrue(
        unknown
            .getMessage()
            .contains("must name a step of map 'linear' or an observed touchpoint, was 'sms'"),
        unknown.getMessage());
  }

  @Test
  void noConversionOrNoNonConversionIsFlaggedNotZero() {
    for (double base : new double[] {0.0, 1.0}) {
      TruthSimulator.Sample s =
          sample(
              Conversion.AT_RANDOM_AFTER_COMPLETION,
              base,
              base == 1.0 ? 0.0 : 0.05,
              new double[] {0.3},
              0);
      ExposureEffect e = MomentsOfTruth.detect(s.journeys(), MATCHER).effect("offer").orElseThrow();
      assertTrue(e.riskDifference().isEmpty(), e.toString());
      assertTrue(e.interval().isEmpty());
      assertTrue(e.weak());
      assertTrue(
          e.weakReasons().get(0).contains(base == 0 ? "none of the" : "all of the"), e.toString());
      assertTrue(e.weakReasons().get(0).contains("cannot be estimated"));
      assertFalse(e.clear());
    }
  }

  @Test
  void noOverlapBetweenArmsIsFlagged() {
    // segment 0 always gets the offer, segment 1 never: within segment strata no comparison
    TruthSimulator.Sample s = sample(0.5, 0.05, new double[] {1.0, 0.0});
    ExposureEffect e =
        MomentsOfTruth.detect(
                s.journeys(), MATCHER, EffectOptions.standard().withSegments(s.segments()))
            .effect("offer")
            .orElseThrow();
    assertTrue(e.riskDifference().isEmpty(), e.toString());
    assertTrue(e.weakReasons().get(0).startsWith("no overlap"), e.toString());
    assertTrue(e.weakReasons().get(0).contains("'offer'"));
    // everyone exposed: nothing to compare
    ExposureEffect all =
        MomentsOfTruth.detect(sample(0.5, 0.05, new double[] {1.0}).journeys(), MATCHER)
            .effect("offer")
            .orElseThrow();
    assertTrue(all.weakReasons().get(0).contains("were exposed to 'offer'"), all.toString());
    assertEquals(ExposureEffect.Verdict.NONE, all.verdict());
  }

  @Test
  void segmentsMustMatchTheJourneys() {
    TruthSimulator.Sample s = sample(0.5, 0.05, new double[] {0.3});
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MomentsOfTruth.detect(
                    s.journeys(), MATCHER, EffectOptions.standard().withSegments(new int[3])));
    assertTrue(e.getMessage().contains("one entry per journey (2000), had 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EffectOptions.standard().withMinEffect(1));
    assertThrows(
        IllegalArgumentException.class, () -> EffectOptions.standard().withBootstrap(5, 1));
  }

  /** The bootstrap is seeded and agrees with Sato's interval on a large sample. */
  @Test
  void bootstrapIntervalAgreesWithSato() {
    TruthSimulator.Sample s = sample(0.5, 0.05, new double[] {0.3});
    EffectOptions only = EffectOptions.standard().withCandidates(List.of("offer"));
    ExposureEffect sato =
        MomentsOfTruth.detect(s.journeys(), MATCHER, only).effect("offer").orElseThrow();
    ExposureEffect boot =
        MomentsOfTruth.detect(s.journeys(), MATCHER, only.withBootstrap(400, 9))
            .effect("offer")
            .orElseThrow();
    ExposureEffect again =
        MomentsOfTruth.detect(s.journeys(), MATCHER, only.withBootstrap(400, 9))
            .effect("offer")
            .orElseThrow();
    assertEquals(boot.interval(), again.interval());
    assertEquals(MomentsOfTruth.METHOD_BOOTSTRAP, boot.method());
    assertEquals(sato.riskDifference(), boot.riskDifference());
    double ws = sato.interval().orElseThrow().width();
    double wb = boot.interval().orElseThrow().width();
    assertEquals(ws, wb, 0.2 * ws, sato + " / " + boot);
  }
}
