package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.insight.TruthSimulator.Conversion;
import dev.cxkit.model.map.JourneyMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The action plan follows the estimates: a touchpoint that helps is extended (never "fixed"), one
 * that hurts is fixed, one without effect gets nothing, and each value at stake is the estimated
 * effect times the journeys it reaches times their value.
 */
class ActionEvidenceTest {
  static final JourneyMap MAP = EffectMaps.outage();

  /** Outage handling with a helpful text message, a harmful transfer and a decoy survey. */
  static TruthSimulator simulator() {
    return TruthSimulator.of(MAP)
        .conversion(Conversion.REACH_END, 0)
        .allDropOff(0.06)
        .touch("text-message", "sms", new double[] {0.4}, 0.4, 0, "report-outage")
        .touch("transfer", "phone", new double[] {0.3}, 2.5, 0, "call-support")
        .touch("survey-email", "email", new double[] {0.3}, 1.0, 0, "troubleshoot");
  }

  @Test
  void directionAndValueFollowTheEstimate() {
    TruthSimulator sim = simulator();
    TruthSimulator.Sample s = sim.simulate(20_000, 31);
    MomentsOfTruth mots = MomentsOfTruth.detect(s.journeys(), StepMatcher.byTouchpoint(MAP));
    List<Hotspot> hot = Hotspots.rank(mots);
    ActionPlan plan = ActionPlan.build(mots, hot, 120.0, 0.2);

    ExposureEffect text = mots.effect("text-message").orElseThrow();
    PlantedEffectsTest.assertRecovered(
        sim.touchTruth(20_000, 31, "text-message", "report-outage"), text);
    Action extend = action(plan, "text-message").orElseThrow(() -> new AssertionError(plan));
    assertEquals(Action.Kind.EXTEND, extend.kind());
    double rd = text.riskDifference().getAsDouble();
    assertTrue(rd > 0.05, text.toString());
    assertEquals(text.unexposed(), extend.reach());
    assertEquals(rd * text.unexposed(), extend.conversionChange(), 1e-9);
    assertEquals(rd * text.unexposed() * 120.0, extend.valueAtStake(), 1e-6);
    assertTrue(extend.change().contains("without 'text-message' receive it"), extend.change());

    ExposureEffect transfer = mots.effect("transfer").orElseThrow();
    PlantedEffectsTest.assertRecovered(
        sim.touchTruth(20_000, 31, "transfer", "call-support"), transfer);
    Action fix = action(plan, "transfer").orElseThrow(() -> new AssertionError(plan));
    assertEquals(Action.Kind.FIX, fix.kind());
    double harm = transfer.riskDifference().getAsDouble();
    assertTrue(harm < -0.05, transfer.toString());
    assertEquals(transfer.exposed(), fix.reach());
    assertEquals(-harm * transfer.exposed() * 120.0, fix.valueAtStake(), 1e-6);

    assertTrue(action(plan, "survey-email").isEmpty(), plan.toString());
    // ranked by value at stake
    for (int i = 1; i < plan.actions().size(); i++) {
      assertTrue(
          plan.actions().get(i - 1).valueAtStake() >= plan.actions().get(i).valueAtStake(),
          plan.toString());
      assertEquals(i + 1, plan.actions().get(i).rank());
    }
  }

  /** A value per journey (for example a customer's CLV) is summed over the journeys reached. */
  @Test
  void valuePerJourneyIsSummedOverTheJourneysReached() {
    TruthSimulator.Sample s = simulator().simulate(6_000, 32);
    MomentsOfTruth mots = MomentsOfTruth.detect(s.journeys(), StepMatcher.byTouchpoint(MAP));
    List<Hotspot> hot = Hotspots.rank(mots);
    ActionPlan flat = ActionPlan.build(mots, hot, 50.0, 0.2);
    ActionPlan perJourney = ActionPlan.build(mots, hot, j -> 50.0, 0.2);
    assertEquals(flat.actions().size(), perJourney.actions().size());
    for (int i = 0; i < flat.actions().size(); i++) {
      assertEquals(
          flat.actions().get(i).valueAtStake(), perJourney.actions().get(i).valueAtStake(), 1e-6);
    }
    // every journey starts at report-outage, the text message's landmark: its not-exposed arm is
    // every journey without a text message, whose values are summed here independently
    dev.cxkit.journey.assembly.Journeys js = s.journeys();
    int sms = js.dictionaries().touchpoints().id("text-message");
    double unexposedValue = 0;
    for (int j = 0; j < js.count(); j++) {
      boolean got = false;
      for (int i = js.start(j); i < js.end(j); i++) {
        got |= js.touchpoint(i) == sms;
      }
      if (!got) {
        unexposedValue += j % 3 == 0 ? 30.0 : 0.0;
      }
    }
    ActionPlan byJourney = ActionPlan.build(mots, hot, j -> j % 3 == 0 ? 30.0 : 0.0, 0.2);
    ExposureEffect text = mots.effect("text-message").orElseThrow();
    Action a = action(byJourney, "text-message").orElseThrow();
    assertEquals(text.riskDifference().getAsDouble() * unexposedValue, a.valueAtStake(), 1e-6);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> ActionPlan.build(mots, hot, j -> j == 7 ? Double.NaN : 1.0, 0.2));
    assertTrue(
        e.getMessage().contains("value of journey 7 must be finite, was NaN"), e.getMessage());
  }

  private static Optional<Action> action(ActionPlan plan, String target) {
    return plan.actions().stream().filter(a -> a.target().equals(target)).findFirst();
  }
}
