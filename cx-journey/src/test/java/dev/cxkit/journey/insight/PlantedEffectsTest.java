package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.insight.TruthSimulator.Conversion;
import dev.cxkit.model.map.JourneyMap;
import org.junit.jupiter.api.Test;

/**
 * Planted effects recovered within 0.03 of the truth at 20,000 journeys, on simulators of several
 * shapes. The truth is computed by {@link TruthSimulator} with common random numbers (each customer
 * walked again with the exposure forced on and off at the landmark), never assumed.
 */
class PlantedEffectsTest {
  static final int N = 20_000;

  static ExposureEffect effect(MomentsOfTruth mots, String candidate) {
    return mots.effect(candidate).orElseThrow(() -> new AssertionError(mots.toString()));
  }

  static void assertRecovered(double truth, ExposureEffect e) {
    double rd = e.riskDifference().orElseThrow(() -> new AssertionError(e.toString()));
    assertEquals(truth, rd, 0.03, "truth " + truth + ", " + e);
    assertTrue(
        e.interval().orElseThrow().contains(truth) || Math.abs(truth - rd) < 0.02, e.toString());
  }

  /** The scenario: a proactive text message lifts resolution from 0.575 to 0.771. */
  @Test
  void outageTextMessageLiftsResolution() {
    JourneyMap map = EffectMaps.outage();
    double d = 1 - Math.pow(0.575, 0.2);
    double m = (1 - Math.pow(0.771, 0.2)) / d;
    TruthSimulator sim =
        TruthSimulator.of(map)
            .conversion(Conversion.REACH_END, 0)
            .allDropOff(d)
            .touch("text-message", "sms", new double[] {0.5}, m, 0, "report-outage");
    TruthSimulator.Sample s = sim.simulate(N, 11);
    double truth = sim.touchTruth(N, 11, "text-message", "report-outage");
    assertEquals(0.771 - 0.575, truth, 0.012, "truth by common random numbers");
    MomentsOfTruth mots = MomentsOfTruth.detect(s.journeys(), StepMatcher.byTouchpoint(map));
    ExposureEffect e = effect(mots, "text-message");
    assertEquals("report-outage", e.landmark());
    assertEquals(ExposureEffect.Kind.TOUCHPOINT, e.kind());
    assertRecovered(truth, e);
    assertEquals(0.771, e.exposedRate(), 0.02);
    assertEquals(0.575, e.unexposedRate(), 0.02);
    assertEquals(ExposureEffect.Verdict.UNDECLARED, e.verdict(), e.toString());
    assertFalse(e.weak(), e.toString());
    assertTrue(e.chainEffect().isPresent(), e.toString());
    assertTrue(e.toString().contains("text-message"));
    // no designed step of a linear map has a comparison: every journey moving on takes the next
    for (ExposureEffect x : mots.effects()) {
      if (x.kind() == ExposureEffect.Kind.STEP) {
        assertTrue(x.riskDifference().isEmpty() || !x.clear(), x.toString());
      }
    }
  }

  /** Conversion at random after completion, a touchpoint adding 0.15 to it. */
  @Test
  void upliftAfterCompletion() {
    JourneyMap map = EffectMaps.linear();
    TruthSimulator sim =
        TruthSimulator.of(map)
            .conversion(Conversion.AT_RANDOM_AFTER_COMPLETION, 0.5)
            .allDropOff(0.05)
            .touch("coupon", "email", new double[] {0.4}, 1.0, 0.15, "s2");
    TruthSimulator.Sample s = sim.simulate(N, 12);
    double truth = sim.touchTruth(N, 12, "coupon", "s2");
    MomentsOfTruth mots = MomentsOfTruth.detect(s.journeys(), StepMatcher.byTouchpoint(map));
    ExposureEffect e = effect(mots, "coupon");
    assertEquals("s2", e.landmark());
    assertRecovered(truth, e);
    assertTrue(e.clear(), e.toString());
  }

  /** An unplanned positive touchpoint assigned at random early, at any of the first three steps. */
  @Test
  void earlyRandomTouchpointWithDilution() {
    JourneyMap map = EffectMaps.linear();
    TruthSimulator sim =
        TruthSimulator.of(map)
            .conversion(Conversion.REACH_END, 0)
            .allDropOff(0.12)
            .touch("welcome-call", "phone", new double[] {0.3}, 0.4, 0, "s1", "s2", "s3");
    TruthSimulator.Sample s = sim.simulate(N, 13);
    MomentsOfTruth mots = MomentsOfTruth.detect(s.journeys(), StepMatcher.byTouchpoint(map));
    ExposureEffect e = effect(mots, "welcome-call");
    assertEquals("s1", e.landmark());
    assertTrue(e.landmarkShare() < 0.6, e.toString());
    double truth = sim.touchTruth(N, 13, "welcome-call", "s1");
    assertRecovered(truth, e);
  }

