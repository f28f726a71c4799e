package dev.cxkit.journey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.TieBreak;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * OCEL 2.0 JSON export: checked against the rules of the OCEL 2.0 specification's JSON format
 * (Berti et al., "OCEL 2.0 Specification", ocel-standard.org, 2023, section on the JSON format),
 * written here as a validator, and round-tripped back to the journeys' events.
 */
class OcelTest {

  /** The OCEL 2.0 JSON rules; throws AssertionError naming the first broken one. */
  static void assertOcel2(JsonNode log) {
    for (String key : List.of("objectTypes", "eventTypes", "objects", "events")) {
      assertTrue(log.get(key) != null && log.get(key).isArray(), key + " must be an array");
    }
    Map<String, Map<String, String>> eventTypes = types(log.get("eventTypes"));
    Map<String, Map<String, String>> objectTypes = types(log.get("objectTypes"));
    Set<String> objectIds = new HashSet<>();
    for (JsonNode o : log.get("objects")) {
      assertTrue(o.get("id").isTextual() && o.get("type").isTextual(), "object id, type: " + o);
      assertTrue(objectIds.add(o.get("id").asText()), "object ids are unique: " + o);
      Map<String, String> declared = objectTypes.get(o.get("type").asText());
      assertTrue(declared != null, "object type must be declared: " + o);
      for (JsonNode a : o.path("attributes")) {
        assertTrue(declared.containsKey(a.get("name").asText()), "attribute declared: " + a);
        assertTrue(Instant.parse(a.get("time").asText()) != null, "attribute time: " + a);
        assertTyped(declared.get(a.get("name").asText()), a.get("value"));
      }
    }
    for (JsonNode o : log.get("objects")) {
      for (JsonNode r : o.path("relationships")) {
        assertTrue(objectIds.contains(r.get("objectId").asText()), "O2O target exists: " + r);
        assertTrue(r.get("qualifier").isTextual(), "qualifier: " + r);
      }
    }
    Set<String> eventIds = new HashSet<>();
    for (JsonNode e : log.get("events")) {
      assertTrue(eventIds.add(e.get("id").asText()), "event ids are unique: " + e);
      Map<String, String> declared = eventTypes.get(e.get("type").asText());
      assertTrue(declared != null, "event type must be declared: " + e);
      Instant.parse(e.get("time").asText()); // RFC 3339 date-time
      for (JsonNode a : e.path("attributes")) {
        assertTrue(declared.containsKey(a.get("name").asText()), "attribute declared: " + a);
        assertTyped(declared.get(a.get("name").asText()), a.get("value"));
      }
      for (JsonNode r : e.path("relationships")) {
        assertTrue(objectIds.contains(r.get("objectId").asText()), "E2O target exists: " + r);
        assertTrue(r.get("qualifier").isTextual(), "qualifier: " + r);
      }
    }
  }

  private static Map<String, Map<String, String>> types(JsonNode types) {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (JsonNode t : types) {
      Map<String, String> attributes = new HashMap<>();
      for (JsonNode a : t.get("attributes")) {
        String type = a.get("type").asText();
        assertTrue(
            Set.of("string", "time", "integer", "float", "boolean").contains(type),
            "attribute type: " + a);
        attributes.put(a.get("name").asText(), type);
      }
      assertTrue(out.put(t.get("name").asText(), attributes) == null, "type unique: " + t);
    }
    return out;
  }

  private static void assertTyped(String type, JsonNode value) {
    boolean ok =
        switch (type) {
          case "string" -> value.isTextual();
          case "boolean" -> value.isBoolean();
          case "integer" -> value.isIntegralNumber();
          case "float" -> value.isNumber();
          default -> value.isTextual();
        };
    assertTrue(ok, type + " value: " + value);
  }

  @Test
  void randomJourneysFollowTheOcel2RulesAndRoundTrip() throws Exception {
    SplittableRandom random = new SplittableRandom(2023);
    ObjectMapper mapper = new ObjectMapper();
    for (int trial = 0; trial < 30; trial++) {
      EventDictionaries dict = new EventDictionaries();
      Journeys js =
          JourneyAssembler.assemble(
              XesTest.randomLog(random, dict),
              SplitRules.none().withInactivityGap(java.time.Duration.ofMinutes(20)),
              TieBreak.ARRIVAL);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Ocel.write(js, out);
      JsonNode log = mapper.readTree(out.toByteArray());
      assertOcel2(log);
      // round trip: each event's customer (E2O "customer"), time, type and attributes
      List<XesTest.Event> back = new ArrayList<>();
      for (JsonNode e : log.get("events")) {
        String customer = null;
        for (JsonNode r : e.get("relationships")) {
          if (r.get("qualifier").asText().equals("customer")) {
            customer = r.get("objectId").asText();
          }
        }
        Map<String, String> a = new HashMap<>();
        e.get("attributes").forEach(x -> a.put(x.get("name").asText(), x.get("value").asText()));
        back.add(
            new XesTest.Event(
                customer,
                Instant.parse(e.get("time").asText()).toEpochMilli(),
                e.get("type").asText(),
                a.get("channel"),
                a.get("type"),
                a.get("stage")));
      }
      assertEquals(XesTest.events(js), back, "trial " + trial);
      assertEquals(js.count() + dict.customers().size(), log.get("objects").size());
    }
  }
}
