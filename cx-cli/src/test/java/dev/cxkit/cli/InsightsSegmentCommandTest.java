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
 * {@code ./cx insights --segment-column} (issue 12 item 1): the segment joins the strata of the
 * moment-of-truth estimates, the output says so in {@code adjusted_for}, and a segment that changes
 * within a journey is refused.
 */
class InsightsSegmentCommandTest {
  @TempDir Path dir;

  private static final double EFFECT = 0.15;

  /**
   * Outage journeys on the cable-outage map: status page, IVR, then for some a text message (not on
   * the map), then for some the technician visit (the goal). Business customers get the text
   * message more often (70 % against 20 %) and are resolved more often without it (60 % against 30
   * %); the message adds {@link #EFFECT} in both segments.
   */
  private Path log(int customers) throws IOException {
    SplittableRandom r = new SplittableRandom(3);
    StringBuilder b = new StringBuilder("customer,time,touchpoint,channel,segment\n");
    for (int c = 0; c < customers; c++) {
      boolean business = r.nextBoolean();
      String seg = business ? "business" : "home";
      long t = 1_000_000L + 100L * c;
      b.append("c").append(c).append(',').append(t).append(",status-page,web,").append(seg);
      b.append('\n');
      b.append("c").append(c).append(',').append(t + 1).append(",support-ivr,phone,\n");
      boolean text = r.nextDouble() < (business ? 0.7 : 0.2);
      if (text) {
        b.append("c").append(c).append(',').append(t + 2).append(",text-message,sms,\n");
      }
      if (r.nextDouble() < (business ? 0.6 : 0.3) + (text ? EFFECT : 0)) {
        b.append("c").append(c).append(',').append(t + 3).append(",technician-visit,in-home,\n");
      }
    }
    return Cli.write(dir, "segments.csv", b.toString());
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
      "--candidate",
      "text-message",
      "--format",
      "json"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void theSegmentColumnAdjustsTheEffectAndTheOutputSaysSo() throws IOException {
    Path events = log(6000);
    JsonNode crude = CliSchemas.assertValid("insights", Cli.run(args(events)).assertOk().out());
    assertEquals("[\"touches so far\"]", crude.get("adjusted_for").toString());
    JsonNode adjusted =
        CliSchemas.assertValid(
            "insights", Cli.run(args(events, "--segment-column", "segment")).assertOk().out());
    assertEquals("[\"touches so far\",\"segment\"]", adjusted.get("adjusted_for").toString());
    double rdCrude = crude.get("moments").get(0).get("risk_difference").asDouble();
    double rd = adjusted.get("moments").get(0).get("risk_difference").asDouble();
    assertTrue(rdCrude - EFFECT > 0.08, "confounded without the segment: " + rdCrude);
    assertEquals(EFFECT, rd, 0.04, adjusted.get("moments").toString());
    Cli.Result text =
        Cli.run(
                "insights",
                "--sample",
                "cable-outage",
                "--input",
                events.toString(),
                "--time-format",
                "epoch-seconds",
                "--goal-touchpoint",
                "technician-visit",
                "--segment-column",
                "segment",
                "--show",
                "moments")
            .assertOk();
    assertTrue(text.out().contains("touches so far, segment"), text.out());
  }

  @Test
  void aSegmentThatChangesWithinAJourneyIsBadInput() throws IOException {
    Path events =
        Cli.write(
            dir,
            "changing.csv",
            "customer,time,touchpoint,segment\n"
                + "a,1,status-page,home\n"
                + "a,2,support-ivr,business\n"
                + "a,3,technician-visit,\n");
    Cli.run(
            "insights",
            "--sample",
            "cable-outage",
            "--input",
            events.toString(),
            "--time-format",
            "epoch-seconds",
            "--goal-touchpoint",
            "technician-visit",
            "--segment-column",
            "segment")
        .assertBadInput(
            "segment of the journey of customer 'a' must be one value, was 'home' at its event 1"
                + " and 'business' at its event 2");
  }
}
