package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./cx insights --score-column / --emotion-column} (issue 12 item 2): observed scores and
 * emotions per step enter the hotspot score, with n and an interval per step.
 */
class InsightsFeedbackCommandTest {
  @TempDir Path dir;

  /**
   * Outage journeys on the cable-outage map (status page, IVR, technician visit as the goal for 60
   * %); half the IVR events carry CSAT 1, a third of the status-page events CSAT 5.
   */
  private Path log() throws IOException {
    SplittableRandom r = new SplittableRandom(4);
    StringBuilder b = new StringBuilder("customer,time,touchpoint,channel,csat\n");
    for (int c = 0; c < 600; c++) {
      long t = 1_000_000L + 100L * c;
      b.append('c').append(c).append(',').append(t).append(",status-page,web,");
      b.append(r.nextDouble() < 1.0 / 3 ? "5" : "").append('\n');
      b.append('c').append(c).append(',').append(t + 1).append(",support-ivr,phone,");
      b.append(r.nextBoolean() ? "1" : "").append('\n');
      if (r.nextDouble() < 0.6) {
        b.append('c').append(c).append(',').append(t + 2).append(",technician-visit,in-home,\n");
      }
    }
    return Cli.write(dir, "csat.csv", b.toString());
  }

  private static String[] args(Path events, String... more) {
    String[] base = {
      "insights",
      "--sample",
      "cable-outage",
      "--input",
      events.toString(),
      "--channel-column",
      "channel",
      "--time-format",
      "epoch-seconds",
      "--goal-touchpoint",
      "technician-visit",
      "--show",
      "hotspots",
      "--format",
      "json"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static JsonNode hotspot(JsonNode json, String item) {
    for (JsonNode h : json.get("hotspots")) {
      if (h.get("item").asText().equals(item)) {
        return h;
      }
    }
    throw new AssertionError(item + " not in " + json);
  }

  @Test
  void scoresPerStepEnterTheHotspotsWithNAndInterval() throws IOException {
    Path events = log();
    JsonNode plain = CliSchemas.assertValid("insights", Cli.run(args(events)).assertOk().out());
    JsonNode scored =
        CliSchemas.assertValid(
            "insights",
            Cli.run(args(events, "--score-column", "csat", "--score-scale", "csat"))
                .assertOk()
                .out());
    JsonNode ivr = hotspot(scored, "call-support");
    assertEquals(-1.0, ivr.get("valence").asDouble(), 1e-12); // CSAT 1 is the bad end
    assertTrue(ivr.get("valence_n").asLong() > 200, ivr.toString());
    assertEquals(-1.0, ivr.get("valence_lower").asDouble(), 1e-9);
    JsonNode status = hotspot(scored, "check-status");
    assertEquals(1.0, status.get("valence").asDouble(), 1e-12);
    assertTrue(hotspot(plain, "call-support").get("valence").isNull());
    assertTrue(hotspot(plain, "call-support").get("valence_n").isNull());
    assertTrue(
        ivr.get("score").asDouble() > hotspot(plain, "call-support").get("score").asDouble(),
        "bad scores raise the step's hotspot score: " + ivr);
    assertEquals("call-support", scored.get("hotspots").get(0).get("item").asText());
  }
}
