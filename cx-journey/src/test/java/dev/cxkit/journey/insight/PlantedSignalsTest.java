package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.journey.conformance.DeviationKind;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.whatif.Change;
import dev.cxkit.journey.whatif.JourneySimulator;
import dev.cxkit.journey.whatif.WhatIf;
import dev.cxkit.model.map.JourneyMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Synthetic journeys from {@link PlantedJourneys#map()} with planted signals; the analyses must
 * recover them: the skip of "quote" as the top deviation, "compare" replaced by "review-site",
 * "verify" as the top hotspot and first action, "advice" as an undeclared moment of truth, the
 * declared one at "browse" not confirmed.
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

    MarkovChain chain = report.chain();
    double observed = (double) report.converted() / report.journeys();
    assertEquals(observed, chain.absorption().conversionProbability(), 1e-9);
    // planted drop-off at verify (0.35) is recovered by the chain
    assertEquals(0.35, chain.probability(chain.state("verify"), MarkovChain.NON_CONVERSION), 0.02);

    List<Hotspot> hot = Hotspots.rank(report, Map.of(), HotspotWeights.standard());
    assertEquals("verify", hot.get(0).stepId(), hot.toString());

    MomentsOfTruth mots = MomentsOfTruth.detect(report, MAP, chain);
    List<String> undeclared = mots.undeclared().stream().map(StepEffect::stepId).toList();
    assertTrue(undeclared.contains("advice"), mots.toString());
    StepEffect advice =
        mots.effects().stream().filter(e -> e.stepId().equals("advice")).findFirst().orElseThrow();
    assertTrue(advice.riskDifference() > 0.1, advice.toString());
    assertTrue(advice.removalEffect() > 0, advice.toString());
    assertEquals(List.of("browse"), mots.notConfirmed().stream().map(StepEffect::stepId).toList());
    assertTrue(mots.confirmed().isEmpty());
    // reaching pay is necessary for conversion; among completed journeys of a length all reach it
    assertTrue(
        mots.undeclared().stream().noneMatch(e -> e.stepId().equals("pay")), mots.toString());

    ActionPlan plan = ActionPlan.build(report, MAP, chain, hot, 100.0, 0.2);
    Action first = plan.actions().get(0);
    assertEquals("verify", first.stepId(), plan.toString());
    assertTrue(first.valueAtStake() > 0);
    assertEquals(Action.Confidence.HIGH, first.confidence());
    assertTrue(first.explain().contains("designed pain point: ID upload fails (HIGH)"));
    double expected =
        WhatIf.of(chain)
            .journeys(report.journeys())
            .valuePerConversion(100)
            .evaluate(Change.reduceDropOff("verify", 0.2))
            .valueAtStake();
    assertEquals(expected, first.valueAtStake(), 0.0);
  }

  @Test
  void simulatorIsDeterministicForASeed() {
    Journeys a = journeys();
    Journeys b = journeys();
    assertEquals(a.eventCount(), b.eventCount());
    assertTrue(java.util.Arrays.equals(a.touchpoints(), b.touchpoints()));
  }
}
