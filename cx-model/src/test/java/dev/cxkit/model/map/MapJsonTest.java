package dev.cxkit.model.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxkit.model.blueprint.LinkCrossing;
import dev.cxkit.model.blueprint.ServiceBlueprint;
import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.json.CxJsonException;
import dev.cxkit.model.testing.MapArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every designed-journey type survives JSON losslessly through {@link CxJson}: {@code
 * fromJson(toJson(x)).equals(x)} and writing again gives the same text; broken documents fail with
 * the JSON path and the rule.
 */
class MapJsonTest {

  private static final CxJson JSON = CxJson.strict();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String json = JSON.toJson(value);
    T back = JSON.fromJson(json, type);
    assertEquals(value, back, json);
    assertEquals(json, JSON.toJson(back));
  }

  @Property(tries = 100)
  void journeyMaps(@ForAll("maps") JourneyMap map) {
    assertRoundTrip(map, JourneyMap.class);
    // the graph queries agree after the trip too
    JourneyMap back = JSON.fromJson(JSON.toJson(map), JourneyMap.class);
    assertEquals(map.endSteps(), back.endSteps());
    assertEquals(map.startSteps(), back.startSteps());
    for (EmotionPoint p : map.emotionCurve()) {
      assertRoundTrip(p, EmotionPoint.class);
    }
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void serviceBlueprints(@ForAll("blueprints") ServiceBlueprint blueprint) {
    assertRoundTrip(blueprint, ServiceBlueprint.class);
    for (LinkCrossing c : blueprint.crossings()) {
      assertRoundTrip(c, LinkCrossing.class);
    }
    assertEquals(
        blueprint.crossings(),
        JSON.fromJson(JSON.toJson(blueprint), ServiceBlueprint.class).crossings());
  }

  @Property(tries = 200)
  void steps(@ForAll("stepValues") Step step) {
    assertRoundTrip(step, Step.class);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void parts(
      @ForAll("painPointValues") PainPoint pain,
      @ForAll("opportunityValues") Opportunity opportunity,
      @ForAll("kpiValues") Kpi kpi,
      @ForAll("listeningPostValues") ListeningPost post,
      @ForAll("tollgateValues") Tollgate gate,
      @ForAll("quoteValues") CustomerQuote quote,
      @ForAll("actionValues") StepAction action,
      @ForAll("stageValues") MapStage stage) {
    assertRoundTrip(pain, PainPoint.class);
    assertRoundTrip(opportunity, Opportunity.class);
    assertRoundTrip(kpi, Kpi.class);
    assertRoundTrip(post, ListeningPost.class);
    assertRoundTrip(gate, Tollgate.class);
    assertRoundTrip(quote, CustomerQuote.class);
    assertRoundTrip(action, StepAction.class);
    assertRoundTrip(stage, MapStage.class);
  }

  @Property(tries = 20)
  void diffsOfGeneratedMaps(@ForAll("maps") JourneyMap a, @ForAll("maps") JourneyMap b) {
    MapDiff diff = MapDiff.between(a, b);
    assertEquals(diff, JSON.fromJson(JSON.toJson(diff), MapDiff.class));
    assertTrue(MapDiff.between(a, a).isEmpty());
    // every step of b is added or in a; every step of a is removed or in b
    assertEquals(b.steps().size(), diff.added().size() + countShared(a, b));
    assertEquals(a.steps().size(), diff.removed().size() + countShared(a, b));
  }

  private static long countShared(JourneyMap a, JourneyMap b) {
    return b.steps().stream().filter(s -> a.step(s.id()).isPresent()).count();
  }

  @Test
  void brokenTransitionsAreReportedWithPathAndRule() {
    String json =
        JSON.toJson(JourneyMapTest.sample()).replace("\"next\":[\"bill\"]", "\"next\":[\"ghost\"]");
    CxJsonException e =
        assertThrows(CxJsonException.class, () -> JSON.fromJson(json, JourneyMap.class));
    assertTrue(
        e.rule().contains("step 'fix'.next must name steps of the map, was 'ghost'"), e.rule());
    assertEquals("$", e.path());
  }

  @Test
  void badPartsNameTheirPath() throws Exception {
    ObjectMapper tree = new ObjectMapper();
    ObjectNode root = (ObjectNode) tree.readTree(JSON.toJson(JourneyMapTest.sample()));
    ((ObjectNode) root.at("/steps/1"))
        .putArray("opportunities")
        .addObject()
        .put("description", "x")
        .put("impact", 9)
        .put("effort", 1);
    String json = tree.writeValueAsString(root);
    CxJsonException e =
        assertThrows(CxJsonException.class, () -> JSON.fromJson(json, JourneyMap.class));
    assertTrue(e.rule().contains("opportunity.impact must be 1..5, was 9"), e.rule());
    assertTrue(e.path().startsWith("$.steps[1].opportunities[0]"), e.path());
  }

  @Test
  void unknownFieldsAndVersionsAreRejected() {
    String json = JSON.toJson(JourneyMapTest.sample());
    CxJsonException unknown =
        assertThrows(
            CxJsonException.class,
            () ->
                JSON.fromJson(json.replaceFirst("\\{", "{\"colour\":\"red\","), JourneyMap.class));
    assertEquals("$.colour", unknown.path());
    assertEquals(
        JourneyMapTest.sample(),
        CxJson.lenient()
            .fromJson(json.replaceFirst("\\{", "{\"colour\":\"red\","), JourneyMap.class));
    CxJsonException version =
        assertThrows(
            CxJsonException.class,
            () ->
                JSON.fromJson(
                    json.replace("\"schemaVersion\":1", "\"schemaVersion\":2"), JourneyMap.class));
    assertEquals("$.schemaVersion", version.path());
  }

  @Provide
  Arbitrary<JourneyMap> maps() {
    return MapArbitraries.journeyMaps();
  }

  @Provide
  Arbitrary<ServiceBlueprint> blueprints() {
    return MapArbitraries.serviceBlueprints();
  }

  @Provide
  Arbitrary<Step> stepValues() {
    return MapArbitraries.steps();
  }

  @Provide
  Arbitrary<PainPoint> painPointValues() {
    return MapArbitraries.painPoints();
  }

  @Provide
  Arbitrary<Opportunity> opportunityValues() {
    return MapArbitraries.opportunities();
  }

  @Provide
  Arbitrary<Kpi> kpiValues() {
    return MapArbitraries.kpis();
  }

  @Provide
  Arbitrary<ListeningPost> listeningPostValues() {
    return MapArbitraries.listeningPosts();
  }

  @Provide
  Arbitrary<Tollgate> tollgateValues() {
    return MapArbitraries.tollgates();
  }

  @Provide
  Arbitrary<CustomerQuote> quoteValues() {
    return MapArbitraries.customerQuotes();
  }

  @Provide
  Arbitrary<StepAction> actionValues() {
    return MapArbitraries.stepActions();
  }

  @Provide
  Arbitrary<MapStage> stageValues() {
    return MapArbitraries.mapStages();
  }
}
