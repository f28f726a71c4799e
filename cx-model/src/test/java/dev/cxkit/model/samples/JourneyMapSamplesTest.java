package dev.cxkit.model.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cxkit.model.blueprint.BlueprintLine;
import dev.cxkit.model.blueprint.LinkCrossing;
import dev.cxkit.model.blueprint.ServiceBlueprint;
import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapDiff;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.map.StepChange;
import dev.cxkit.model.persona.BuyingRole;
import dev.cxkit.model.persona.ParticipationLevel;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.model.persona.StageEngagement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled samples load, follow the JSON schemas, round-trip, and diff as designed. */
class JourneyMapSamplesTest {

  private static final ObjectMapper TREE = new ObjectMapper();

  private static JsonSchema schema(String file) throws IOException {
    Path path = Path.of("..", "docs", "schema", file);
    try (InputStream in = Files.newInputStream(path)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = JourneyMapSamples.class.getResourceAsStream(name)) {
      return TREE.readTree(in);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        JourneyMapSamples.CABLE_OUTAGE,
        JourneyMapSamples.CABLE_OUTAGE_FUTURE,
        JourneyMapSamples.B2B_PURCHASE
      })
  void mapSamplesFollowTheSchemaAndRoundTrip(String name) throws IOException {
    Set<ValidationMessage> errors = schema("journey-map.schema.json").validate(resource(name));
    assertEquals(Set.of(), errors, name);
    JourneyMap map = JourneyMapSamples.read(name, JourneyMap.class);
    String json = CxJson.strict().toJson(map);
    assertEquals(map, CxJson.strict().fromJson(json, JourneyMap.class));
    // what cxkit writes follows the schema too
    assertEquals(Set.of(), schema("journey-map.schema.json").validate(TREE.readTree(json)), name);
  }

  @Test
  void blueprintSampleFollowsItsSchemaRoundTripsAndDetailsTheB2bMap() throws IOException {
    Set<ValidationMessage> errors =
        schema("service-blueprint.schema.json")
            .validate(resource(JourneyMapSamples.B2B_ONBOARDING));
    assertEquals(Set.of(), errors);
    ServiceBlueprint bp = JourneyMapSamples.b2bOnboarding();
    String json = CxJson.strict().toJson(bp);
    assertEquals(bp, CxJson.strict().fromJson(json, ServiceBlueprint.class));
    assertEquals(Set.of(), schema("service-blueprint.schema.json").validate(TREE.readTree(json)));
    bp.checkLinkedTo(JourneyMapSamples.b2bPurchase());
    // the tenant provisioned by a support process becomes evidence the customer sees
    LinkCrossing provision =
        bp.crossings().stream()
            .filter(c -> c.link().fromActionId().equals("provision-tenant"))
            .findFirst()
            .orElseThrow();
    assertEquals(EnumSet.allOf(BlueprintLine.class), EnumSet.copyOf(provision.lines()));
  }

  @Test
  void schemaRejectsBrokenDocuments() throws IOException {
    JsonSchema schema = schema("journey-map.schema.json");
    ObjectNode noSteps = (ObjectNode) resource(JourneyMapSamples.CABLE_OUTAGE);
    noSteps.remove("steps");
    assertFalse(schema.validate(noSteps).isEmpty());
    ObjectNode unknown = (ObjectNode) resource(JourneyMapSamples.CABLE_OUTAGE);
    unknown.put("colour", "red");
    assertFalse(schema.validate(unknown).isEmpty());
    ObjectNode badSeverity = (ObjectNode) resource(JourneyMapSamples.CABLE_OUTAGE);
    ((ObjectNode) badSeverity.at("/steps/1/painPoints/0")).put("severity", "SEVERE");
    assertFalse(schema.validate(badSeverity).isEmpty());
  }

  @Test
  void cableOutageIsAnUnpredictableServiceJourneyWithLoops() {
    JourneyMap map = JourneyMapSamples.cableOutage();
    assertEquals(MapState.CURRENT, map.state());
    assertEquals("unpredictable-service", map.journeyType().id());
    // transfers and a missed appointment window lead back to another call: repeat contacts
    assertEquals(
        List.of("troubleshoot", "call-support"), ids(map.successors("department-transfer")));
    assertEquals(
        List.of("technician-visit", "call-support"), ids(map.successors("wait-for-technician")));
    assertEquals(
        List.of("check-status", "department-transfer", "wait-for-technician"),
        ids(map.predecessors("call-support")));
    assertEquals(List.of("post-review"), ids(map.endSteps()));
    assertEquals(List.of("notice-outage"), ids(map.startSteps()));
    assertTrue(
        map.stepsInStage("report").stream()
            .flatMap(s -> s.listeningPosts().stream())
            .anyMatch(l -> l.metric().equals("CES")));
    double lowest = map.emotionCurve().stream().mapToDouble(p -> p.valence()).min().orElseThrow();
    assertEquals(-1.0, lowest, 0.0);
  }

