package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsWhatIfCommandTest {
  @TempDir Path dir;
  private String events;

  @BeforeEach
  void syntheticLog() throws IOException {
    Path file = dir.resolve("events.csv");
    SyntheticJourneys.write(JourneyMapSamples.cableOutage(), 400, 3, file);
    events = file.toString();
  }

  private String[] args(String command, String... more) {
    String[] base = {
      command,
      "--input",
      events,
      "--type-column",
      "type",
      "--channel-column",
      "channel",
      "--goal-type",
      "technician-visit",
      "--gap",
      "P7D"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void whatIfLessDropOffNeverLowersConversion() {
    Cli.Result r =
        Cli.run(
                args(
                    "whatif",
                    "--sample",
                    "cable-outage",
                    "--change",
                    "department-transfer:drop-off=-50%",
                    "--value-per-conversion",
                    "120",
                    "--format",
                    "csv"))
            .assertOk();
    double before = Double.parseDouble(Cli.csvCell(r.out(), 0, "conversion_before"));
    double after = Double.parseDouble(Cli.csvCell(r.out(), 0, "conversion_after"));
    assertTrue(after >= before, r.out());
    double stake = Double.parseDouble(Cli.csvCell(r.out(), 0, "value_at_stake"));
    assertTrue(stake >= 0, r.out());
  }

  @Test
  void whatIfOverTouchpointsWithoutAMap() {
    Cli.Result r =
        Cli.run(
                args(
                    "whatif",
                    "--change",
                    "support-ivr:drop-off=-20%",
                    "--change",
                    "billing-agent:drop-off=-10%",
                    "--format",
                    "csv"))
            .assertOk();
    assertEquals(4, r.lines().size(), r.out()); // two changes and both together
  }

  @Test
  void insightsPrintsEveryPart() {
    Cli.Result r = Cli.run(args("insights", "--sample", "cable-outage")).assertOk();
    for (String part : new String[] {"DEVIATIONS", "HOTSPOTS", "MOMENTS", "ACTIONS"}) {
      assertTrue(r.out().contains(part), r.out());
    }
    Cli.Result csv =
        Cli.run(
                args(
                    "insights", "--sample", "cable-outage", "--show", "actions", "--format", "csv"))
            .assertOk();
    assertTrue(csv.lines().get(0).startsWith("rank,kind,target,value_at_stake"), csv.out());
    // the planted proactive text (not on the map) is found and extended first
    assertEquals("extend", Cli.csvCell(csv.out(), 0, "kind"), csv.out());
    assertEquals(SyntheticJourneys.TEXT, Cli.csvCell(csv.out(), 0, "target"), csv.out());
    assertTrue(r.out().contains("observational"), r.out());
    Cli.Result moments =
        Cli.run(
                args(
                    "insights",
                    "--sample",
                    "cable-outage",
                    "--show",
                    "moments",
                    "--candidate",
                    SyntheticJourneys.TEXT,
                    "--format",
                    "csv"))
            .assertOk();
    assertEquals(2, moments.lines().size(), moments.out());
    assertEquals("notice-outage", Cli.csvCell(moments.out(), 0, "landmark"));
    assertTrue(Double.parseDouble(Cli.csvCell(moments.out(), 0, "risk_difference")) > 0.1);
  }

  @Test
  void badInput() {
    Cli.run(args("whatif", "--change", "moon:drop-off=-20%")).assertBadInput("moon");
    Cli.run(args("whatif", "--change", "support-ivr:faster")).assertBadInput("support-ivr:faster");
    Cli.run(args("whatif", "--change", "support-ivr:drop-off=-200%"))
        .assertBadInput("fraction must be in [0, 1], was 2.0");
    // every kind of change has its text form on the command line
    Cli.run(
            args(
                "whatif",
                "--change",
                "support-ivr:shift=billing-agent@30%",
                "--change",
                "support-ivr:proactive=50%/-20%",
                "--change",
                "support-ivr:to=(drop-off)@0.1",
                "--format",
                "csv"))
        .assertOk();
    Cli.run(
            args(
                "whatif",
                "--change",
                "support-ivr:drop-off=-90%",
                "--change",
                "support-ivr:drop-off=-90%"))
        .assertBadInput("together move 180.0 %");
    Cli.run(args("insights")).assertBadInput("--map");
    Cli.run(args("insights", "--sample", "cable-outage", "--format", "csv"))
        .assertBadInput("--show");
    Cli.run(args("insights", "--sample", "cable-outage", "--candidate", "moon"))
        .assertBadInput(
            "candidate must name a step of map 'cable-outage' or an observed touchpoint, was 'moon'");
    Cli.run(args("insights", "--sample", "cable-outage", "--bootstrap", "7"))
        .assertBadInput("bootstrap replicates must be 0 or in 100..100000, was 7");
  }
}
