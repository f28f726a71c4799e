package dev.cxkit.model.blueprint;

import static dev.cxkit.model.blueprint.BlueprintLine.LINE_OF_INTERACTION;
import static dev.cxkit.model.blueprint.BlueprintLine.LINE_OF_INTERNAL_INTERACTION;
import static dev.cxkit.model.blueprint.BlueprintLine.LINE_OF_VISIBILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.touchpoint.BusinessFunction;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.ChannelKind;
import dev.cxkit.model.touchpoint.Ownership;
import dev.cxkit.model.touchpoint.Touchpoint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Lanes and lines follow Bitner, Ostrom and Morgan, "Service Blueprinting: A Practical Technique
 * for Service Innovation", California Management Review 50(3), 2008: line of interaction between
 * customer and onstage (frontstage) actions, line of visibility between onstage and backstage, line
 * of internal interaction between backstage and support processes.
 */
class ServiceBlueprintTest {

  private static void assertRejects(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void linesSeparateAdjacentLanes() {
    assertEquals(
        Optional.of(LINE_OF_INTERACTION),
        BlueprintLine.separating(Lane.CUSTOMER_ACTIONS, Lane.FRONTSTAGE_ACTIONS));
    assertEquals(
        Optional.of(LINE_OF_VISIBILITY),
        BlueprintLine.separating(Lane.BACKSTAGE_ACTIONS, Lane.FRONTSTAGE_ACTIONS));
    assertEquals(
        Optional.of(LINE_OF_INTERNAL_INTERACTION),
        BlueprintLine.separating(Lane.BACKSTAGE_ACTIONS, Lane.SUPPORT_PROCESSES));
    assertEquals(
        Optional.empty(), BlueprintLine.separating(Lane.PHYSICAL_EVIDENCE, Lane.CUSTOMER_ACTIONS));
    assertEquals(
        Optional.empty(), BlueprintLine.separating(Lane.CUSTOMER_ACTIONS, Lane.BACKSTAGE_ACTIONS));
    assertEquals(
        Optional.empty(), BlueprintLine.separating(Lane.CUSTOMER_ACTIONS, Lane.CUSTOMER_ACTIONS));
    for (BlueprintLine line : BlueprintLine.values()) {
      assertEquals(line.above().ordinal() + 1, line.below().ordinal());
    }
  }

  @Test
  void linesCrossedBetweenAnyTwoLanes() {
    assertEquals(List.of(), Lane.PHYSICAL_EVIDENCE.linesCrossedTo(Lane.CUSTOMER_ACTIONS));
    assertEquals(List.of(), Lane.BACKSTAGE_ACTIONS.linesCrossedTo(Lane.BACKSTAGE_ACTIONS));
    assertEquals(
        List.of(LINE_OF_INTERACTION, LINE_OF_VISIBILITY),
        Lane.CUSTOMER_ACTIONS.linesCrossedTo(Lane.BACKSTAGE_ACTIONS));
    assertEquals(
        List.of(LINE_OF_INTERACTION, LINE_OF_VISIBILITY, LINE_OF_INTERNAL_INTERACTION),
        Lane.SUPPORT_PROCESSES.linesCrossedTo(Lane.PHYSICAL_EVIDENCE));
    for (Lane a : Lane.values()) {
      for (Lane b : Lane.values()) {
        assertEquals(a.linesCrossedTo(b), b.linesCrossedTo(a));
        BlueprintLine.separating(a, b)
            .ifPresent(l -> assertEquals(List.of(l), a.linesCrossedTo(b)));
      }
    }
  }

  static ServiceBlueprint.Builder base() {
    return ServiceBlueprint.builder()
        .id("onboarding")
        .name("Onboarding")
        .journeyMapId("b2b")
        .addStep(
            BlueprintStep.builder()
                .mapStepId("kickoff")
                .addTouchpointId("kickoff-meeting")
                .addOwningFunction(BusinessFunction.SERVICE)
                .addActions(
                    BlueprintAction.of("deck", Lane.PHYSICAL_EVIDENCE, "Kickoff deck"),
                    BlueprintAction.of("attend", Lane.CUSTOMER_ACTIONS, "Attends kickoff"),
                    BlueprintAction.builder()
                        .id("run")
                        .lane(Lane.FRONTSTAGE_ACTIONS)
                        .description("CSM runs kickoff")
                        .owningFunction(BusinessFunction.SERVICE)
                        .build(),
                    BlueprintAction.of("plan", Lane.BACKSTAGE_ACTIONS, "Plans project"),
                    BlueprintAction.of("staff", Lane.SUPPORT_PROCESSES, "Staffs team"))
                .build());
  }

  @Test
  void crossingsRecordTheLinesEachLinkCrosses() {
    ServiceBlueprint bp =
        base()
            .addLink(BlueprintLink.of("attend", "run"))
            .addLink(
                BlueprintLink.builder()
                    .fromActionId("run")
                    .toActionId("staff")
                    .label("request")
                    .build())
            .addLink(BlueprintLink.of("deck", "attend"))
            .build();
    assertEquals(
        List.of(
            LinkCrossing.of(
                BlueprintLink.of("attend", "run"), Lane.CUSTOMER_ACTIONS, Lane.FRONTSTAGE_ACTIONS),
            new LinkCrossing(
                bp.links().get(1),
                Lane.FRONTSTAGE_ACTIONS,
                Lane.SUPPORT_PROCESSES,
                List.of(LINE_OF_VISIBILITY, LINE_OF_INTERNAL_INTERACTION)),
            new LinkCrossing(
                bp.links().get(2), Lane.PHYSICAL_EVIDENCE, Lane.CUSTOMER_ACTIONS, List.of())),
        bp.crossings());
    assertEquals(List.of(LINE_OF_INTERACTION), bp.linesCrossed(BlueprintLink.of("attend", "run")));
    assertEquals("run", bp.action("run").orElseThrow().id());
    assertEquals(
        List.of("attend"),
        bp.stepFor("kickoff").orElseThrow().actionsIn(Lane.CUSTOMER_ACTIONS).stream()
            .map(BlueprintAction::id)
            .toList());
    assertEquals(Optional.empty(), bp.stepFor("nope"));
    assertEquals(
        "ServiceBlueprint{onboarding 'Onboarding' of map b2b, steps=[kickoff], links=3}",
        bp.toString());
    assertEquals(
        "BlueprintStep{kickoff, PHYSICAL_EVIDENCE=[deck], CUSTOMER_ACTIONS=[attend],"
            + " FRONTSTAGE_ACTIONS=[run], BACKSTAGE_ACTIONS=[plan], SUPPORT_PROCESSES=[staff]}",
        bp.steps().get(0).toString());
    assertEquals(
        "FRONTSTAGE_ACTIONS run 'CSM runs kickoff' (Service)",
        bp.action("run").orElseThrow().toString());
    assertEquals(
        "run -> staff 'request' (FRONTSTAGE_ACTIONS -> SUPPORT_PROCESSES, crosses"
            + " [LINE_OF_VISIBILITY, LINE_OF_INTERNAL_INTERACTION])",
        bp.crossings().get(1).toString());
  }

  @Test
  void rulesNameTheOffendingId() {
    assertRejects(
        "link.toActionId must name an entry of blueprint 'onboarding', was 'ghost'",
        () -> base().addLink(BlueprintLink.of("attend", "ghost")).build());
    assertRejects(
        "link.fromActionId must name an entry of blueprint 'onboarding', was 'ghost'",
        () -> base().addLink(BlueprintLink.of("ghost", "attend")).build());
    assertRejects(
        "blueprint 'onboarding' actions must have unique ids, was 'deck' twice",
        () ->
            base()
                .addStep(
                    BlueprintStep.builder()
                        .mapStepId("go-live")
                        .addAction(BlueprintAction.of("deck", Lane.PHYSICAL_EVIDENCE, "Again"))
                        .build())
                .build());
    assertRejects(
        "blueprint 'onboarding'.steps must detail each map step once, was 'kickoff' twice",
        () -> base().addStep(base().build().steps().get(0)).build());
    assertRejects(
        "blueprint 'onboarding'.steps must not be empty, was []",
        () -> ServiceBlueprint.builder().id("onboarding").name("n").journeyMapId("m").build());
    assertRejects(
        "blueprintStep 'kickoff'.actions must not be empty, was []",
        () -> BlueprintStep.builder().mapStepId("kickoff").build());
    assertRejects(
        "blueprintStep 'kickoff'.owningFunctions must hold unique ids, was 'billing' twice",
        () ->
            BlueprintStep.builder()
                .mapStepId("kickoff")
                .addOwningFunctions(
                    BusinessFunction.BILLING, BusinessFunction.of("billing", "Bills"))
                .addAction(BlueprintAction.of("a", Lane.CUSTOMER_ACTIONS, "acts"))
                .build());
    assertRejects(
        "schemaVersion must be 1 (the version this cxkit reads), was 0",
        () -> base().schemaVersion(0).build());
    assertRejects(
        "lines must be [LINE_OF_INTERACTION] between CUSTOMER_ACTIONS and FRONTSTAGE_ACTIONS, was []",
        () ->
            new LinkCrossing(
                BlueprintLink.of("a", "b"),
                Lane.CUSTOMER_ACTIONS,
                Lane.FRONTSTAGE_ACTIONS,
                List.of()));
    assertRejects(
        "action 'a'.description must not be blank, was ''",
        () -> BlueprintAction.of("a", Lane.CUSTOMER_ACTIONS, ""));
  }

  @Test
  void checkLinkedToTheMap() {
    Touchpoint meeting =
        Touchpoint.builder()
            .id("kickoff-meeting")
            .name("Kickoff")
            .channel(Channel.of("on-site", "On site", ChannelKind.PHYSICAL))
            .ownership(Ownership.BRAND_OWNED)
            .build();
    JourneyMap.Builder map =
        JourneyMap.builder()
            .id("b2b")
            .name("B2B")
            .version("1")
            .state(MapState.CURRENT)
            .journeyType(JourneyType.PURCHASE)
            .addStage(MapStage.of("onboarding", "Onboarding"))
            .addTouchpoint(meeting);
    ServiceBlueprint bp = base().build();
    bp.checkLinkedTo(
        map.addStep(
                Step.builder()
                    .id("kickoff")
                    .name("Kickoff")
                    .stageId("onboarding")
                    .addTouchpointId("kickoff-meeting")
                    .build())
            .build());
    JourneyMap other =
        JourneyMap.builder()
            .from(map.build())
            .steps(List.of(Step.of("go-live", "Go live", "onboarding")))
            .build();
    assertRejects(
        "blueprint 'onboarding' step mapStepId must name a step of map 'b2b', was 'kickoff'",
        () -> bp.checkLinkedTo(other));
    assertRejects(
        "blueprint 'onboarding'.journeyMapId must be the map's id 'b2c', was 'b2b'",
        () -> bp.checkLinkedTo(JourneyMap.builder().from(other).id("b2c").build()));
    JourneyMap noMeeting =
        JourneyMap.builder()
            .from(other)
            .touchpoints(List.of(Touchpoint.builder().from(meeting).id("other-meeting").build()))
            .steps(List.of(Step.of("kickoff", "Kickoff", "onboarding")))
            .build();
    assertRejects(
        "blueprint 'onboarding' step 'kickoff'.touchpointIds must name touchpoints of map 'b2b',"
            + " was 'kickoff-meeting'",
        () -> bp.checkLinkedTo(noMeeting));
  }
}
