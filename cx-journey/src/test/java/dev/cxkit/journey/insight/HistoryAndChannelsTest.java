package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.insight.TruthSimulator.Conversion;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Confounding through history (the exposure is likelier after a long walk, and a long walk ends
 * more often) is adjusted for by the touches-so-far strata; designed channel changes are not pain,
 * undesigned ones are.
 */
class HistoryAndChannelsTest {
  static final int N = 20_000;

  /**
   * A loop before the landmark: s1 -> s2 -> (s1 again | s3) -> s4. The callback at s3 is offered
   * with probability 0.15 after 2 visits, 0.4 after 4 and 0.8 after 6 or more, and every visit
   * raises drop-off by 40 % of its base (fatigue), so the exposed have longer, riskier histories.
   */
  @Test
  void confoundingThroughHistoryIsAdjustedForByTouchesSoFar() {
    JourneyMap map =
        EffectMaps.map(
            "pre-loop",
            List.of(
                EffectMaps.step("s1", "web", false, "s2"),
                EffectMaps.step("s2", "web", false, "s1", "s3"),
                EffectMaps.step("s3", "web", false, "s4"),
                EffectMaps.step("s4", "web", true)));
    TruthSimulator sim =
        TruthSimulator.of(map)
            .conversion(Conversion.REACH_END, 0)
            .allDropOff(0.02)
            .dropOff("s3", 0.15)
            .fatigue(0.4)
            .route("s2", "s1", 1.0)
            .route("s2", "s3", 1.2)
            .touch("callback", "phone", new double[] {1.0}, 0.5, 0, "s3")
            .byVisit(0, 0, 0.15, 0.15, 0.4, 0.4, 0.8);
    TruthSimulator.Sample s = sim.simulate(N, 21);
    double truth = sim.touchTruth(N, 21, "callback", "s3");
    ExposureEffect e =
        MomentsOfTruth.detect(s.journeys(), StepMatcher.byTouchpoint(map))
            .effect("callback")
            .orElseThrow();
    assertEquals("s3", e.landmark());
    double crude = e.exposedRate() - e.unexposedRate();
    assertTrue(
        Math.abs(crude - truth) > 0.04,
        "the crude difference is confounded by history: crude " + crude + ", truth " + truth);
    PlantedEffectsTest.assertRecovered(truth, e);
    assertTrue(e.clear(), e.toString());
  }

  /**
   * Outage handling designs its channel changes (phone report, web status page, phone call): none
   * of them is pain. Against a map on which call support is designed for chat only, the same
   * journeys' move from the web status page to a phone call is an undesigned switch at every
   * journey, and the unplanned text message (sms) switches channel by definition.
   */
  @Test
  void onlyChannelSwitchesTheMapDoesNotDesignCount() {
    JourneyMap map = EffectMaps.outage();
    TruthSimulator.Sample s =
        TruthSimulator.of(map)
            .conversion(Conversion.REACH_END, 0)
            .allDropOff(0.05)
            .touch("text-message", "sms", new double[] {0.5}, 0.8, 0, "report-outage")
            .simulate(5_000, 5);
    List<Hotspot> designed = Hotspots.rank(MomentsOfTruth.detect(s.journeys(), matcher(map)));
    for (Hotspot h : designed) {
      if (h.kind() == Hotspot.Kind.STEP) {
        assertEquals(0.0, h.channelSwitchRate(), h.toString());
      }
    }
    Hotspot sms = find(designed, "text-message");
    assertEquals(1.0, sms.channelSwitchRate(), sms.toString());

    List<Step> steps = new ArrayList<>();
    for (Step st : map.steps()) {
      steps.add(
          st.id().equals("call-support")
              ? Step.builder().from(st).channelIds(List.of("chat")).build()
              : st);
    }
    JourneyMap chatSupport = EffectMaps.map("outage-chat", steps);
    List<Hotspot> other = Hotspots.rank(MomentsOfTruth.detect(s.journeys(), matcher(chatSupport)));
    Hotspot call = find(other, "call-support");
    // every event at call support follows status page (web) or a text message (sms): undesigned
    assertEquals(1.0, call.channelSwitchRate(), call.toString());
    assertTrue(call.explain().contains("undesigned channel switches 100.0 %"), call.explain());
    assertEquals(0.0, find(other, "troubleshoot").channelSwitchRate());
    assertEquals(0.0, find(other, "status-page").channelSwitchRate());
  }

  private static StepMatcher matcher(JourneyMap map) {
    return StepMatcher.byTouchpoint(map);
  }

  private static Hotspot find(List<Hotspot> hot, String item) {
    return hot.stream()
        .filter(h -> h.item().equals(item))
        .findFirst()
        .orElseThrow(() -> new AssertionError(item + " not in " + hot));
  }
}
