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

/** {@code ./cx journeys ... paths} (issue 19): paths between two events as a tree. */
class JourneysPathsCommandTest {
  @TempDir Path dir;
  private String events;

  @BeforeEach
  void log() throws IOException {
    // the journeys of JourneysCommandTest: home > cart > order, home > cart, home, home > order
    events = Cli.write(dir, "events.csv", JourneysCommandTest.EVENTS).toString();
  }

  private Cli.Result run(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "journeys", "--input", events, "--type-column", "type", "--goal-type", "order"));
    all.add("paths");
    all.addAll(List.of(args));
    return Cli.run(all.toArray(new String[0]));
  }

  @Test
  void betweenTwoEventsGivesTheExactTreeInJson() {
    JsonNode t =
        CliSchemas.assertValid(
            "journeys-paths",
            run("--from", "home", "--to", "order", "--format", "json").assertOk().out());
    assertEquals(4, t.get("journeys").asLong());
    assertEquals(2, t.get("with_path").asLong()); // home > cart > order, home > order
    assertEquals(2, t.get("without_end").asLong()); // home > cart, home
    assertEquals(0, t.get("without_start").asLong());
    JsonNode nodes = t.get("nodes");
    // pre-order: home (2), home > cart (1), home > cart > order (1), home > order (1)
    assertEquals(4, nodes.size(), nodes.toString());
    assertEquals("[\"home\",\"cart\",\"order\"]", nodes.get(2).get("path").toString());
    assertEquals(1, nodes.get(2).get("ended").asLong());
    assertEquals(0.5, nodes.get(1).get("share").asDouble(), 0.0);
    assertTrue(nodes.get(1).get("lower").asDouble() < 0.5);
  }

  @Test
  void textShowsPathsBackwardsToAnEvent() {
    Cli.Result r = run("--to", "order").assertOk();
    assertTrue(r.out().contains("order < home"), r.out());
    assertTrue(r.out().contains("order < cart < home"), r.out());
    assertTrue(r.out().contains("with_path"), r.out());
  }

  @Test
  void aMisspeltEventIsAnErrorWithTheClosestName() {
    Cli.Result r =
        run("--from", "hom").assertBadInput("--from value 'hom'", "did you mean 'home'?");
    assertEquals("", r.out());
    run("--from", "home", "--to", "ordr").assertBadInput("--to value 'ordr'", "'order'");
  }

  @Test
  void badOptionsAreRefusedNamingTheOption() {
    run().assertBadInput("needs --from, --to or both");
    run("--from", "home", "--depth", "0").assertBadInput("--depth must be in 1..1000, was 0");
    run("--from", "home", "--min-journeys", "0").assertBadInput("--min-journeys must be");
    run("--from", "home", "--occurrence", "middle")
        .assertBadInput("--occurrence must be first or last, was 'middle'");
    run("--from", "home", "--confidence", "1").assertBadInput("--confidence");
  }
}
