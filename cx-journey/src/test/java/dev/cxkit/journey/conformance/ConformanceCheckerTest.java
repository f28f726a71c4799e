package dev.cxkit.journey.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.model.interaction.Initiator;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.journey.JourneyOutcome;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Step;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceCheckerTest {

  /** a -> b -> c -> d, with c -> b a loop. */
  static JourneyMap linear() {
    return JourneyMap.builder()
        .id("m")
        .name("M")
        .version("1")
        .state(MapState.CURRENT)
        .journeyType(JourneyType.PURCHASE)
        .addStage(MapStage.of("s", "S"))
        .addStep(Step.of("a", "A", "s"))
        .addStep(Step.of("b", "B", "s"))
        .addStep(Step.builder().id("c").name("C").stageId("s").addNext("d", "b").build())
        .addStep(Step.of("d", "D", "s"))
        .build();
  }

  @Test
  void conformingJourneyHasFitnessOneAndLoopsAreAllowed() {
    Journeys js =
        TestJourneys.of(List.of(List.of("a", "b", "c", "d"), List.of("a", "b", "c", "b", "c")));
    ConformanceReport r = ConformanceChecker.of(StepMatcher.byTouchpoint(linear())).check(js);
    assertEquals(1.0, r.fitness(0));
    assertEquals(1.0, r.fitness(1));
    assertEquals(2, r.conforming());
    // the loop repeat is reported as a repeat, though it conforms
    assertEquals(1, r.step("b").repeated());
    assertEquals(0, r.step("b").skipped());
  }

  @Test
  void skipIsCountedWithContext() {
    // hand alignment: a (sync), b skipped, c (sync), d (sync): cost 1 over 3 events
    Journeys js = TestJourneys.of(List.of(List.of("a", "c", "d"), List.of("a", "b", "c", "d")));
    ConformanceChecker checker = ConformanceChecker.of(StepMatcher.byTouchpoint(linear()));
    ConformanceReport r = checker.check(js);
    assertEquals(1 - 1.0 / 3, r.fitness(0), 1e-15);
    Deviation top = r.deviations().get(0);
    assertEquals(DeviationKind.SKIPPED, top.kind());
    assertEquals("b", top.stepId().orElseThrow());
    assertEquals("a", top.fromStepId().orElseThrow());
    assertEquals("c", top.toStepId().orElseThrow());
    assertEquals(0.5, top.share());
    assertEquals("50.0 % of journeys skip 'b' and go straight from 'a' to 'c'", top.sentence());
    assertEquals(1, r.step("b").skipped());
    assertEquals("[SYNC a@0, SKIP b, SYNC c@1, SYNC d@2]", checker.align(js, 0).moves().toString());
  }

  @Test
  void unplannedReplacementAndOutOfOrder() {
    // a x c: x replaces b.  a c b: b out of order (prefix alignment a, b? no: a, c extra... )
    Journeys js = TestJourneys.of(List.of(List.of("a", "x", "c"), List.of("a", "d", "b")));
    ConformanceReport r = ConformanceChecker.of(StepMatcher.byTouchpoint(linear())).check(js);
    assertEquals(1, r.step("b").replaced());
    assertEquals(0, r.step("b").skipped());
    assertEquals(1, r.step("d").outOfOrder());
    assertEquals(1L, r.unplannedTouchpoints().get("x"));
    assertTrue(
        r.deviations().stream()
            .anyMatch(
                d ->
                    d.kind() == DeviationKind.REPLACED && d.touchpointId().orElse("").equals("x")));
    // transitions of the walks: start -> a twice
    assertEquals(2, r.transitions(ConformanceReport.START, "a"));
  }

  @Test
  void noMatchingEventIsAClearError() {
    Journeys js = TestJourneys.of(List.of(List.of("p", "q")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConformanceChecker.of(StepMatcher.byTouchpoint(linear())).check(js));
    assertTrue(
        e.getMessage().contains("map 'm': no observed event matches a step"), e.getMessage());
    assertTrue(e.getMessage().contains("touchpoints observed [p, q]"), e.getMessage());
  }

  @Test
  void explicitTouchpointRuleAndBadRule() {
    StepMatcher m = StepMatcher.byTouchpoint(linear()).withTouchpoint("ivr", "b");
    assertEquals(List.of("b"), m.steps("ivr", "phone"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> m.withTouchpoint("ivr", "zz"));
    assertEquals(
        "matcher rule for touchpoint 'ivr': stepId must name a step of map 'm', was 'zz'",
        e.getMessage());
  }

  static Journey journey(String id, JourneyType type, JourneyOutcome outcome, String... tps) {
    Journey.Builder b = Journey.builder().id(id).customerId("c1").type(type).outcome(outcome);
    for (int i = 0; i < tps.length; i++) {
      b.addInteractions(
          Interaction.builder()
              .id(id + "-" + i)
              .customerId("c1")
              .timestamp(Instant.ofEpochSecond(1_700_000_000L + 60L * i))
              .touchpointId(tps[i])
              .channelId("web")
              .type("visit")
              .initiator(Initiator.CUSTOMER)
              .build());
    }
    return b.build();
  }

  @Test
  void modelJourneysAreCheckedForTheirType() {
    ConformanceChecker checker = ConformanceChecker.of(StepMatcher.byTouchpoint(linear()));
    ConformanceReport r =
        checker.check(
            List.of(
                journey("j1", JourneyType.PURCHASE, JourneyOutcome.CONVERTED, "a", "b", "c", "d"),
                journey("j2", JourneyType.PURCHASE, JourneyOutcome.UNRESOLVED, "a", "c")));
    assertEquals(1, r.converted());
    assertEquals(1, r.step("b").skipped());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                checker.check(
                    List.of(journey("j9", JourneyType.RETAIL, JourneyOutcome.CONVERTED, "a"))));
    assertEquals(
        "journey 'j9'.type must be the journey type of map 'm' (purchase), was 'retail'",
        e.getMessage());
  }

  @Test
  void badCosts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new AlignmentCosts(0, 1));
    assertEquals("costs.skip must be in 1..1000, was 0", e.getMessage());
  }
}
