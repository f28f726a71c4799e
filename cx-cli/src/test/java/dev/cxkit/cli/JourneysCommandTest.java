package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneysCommandTest {
  /**
   * Three customers: u1 home > cart > order, u2 home > cart, u3 home (then a new journey after a
   * 2-hour gap: home > order).
   */
  static final String EVENTS =
      "customer,time,touchpoint,type\n"
          + "u1,2024-01-01T10:00:00Z,home,view\n"
          + "u1,2024-01-01T10:01:00Z,cart,view\n"
          + "u1,2024-01-01T10:02:00Z,order,order\n"
          + "u2,2024-01-01T11:00:00Z,home,view\n"
          + "u2,2024-01-01T11:05:00Z,cart,view\n"
          + "u3,2024-01-01T12:00:00Z,home,view\n"
          + "u3,2024-01-01T14:00:00Z,home,view\n"
          + "u3,2024-01-01T14:01:00Z,order,order\n";

  @TempDir Path dir;
  private String events;

  @BeforeEach
  void log() throws IOException {
    // three customers: u1 home > cart > order, u2 home > cart, u3 home (then a new journey
    // after a 2-hour gap: home > order)
    events = Cli.write(dir, "events.csv", EVENTS).toString();
  }

  @Test
  void variants() {
    Cli.Result r =
        Cli.run(
                "journeys",
                "--input",
                events,
                "--type-column",
                "type",
                "--goal-type",
                "order",
                "variants",
                "--format",
                "csv")
            .assertOk();
    assertEquals(5, r.lines().size(), r.out()); // 4 journeys, 4 distinct paths
    assertTrue(r.out().contains("home > cart > order,1"), r.out());
  }

  @Test
  void flowsFunnelMarkov() {
    Cli.Result f = Cli.run("journeys", "--input", events, "flows", "--format", "csv").assertOk();
    assertTrue(f.out().contains("home,cart,2"), f.out());
    Cli.Result funnel =
        Cli.run(
                "journeys",
                "--input",
                events,
                "funnel",
                "--step",
                "home",
                "--step",
                "cart",
                "--step",
                "order",
                "--format",
                "csv")
            .assertOk();
    assertEquals("4", Cli.csvCell(funnel.out(), 0, "reached"));
    assertEquals("2", Cli.csvCell(funnel.out(), 1, "reached"));
    assertEquals("1", Cli.csvCell(funnel.out(), 2, "reached"));
    Cli.Result m =
        Cli.run(
                "journeys",
                "--input",
                events,
                "--type-column",
                "type",
                "--goal-type",
                "order",
                "markov",
                "--format",
                "json")
            .assertOk();
    assertTrue(m.out().contains("\"probability\""), m.out());
  }

  @Test
  void badInput() throws IOException {
    Path bad =
        Cli.write(
            dir, "bad.csv", "customer,time,touchpoint\nu1,2024-01-01T10:00:00Z,home\nu1,later,x\n");
    Cli.run("journeys", "--input", bad.toString(), "variants")
        .assertBadInput("line 3", "time", "later");
    Cli.run("journeys", "--input", events, "--goal-touchpoint", "moon", "variants")
        .assertBadInput("moon");
    Cli.run("journeys", "--input", events, "--dimension", "channel", "variants")
        .assertBadInput("--channel-column");
    Cli.run("journeys", "--input", events, "--gap", "soon", "variants").assertBadInput("--gap");
    Cli.run("journeys", "--input", events, "funnel", "--step", "nowhere").assertBadInput("nowhere");
  }
}
