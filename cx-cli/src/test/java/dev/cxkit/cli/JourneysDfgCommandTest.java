package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cx journeys ... dfg} (issue 19): the directly-follows graph in four formats. */
class JourneysDfgCommandTest {
  @TempDir Path dir;
  private String events;

  @BeforeEach
  void log() throws IOException {
    // home > cart > order (1 min apart), home > cart (5 min), home, home > order (1 min)
    events = Cli.write(dir, "events.csv", JourneysCommandTest.EVENTS).toString();
  }

  private Cli.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("journeys", "--input", events, "dfg"));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(new String[0]));
  }

  @Test
  void jsonHasCountsAndTimesPerEdge() {
    JsonNode t = CliSchemas.assertValid("journeys-dfg", run("--format", "json").assertOk().out());
    assertEquals(4, t.get("journeys").asLong());
    assertEquals("touchpoint", t.get("dimension").asText());
    JsonNode first = t.get("edges").get(0);
    assertEquals("home", first.get("from").asText());
    assertEquals("cart", first.get("to").asText());
    assertEquals(2, first.get("count").asLong());
    assertEquals(180.0, first.get("median_seconds").asDouble(), 1e-9); // 60 s and 300 s
    assertEquals(4, t.get("steps").get(0).get("starts").asLong()); // home starts all four
  }

  @Test
  void dotSvgAndText() {
    String dot = run("--format", "dot").assertOk().out();
    assertTrue(dot.startsWith("digraph \"journeys\" {"), dot);
    assertTrue(dot.contains("\"home\" -> \"cart\" [label=\"2\\nmedian 3 min\""), dot);
    String svg = run("--format", "svg").assertOk().out();
    assertTrue(svg.contains("<svg") && svg.contains("dfg-edge"), svg);
    String text = run().assertOk().out();
    assertTrue(text.contains("EDGES"), text);
    run("--format", "dot", "--min-count", "0").assertBadInput("--min-count must be at least 1");
  }
}