  /**
   * A pain point inside a loop (a transfer at call support multiplies drop-off by 3) and a decoy
   * survey with no effect: the pain is recovered, the decoy is not flagged, the transfer ranks
   * first among hotspots though the map does not mention it, and only the transfer gets an action.
   */
  @Test
  void painPointInALoopAndADecoy() {
    JourneyMap map = EffectMaps.loop();
    TruthSimulator sim =
        TruthSimulator.of(map)
            .conversion(Conversion.REACH_END, 0)
            .allDropOff(0.08)
            .route("troubleshoot", "call-support", 1.0)
            .route("troubleshoot", "technician-visit", 1.5)
            .touch("transfer", "phone", new double[] {0.3}, 3.0, 0, "call-support")
            .touch("survey-email", "email", new double[] {0.3}, 1.0, 0, "troubleshoot");
    TruthSimulator.Sample s = sim.simulate(N, 14);
    MomentsOfTruth mots = MomentsOfTruth.detect(s.journeys(), StepMatcher.byTouchpoint(map));
    ExposureEffect transfer = effect(mots, "transfer");
    assertEquals("call-support", transfer.landmark());
    assertRecovered(sim.touchTruth(N, 14, "transfer", "call-support"), transfer);
    assertTrue(
        transfer.clear() && transfer.riskDifference().getAsDouble() < -0.1, transfer.toString());
    ExposureEffect decoy = effect(mots, "survey-email");
    assertRecovered(sim.touchTruth(N, 14, "survey-email", "troubleshoot"), decoy);
    assertFalse(decoy.clear(), decoy.toString());
    assertEquals(ExposureEffect.Verdict.NONE, decoy.verdict());

    java.util.List<Hotspot> hot = Hotspots.rank(mots);
    assertEquals("transfer", hot.get(0).item(), hot.toString());
    assertEquals(Hotspot.Kind.TOUCHPOINT, hot.get(0).kind());
    assertEquals("call-support", hot.get(0).anchorStepId().orElseThrow());
    assertTrue(hot.get(0).harmful());

    ActionPlan plan = ActionPlan.build(mots, hot, 100.0, 0.2);
    assertTrue(
        plan.actions().stream().noneMatch(a -> a.target().equals("survey-email")), plan.toString());
    Action fix =
        plan.actions().stream()
            .filter(a -> a.target().equals("transfer"))
            .findFirst()
            .orElseThrow();
    assertEquals(Action.Kind.FIX, fix.kind());
    double rd = transfer.riskDifference().getAsDouble();
    assertEquals(-rd * transfer.exposed() * 100.0, fix.valueAtStake(), 1e-6);
  }

  /** A designed branch: advice (declared a moment of truth) against compare, from browse. */
  @Test
  void designedBranchStep() {
    JourneyMap map = EffectMaps.branch();
    TruthSimulator sim =
        TruthSimulator.of(map)
            .conversion(Conversion.REACH_END, 0)
            .allDropOff(0.05)
            .dropOff("compare", 0.30)
            .dropOff("browse", 0.20);
    TruthSimulator.Sample s = sim.simulate(N, 15);
    MomentsOfTruth mots = MomentsOfTruth.detect(s.journeys(), StepMatcher.byTouchpoint(map));
    ExposureEffect advice = effect(mots, "advice");
    assertEquals("browse", advice.landmark());
    assertEquals(ExposureEffect.Kind.STEP, advice.kind());
    double truth = sim.stepTruth(N, 15, "advice", "browse");
    assertEquals(0.95 * 0.95 - 0.70 * 0.95, truth, 0.02);
    assertRecovered(truth, advice);
    assertEquals(ExposureEffect.Verdict.CONFIRMED, advice.verdict(), advice.toString());
    assertTrue(advice.declared());
    ExposureEffect compare = effect(mots, "compare");
    assertRecovered(-truth, compare);
  }

  /** Segment drives both exposure and conversion; with the segment given it is adjusted for. */
  @Test
  void confoundingBySegment() {
    JourneyMap map = EffectMaps.linear();
    TruthSimulator sim =
        TruthSimulator.of(map)
            .conversion(Conversion.REACH_END, 0)
            .allDropOff(0.10)
            .segments(new double[] {0.5, 0.5}, new double[] {0.4, 1.8}, new double[] {0, 0})
            .touch("loyalty-offer", "email", new double[] {0.7, 0.15}, 0.7, 0, "s2");
    TruthSimulator.Sample s = sim.simulate(N, 16);
    double truth = sim.touchTruth(N, 16, "loyalty-offer", "s2");
    StepMatcher matcher = StepMatcher.byTouchpoint(map);
    ExposureEffect crude = effect(MomentsOfTruth.detect(s.journeys(), matcher), "loyalty-offer");
    assertTrue(
        Math.abs(crude.riskDifference().getAsDouble() - truth) > 0.05,
        "without the segment the estimate is confounded: " + crude + " truth " + truth);
    MomentsOfTruth adjusted =
        MomentsOfTruth.detect(
            s.journeys(), matcher, EffectOptions.standard().withSegments(s.segments()));
    assertRecovered(truth, effect(adjusted, "loyalty-offer"));
  }
}
