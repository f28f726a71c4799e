package dev.cxkit.model.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.persona.ParticipationLevel;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.model.persona.StageEngagement;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.ChannelKind;
import dev.cxkit.model.touchpoint.Ownership;
import dev.cxkit.model.touchpoint.Touchpoint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Construction rules of a journey map (each naming the id that breaks it) and graph queries. */
class JourneyMapTest {

  /**
   * report: notice -> call -> {fix, call (loop)} ; repair: fix -> bill ; bill ends. Also a branch
   * "escalate" reachable from call only through fix's next.
   */
  static JourneyMap.Builder base() {
    return JourneyMap.builder()
        .id("outage")
        .name("Outage")
        .version("1")
        .state(MapState.CURRENT)
        .journeyType(JourneyType.UNPREDICTABLE_SERVICE)
        .addPersonaId("home-worker")
        .addStages(MapStage.of("report", "Report"), MapStage.of("repair", "Repair"));
  }

  static JourneyMap sample() {
    return base()
        .addStep(
            Step.builder()
                .id("notice")
                .name("Notices outage")
                .stageId("report")
                .emotion(Emotion.ofMapScore(-1))
                .build())
        .addStep(
            Step.builder()
                .id("call")
                .name("Calls")
                .stageId("report")
                .emotion(Emotion.ofMapScore(-2))
                .addNext("fix", "call")
                .build())
        .addStep(
            Step.builder().id("fix").name("Technician").stageId("repair").addNext("bill").build())
        .addStep(
            Step.builder().id("escalate").name("Escalates").stageId("repair").end(true).build())
        .addStep(
            Step.builder()
                .id("bill")
                .name("Bill")
                .stageId("repair")
                .emotion(Emotion.ofMapScore(1))
                .addNext("escalate")
                .build())
        .build();
  }

