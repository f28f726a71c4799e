package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionCommandTest {
  /** u1 signs up Jan 1 and orders Jan 2 and Jan 4; u2 signs up Jan 1 and orders Jan 2. */
  static final String EVENTS =
      "customer,time,touchpoint,type\n"
          + "u1,2024-01-01T23:00:00Z,home,signup\n"
          + "u1,2024-01-02T01:00:00Z,cart,order\n"
          + "u1,2024-01-04T02:00:00Z,cart,order\n"
          + "u2,2024-01-01T10:00:00Z,home,signup\n"
          + "u2,2024-01-02T09:00:00Z,cart,order\n"
          + "u2,2024-01-07T00:00:00Z,home,view\n";

  @TempDir Path dir;
  private String events;

  @BeforeEach
  void log() throws IOException {
    events = Cli.write(dir, "events.csv", EVENTS).toString();
  }

  @Test
  void calendarRetentionAsJson() {
    Cli.Result r =
        Cli.run(
                "retention",
                "--input",
                events,
                "--type-column",
                "type",
                "--dimension",
                "type",
                "--cohort-event",
                "signup",
                "--return-event",
                "order",
                "--days",
                "6",
                "--bracket",
                "2-4",
                "--stickiness",
                "4",
                "--format",
                "json")
            .assertOk();
    JsonNode t = CliSchemas.assertValid("retention", r.out());
    assertEquals(2, t.get("customers").longValue());
    assertEquals(2, t.get("days").get(1).get("n_day").longValue());
    assertEquals(1, t.get("days").get(2).get("unbounded").longValue());
    assertEquals(0, t.get("days").get(6).get("eligible").longValue()); // Jan 7 has not ended
    assertEquals(1, t.get("brackets").get(0).get("retained").longValue());
    assertEquals(1, t.get("stickiness").get(2).get("customers").longValue());
    Cli.Result csv =
        Cli.run("retention", "--input", events, "--rolling", "--days", "2", "--format", "csv")
            .assertOk();
    assertEquals("2", Cli.csvCell(csv.out(), 0, "eligible")); // every customer, any event
  }

  @Test
  void namesThatNeverOccurAreErrors() {
    Cli.run(
            "retention",
            "--input",
            events,
            "--type-column",
            "type",
            "--dimension",
            "type",
            "--cohort-event",
            "sign-up")
        .assertBadInput("--cohort-event value 'sign-up'");
    Cli.run("retention", "--input", events, "--bracket", "4-2")
        .assertBadInput("--bracket", "'4-2'", "FROM <= TO");
    Cli.run("retention", "--input", events, "--observed-until", "yesterday")
        .assertBadInput("--observed-until", "'yesterday'");
  }
}
