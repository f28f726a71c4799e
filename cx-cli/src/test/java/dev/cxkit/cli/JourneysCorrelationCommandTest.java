package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cx journeys ... correlation} (issue 19): odds ratios of exposure before conversion. */
class JourneysCorrelationCommandTest {
  @TempDir Path dir;

  @Test
  void tablesOddsRatiosAndTheObservationalNote() throws IOException {
    // home > cart > order, home > cart, home, home > order: cart is in 2 journeys, 1 converts
    String events = Cli.write(dir, "events.csv", JourneysCommandTest.EVENTS).toString();
    Cli.Result r =
        Cli.run(
                "journeys",
                "--input",
                events,
                "--type-column",
                "type",
                "--goal-type",
                "order",
                "correlation",
                "--min-journeys",
                "1",
                "--format",
                "json")
            .assertOk();
    JsonNode t = CliSchemas.assertValid("journeys-correlation", r.out());
    assertEquals(4, t.get("journeys").asLong());
    assertEquals(2, t.get("conversions").asLong());
    assertEquals("[\"home\"]", t.get("untestable").toString()); // in every journey
    JsonNode cart = t.get("values").get(0);
    assertEquals("cart", cart.get("value").asText());
    assertEquals(2, cart.get("exposed").asLong());
    assertEquals(1, cart.get("exposed_conversions").asLong());
    // table [[1, 1], [1, 1]]: odds ratio 1, Fisher p = 1
    assertEquals(1.0, cart.get("odds_ratio").asDouble(), 1e-12);
    assertEquals(1.0, cart.get("p_value").asDouble(), 1e-12);
    assertEquals("even", cart.get("direction").asText());
    assertTrue(r.err().contains("observational"), r.err());
  }

  @Test
  void withoutAGoalItSaysWhatIsMissing() throws IOException {
    String events = Cli.write(dir, "events.csv", JourneysCommandTest.EVENTS).toString();
    Cli.run("journeys", "--input", events, "correlation")
        .assertBadInput("needs converted and other journeys", "--goal-touchpoint");
    Cli.run(
            "journeys",
            "--input",
            events,
            "--goal-touchpoint",
            "order",
            "correlation",
            "--adjust",
            "x")
        .assertBadInput("--adjust must be holm, bh or none");
  }
}