  private static void assertRejects(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void graphQueries() {
    JourneyMap map = sample();
    assertEquals(List.of("fix", "call"), ids(map.successors("call")));
    assertEquals(List.of("call"), ids(map.successors("notice")));
    assertEquals(List.of("notice", "call"), ids(map.predecessors("call")));
    assertEquals(List.of("notice"), ids(map.startSteps()));
    assertEquals(List.of("escalate"), ids(map.endSteps()));
    assertEquals(List.of("fix", "escalate", "bill"), ids(map.stepsInStage("repair")));
    assertEquals("fix", map.step("fix").orElseThrow().id());
    assertEquals(Optional.empty(), map.step("nope"));
    assertEquals(
        List.of(
            new EmotionPoint("notice", "report", -0.5),
            new EmotionPoint("call", "report", -1.0),
            new EmotionPoint("bill", "repair", 0.5)),
        map.emotionCurve());
    assertRejects("stepId must name a step of the map, was 'nope'", () -> map.successors("nope"));
    assertRejects(
        "stageId must name a stage of the map, was 'nope'", () -> map.stepsInStage("nope"));
    assertEquals(
        "JourneyMap{outage v1 CURRENT 'Outage', "
            + map.journeyType()
            + ", stages=[report, repair], steps=5}",
        map.toString());
  }

  @Test
  void lastStepWithoutNextEndsAndExplicitStartsCount() {
    JourneyMap map =
        base()
            .addSteps(Step.of("a", "A", "report"), Step.of("b", "B", "repair"))
            .addStartStepId("a")
            .build();
    assertEquals(List.of("b"), ids(map.endSteps()));
    assertEquals(List.of("a"), ids(map.startSteps()));
    assertEquals(List.of(), map.emotionCurve());
  }

  @Test
  void everyRuleNamesTheOffendingId() {
    assertRejects(
        "steps must have unique ids, was 'a' twice",
        () -> base().addSteps(Step.of("a", "A", "report"), Step.of("a", "A2", "report")).build());
    assertRejects(
        "stages must have unique ids, was 'report' twice",
        () ->
            base()
                .addStage(MapStage.of("report", "Again"))
                .addStep(Step.of("a", "A", "report"))
                .build());
    assertRejects(
        "step 'a'.stageId must name a stage of the map [report, repair], was 'nope'",
        () -> base().addStep(Step.of("a", "A", "nope")).build());
    assertRejects(
        "step 'b'.next must name steps of the map, was 'ghost'",
        () ->
            base()
                .addStep(Step.of("a", "A", "report"))
                .addStep(
                    Step.builder().id("b").name("B").stageId("report").addNext("ghost").build())
                .build());
    assertRejects(
        "startStepIds must name steps of the map, was 'ghost'",
        () -> base().addStep(Step.of("a", "A", "report")).addStartStepId("ghost").build());
    assertRejects(
        "step 'c' must be reachable from the start steps [a], was unreachable",
        () ->
            base()
                .addStep(Step.of("a", "A", "report"))
                .addStep(Step.builder().id("b").name("B").stageId("report").end(true).build())
                .addStep(Step.of("c", "C", "repair"))
                .build());
    assertRejects(
        "step 'c' must be listed in stage order (grouped by stage), was in stage 'report' after a"
            + " step of stage 'repair'",
        () ->
            base()
                .addStep(Step.of("a", "A", "report"))
                .addStep(Step.of("b", "B", "repair"))
                .addStep(Step.of("c", "C", "report"))
                .build());
    assertRejects("steps must not be empty, was []", () -> base().build());
    assertRejects(
        "schemaVersion must be 1 (the version this cxkit reads), was 2",
        () -> base().schemaVersion(2).addStep(Step.of("a", "A", "report")).build());
    assertRejects(
        "map 'outage'.personaIds must hold unique ids, was 'home-worker' twice",
        () -> base().addPersonaId("home-worker").addStep(Step.of("a", "A", "report")).build());
    assertRejects(
        "map 'outage'.personas must be listed in personaIds [home-worker], was 'cfo'",
        () ->
            base()
                .addPersona(Persona.of("cfo", "Claire"))
                .addStep(Step.of("a", "A", "report"))
                .build());
    assertRejects(
        "step 'a' customerQuote.personaId must name a persona of the map [home-worker], was 'cfo'",
        () ->
            base()
                .addStep(
                    Step.builder()
                        .id("a")
                        .name("A")
                        .stageId("report")
                        .addCustomerQuote(
                            CustomerQuote.builder().text("hi").personaId("cfo").build())
                        .build())
                .build());
  }

  @Test
  void embeddedPersonasEngageInTheMapsStages() {
    Persona olivia =
        Persona.builder()
            .id("home-worker")
            .name("Olivia")
            .putStageEngagement(
                "repair",
                StageEngagement.builder().participation(ParticipationLevel.DRIVER).build())
            .build();
    JourneyMap map = base().addPersona(olivia).addStep(Step.of("a", "A", "report")).build();
    assertEquals(Optional.of(olivia), map.persona("home-worker"));
    assertRejects(
        "map 'outage' persona 'home-worker'.stageEngagements must name stages of the map, was"
            + " 'advocacy'",
        () ->
            base()
                .addPersona(
                    Persona.builder()
                        .from(olivia)
                        .putStageEngagement(
                            "advocacy",
                            StageEngagement.builder()
                                .participation(ParticipationLevel.PARTICIPANT)
                                .build())
                        .build())
                .addStep(Step.of("a", "A", "report"))
                .build());
    // a lifecycle stage id of a map stage is accepted as well
    JourneyMap lifecycle =
        base()
            .stages(
                List.of(
                    MapStage.builder()
                        .id("report")
                        .name("R")
                        .lifecycleStageId("retention")
                        .build()))
            .addPersona(
                Persona.builder()
                    .id("home-worker")
                    .name("Olivia")
                    .putStageEngagement(
                        "retention",
                        StageEngagement.builder()
                            .participation(ParticipationLevel.GATEKEEPER)
                            .build())
                    .build())
            .addStep(Step.of("a", "A", "report"))
            .build();
    assertEquals(1, lifecycle.personas().size());
    assertRejects(
        "map 'outage'.startStepIds must hold unique ids, was 'a' twice",
        () -> base().addStep(Step.of("a", "A", "report")).addStartStepIds("a", "a").build());
  }

  @Test
  void embeddedCataloguesResolveStepIds() {
    Channel phone = Channel.of("phone", "Call centre", ChannelKind.ASSISTED);
    Touchpoint ivr =
        Touchpoint.builder()
            .id("ivr")
            .name("IVR")
            .channel(phone)
            .ownership(Ownership.BRAND_OWNED)
            .build();
    Step call =
        Step.builder()
            .id("call")
            .name("Call")
            .stageId("report")
            .addTouchpointId("ivr")
            .addChannelId("phone")
            .build();
    JourneyMap map = base().addTouchpoint(ivr).addStep(call).build();
    assertEquals(Optional.of(phone), map.channel("phone"));
    assertEquals(Optional.of(ivr), map.touchpoint("ivr"));
    assertRejects(
        "step 'call'.touchpointIds must name touchpoints of the map's catalogue, was 'ivr'",
        () ->
            base()
                .addTouchpoint(Touchpoint.builder().from(ivr).id("other").build())
                .addStep(call)
                .build());
    assertRejects(
        "step 'call'.channelIds must name channels of the map's catalogue, was 'phone'",
        () ->
            base()
                .addChannel(Channel.of("web", "Web", ChannelKind.DIGITAL))
                .addStep(Step.builder().from(call).touchpointIds(List.of()).build())
                .build());
    assertRejects(
        "touchpoint 'ivr'.channel must match channel 'phone' defined elsewhere in the map"
            + " (Channel[id=phone, name=Phone, kind=ASSISTED]), was Channel[id=phone, name=Call"
            + " centre, kind=ASSISTED]",
        () ->
            base()
                .addChannel(Channel.of("phone", "Phone", ChannelKind.ASSISTED))
                .addTouchpoint(ivr)
                .addStep(call)
                .build());
    assertTrue(map.persona("home-worker").isEmpty());
  }

  static List<String> ids(List<Step> steps) {
    return steps.stream().map(Step::id).toList();
  }
}
