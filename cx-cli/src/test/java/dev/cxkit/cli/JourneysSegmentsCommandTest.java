package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cx journeys ... segments} (issue 12 item 3): conversion by segment with Holm. */
class JourneysSegmentsCommandTest {
  private static final String EVENTS = Cli.data("journeys/segments.synthetic.csv").toString();

  @TempDir Path dir;

  @Test
  void theBundledLogGivesItsRealisedCountsAndFindsThePlantedSegment() {
    Cli.Result r =
        Cli.run(
                "journeys",
                "--input",
                EVENTS,
                "--segment-column",
                "segment",
                "--goal-touchpoint",
                "order",
                "segments",
                "--format",
                "json")
            .assertOk();
    JsonNode json = CliSchemas.assertValid("journeys-segments", r.out());
    assertEquals(1200, json.get("journeys").asInt());
    assertEquals(0, json.get("journeys_without_segment").asInt());
    assertEquals("holm", json.get("adjustment").asText());
    // counted independently of cxkit in data/journeys/SOURCE.md
    Map<String, long[]> expected = new HashMap<>();
    expected.put("business", new long[] {412, 175});
    expected.put("new", new long[] {388, 109});
    expected.put("returning", new long[] {400, 128});
    assertEquals(3, json.get("segments").size());
    for (JsonNode g : json.get("segments")) {
      long[] e = expected.get(g.get("segment").asText());
      assertEquals(e[0], g.get("journeys").asLong());
      assertEquals(e[1], g.get("conversions").asLong());
      assertEquals((double) e[1] / e[0], g.get("conversion_rate").asDouble(), 1e-12);
      double restRate = (double) (175 + 109 + 128 - e[1]) / (1200 - e[0]);
      assertEquals(restRate, g.get("rest_rate").asDouble(), 1e-12);
      assertEquals((double) e[1] / e[0] - restRate, g.get("difference").asDouble(), 1e-12);
      assertTrue(g.get("adjusted_p_value").asDouble() >= g.get("p_value").asDouble());
      if (g.get("segment").asText().equals("business")) {
        assertTrue(g.get("adjusted_p_value").asDouble() < 0.001, g.toString());
      }
    }
    assertTrue(r.err().contains("observational"), r.err());
  }

  @Test
  void withoutASegmentColumnOrWithOneSegmentItSaysWhy() throws IOException {
    Cli.run("journeys", "--input", EVENTS, "--goal-touchpoint", "order", "segments")
        .assertBadInput("--segment-column");
    Path one =
        Cli.write(
            dir,
            "one.csv",
            "customer,time,touchpoint,persona\n"
                + "a,2026-01-01T00:00:00Z,home,solo\n"
                + "b,2026-01-01T00:00:00Z,order,solo\n");
    Cli.run(
            "journeys",
            "--input",
            one.toString(),
            "--segment-column",
            "persona",
            "--goal-touchpoint",
            "order",
            "segments")
        .assertBadInput("one.csv", "persona", "at least 2 segments", "had 1");
    Cli.run(
            "journeys",
            "--input",
            EVENTS,
            "--segment-column",
            "segmnt",
            "--goal-touchpoint",
            "order",
            "segments")
        .assertBadInput("segments.synthetic.csv", "segmnt");
    Cli.run(
            "journeys",
            "--input",
            EVENTS,
            "--segment-column",
            "segment",
            "segments",
            "--confidence",
            "1.5")
        .assertBadInput("--confidence", "1.5");
  }
}
