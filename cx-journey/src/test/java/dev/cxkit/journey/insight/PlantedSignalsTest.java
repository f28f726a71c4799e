package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.journey.conformance.DeviationKind;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.whatif.JourneySimulator;
import dev.cxkit.model.map.JourneyMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Synthetic journeys from {@link PlantedJourneys#map()} with planted signals; the analyses must
 * recover them: the skip of "quote" as the top deviation, "compare" replaced by "review-site",
 * "verify" as the top hotspot and a fix action, "advice" (against "compare" from "browse") as an
 * undeclared moment of truth with an extend action, the declared one at "browse" not confirmed.
 */
class PlantedSignalsTest {
  static final JourneyMap MAP = PlantedJourneys.map();

  static Journeys journeys() {
    return JourneySimulator.of(MAP)
        .seed(42)
        .baseDropOff(0.03)
        .baseConversion(0.65)
        .skip("quote", 0.35)
        .replace("compare", "review-site", 0.25)
        .dropOff("verify", 0.35)
        .repeat("verify", 0.4)
        .dwellMillis("verify", 30 * 60_000L)
        .momentOfTruth("advice", 0.3)
        .simulate(20_000);
  }

  @Test
  void analysesRecoverWhatWasPlanted() {
    Journeys js = journeys();
    ConformanceReport report = ConformanceChecker.of(StepMatcher.byTouchpoint(MAP)).check(js);

    // planted repeat contact at verify (40 % of those reaching it) is the most common deviation
    Deviation top = report.deviations().get(0);
    assertEquals(DeviationKind.REPEATED, top.kind(), report.toString());
    assertEquals("verify", top.stepId().orElseThrow());
    // the planted skip of quote comes next, split by the branch taken before it
    List<Deviation> skips =
        report.deviations().stream().filter(d -> d.kind() == DeviationKind.SKIPPED).toList();
    assertEquals("quote", skips.get(0).stepId().orElseThrow(), report.toString());
    assertEquals("quote", skips.get(1).stepId().orElseThrow(), report.toString());
    assertEquals("verify", skips.get(0).toStepId().orElseThrow());
    assertTrue(
        report.deviations().stream()
            .anyMatch(
                d ->
                    d.kind() == DeviationKind.REPLACED
                        && d.stepId().orElse("").equals("compare")
                        && d.touchpointId().orElse("").equals("review-site")),
        report.toString());
    // about 35 % of journeys reaching quote's position skip it: its skip share is the largest
    double quoteSkip = report.step("quote").skipRate();
    assertTrue(quoteSkip > 0.2 && quoteSkip < 0.35, "skip rate " + quoteSkip);
    assertTrue(report.step("verify").repeated() > 0.3 * report.step("verify").reached());
    assertEquals(1L * report.journeys(), report.step("browse").journeys());

    MomentsOfTruth mots = MomentsOfTruth.detect(js, StepMatcher.byTouchpoint(MAP));
    List<Hotspot> hot = Hotspots.rank(mots, Map.of(), HotspotWeights.standard());
    assertEquals("verify", hot.get(0).item(), hot.toString());

    List<String> undeclared = mots.undeclared().stream().map(ExposureEffect::candidate).toList();
    assertTrue(undeclared.contains("advice"), mots.toString());
    ExposureEffect advice = mots.effect("advice").orElseThrow();
    assertEquals("browse", advice.landmark());
    assertTrue(advice.riskDifference().getAsDouble() > 0.1, advice.toString());
    // every journey starts at browse: nothing to compare it with, so it cannot be confirmed
    assertEquals(
        List.of("browse"), mots.notConfirmed().stream().map(ExposureEffect::candidate).toList());
    assertTrue(mots.confirmed().isEmpty());
    // reaching pay is how a journey completes; it is no moment of truth
    assertTrue(
        mots.undeclared().stream().noneMatch(e -> e.candidate().equals("pay")), mots.toString());

    ActionPlan plan = ActionPlan.build(mots, hot, 100.0, 0.2);
    Action verify =
        plan.actions().stream().filter(a -> a.target().equals("verify")).findFirst().orElseThrow();
    assertEquals(Action.Kind.FIX, verify.kind(), plan.toString());
    assertTrue(verify.valueAtStake() > 0);
    assertEquals(Action.Confidence.HIGH, verify.confidence());
    assertTrue(verify.explain().contains("designed pain point: ID upload fails (HIGH)"));
    Action extend =
        plan.actions().stream().filter(a -> a.target().equals("advice")).findFirst().orElseThrow();
    assertEquals(Action.Kind.EXTEND, extend.kind(), plan.toString());
    assertEquals(
        advice.riskDifference().getAsDouble() * advice.unexposed() * 100.0,
        extend.valueAtStake(),
        1e-6);
    assertTrue(plan.actions().stream().noneMatch(a -> a.target().equals("browse")));
  }

  @Test
  void simulatorIsDeterministicForASeed() {
    Journeys a = journeys();
    Journeys b = journeys();
    assertEquals(a.eventCount(), b.eventCount());
    assertTrue(java.util.Arrays.equals(a.touchpoints(), b.touchpoints()));
  }
}