  @Test
  void diffOfCurrentAndFutureCableMapsListsTheRedesign() {
    MapDiff diff =
        MapDiff.between(JourneyMapSamples.cableOutage(), JourneyMapSamples.cableOutageFuture());
    assertEquals(List.of("proactive-alert"), ids(diff.added()));
    assertEquals(
        List.of("ivr-routing", "department-transfer", "dispute-bill", "billing-correction"),
        ids(diff.removed()));
    assertEquals(
        List.of(
            "check-status",
            "call-support",
            "troubleshoot",
            "wait-for-technician",
            "receive-bill",
            "post-review"),
        diff.changed().stream().map(StepChange::stepId).toList());
    StepChange wait = diff.change("wait-for-technician").orElseThrow();
    assertEquals(1.0, wait.valenceChange().orElseThrow(), 1e-12);
    assertTrue(wait.changedFields().contains("next"));
    assertTrue(wait.changedFields().contains("painPoints"));
    // the future map states targets only: the current value's change is unknown, the target holds
    assertEquals(1, wait.kpiChanges().size());
    assertTrue(wait.kpiChanges().get(0).currentChange().isEmpty());
    assertEquals(0.0, wait.kpiChanges().get(0).targetChange().orElseThrow(), 0.0);
    assertTrue(diff.change("technician-visit").isEmpty());
    String text = diff.toString();
    assertTrue(text.startsWith("MapDiff cable-outage v1 CURRENT -> cable-outage v2 FUTURE"), text);
    assertTrue(text.contains("\n  + proactive-alert 'Receives a proactive outage text'"), text);
    assertTrue(text.contains("\n  - ivr-routing 'IVR routes the call'"), text);
    assertTrue(text.contains("\n  ~ wait-for-technician: "), text);
    assertTrue(text.contains("valence -1.00 -> +0.00 (+1.00)"), text);
  }

  @Test
  void b2bPurchaseHasEveryBuyingRoleParticipationAndTollgates() {
    JourneyMap map = JourneyMapSamples.b2bPurchase();
    assertEquals(
        EnumSet.allOf(BuyingRole.class),
        EnumSet.copyOf(map.personas().stream().flatMap(p -> p.buyingRoles().stream()).toList()));
    Persona cfo = map.persona("cfo").orElseThrow();
    assertEquals(
        ParticipationLevel.GATEKEEPER,
        cfo.engagementIn("validation").orElseThrow().participation());
    List<String> gated =
        map.steps().stream().filter(s -> s.tollgate().isPresent()).map(Step::id).toList();
    assertEquals(
        List.of(
            "build-business-case",
            "define-requirements",
            "evaluate-proposals",
            "security-review",
            "approve-budget",
            "sign-contract"),
        gated);
    Map<String, StageEngagement> validation = map.engagementsIn("validation");
    assertEquals(List.of("it-architect", "vp-operations", "cfo"), List.copyOf(validation.keySet()));
    assertEquals(ParticipationLevel.DRIVER, validation.get("vp-operations").participation());
    assertEquals(
        List.of("ops-manager", "field-supervisor", "vp-operations", "procurement-lead"),
        List.copyOf(map.engagementsIn("supplier-selection").keySet()));
    assertThrows(IllegalArgumentException.class, () -> map.engagementsIn("nope"));
    // a failed proof of concept goes back to evaluating proposals
    assertEquals(
        List.of("security-review", "evaluate-proposals"), ids(map.successors("proof-of-concept")));
    assertEquals(
        Stream.of(map.stages().get(0).id()).toList(),
        List.of(map.stepsInStage("problem-identification").get(0).stageId()));
  }

  @Test
  void unknownSampleIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JourneyMapSamples.read("nope.json", JourneyMap.class));
    assertEquals(
        "resource must be a bundled sample of dev.cxkit.model.samples, was 'nope.json'",
        e.getMessage());
  }

  private static List<String> ids(List<Step> steps) {
    return steps.stream().map(Step::id).toList();
  }
}
