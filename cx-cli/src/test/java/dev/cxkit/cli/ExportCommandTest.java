package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path dir;

  private Path events() throws IOException {
    return Cli.write(
        dir,
        "events.csv",
        "customer,time,touchpoint,channel\n"
            + "c1,2024-01-01T10:00:00Z,ad,display\n"
            + "c1,2024-01-01T10:05:00Z,\"site, home\",web\n"
            + "c2,2024-01-02T09:00:00Z,ad,display\n"
            + "c2,2024-01-02T09:01:00Z,checkout,web\n"
            + "c1,2024-01-01T10:09:00Z,checkout,web\n");
  }

  @Test
  void xesRoundTripGivesTheSameJourneys() throws IOException {
    Path csv = events();
    Path xes = dir.resolve("out/journeys.xes");
    Cli.Result r =
        Cli.run(
                "export",
                "--input",
                csv.toString(),
                "--channel-column",
                "channel",
                "xes",
                "--out",
                xes.toString())
            .assertOk();
    assertTrue(r.out().contains("wrote 2 journeys (5 events) as XES to"), r.out());
    assertTrue(
        Files.readString(xes).contains("<string key=\"concept:name\" value=\"site, home\"/>"));
    String fromCsv =
        Cli.run("journeys", "--input", csv.toString(), "variants", "--format", "csv")
            .assertOk()
            .out();
    String fromXes =
        Cli.run("journeys", "--input", xes.toString(), "variants", "--format", "csv")
            .assertOk()
            .out();
    assertEquals(fromCsv, fromXes);
  }

  @Test
  void ocelIsWritten() throws IOException {
    Path out = dir.resolve("journeys.jsonocel");
    Cli.run("export", "--input", events().toString(), "ocel", "--out", out.toString()).assertOk();
    String json = Files.readString(out);
    assertTrue(json.contains("\"objectTypes\"") && json.contains("\"qualifier\" : \"journey of\""));
  }

  @Test
  void badXesIsBadInput() throws IOException {
    Path xes =
        Cli.write(
            dir,
            "late.xes",
            "<log xes.version=\"2.0\"><trace><string key=\"concept:name\" value=\"c1\"/>\n"
                + "<event><string key=\"concept:name\" value=\"a\"/>"
                + "<date key=\"time:timestamp\" value=\"2024-01-02T00:00:00Z\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"b\"/>"
                + "<date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "</trace></log>\n");
    Cli.run("journeys", "--input", xes.toString(), "variants")
        .assertBadInput("line 3", "trace 'c1' event 2", "must be in time order");
    Cli.run("export", "--input", events().toString(), "xes", "--out", dir.toString())
        .assertBadInput("--out names a directory");
  }
}
