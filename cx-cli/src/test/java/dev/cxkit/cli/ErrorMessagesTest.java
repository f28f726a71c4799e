package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors the command line reports itself: input files named with their option and path, control
 * characters from arguments and input cells never echoed live, results that are not finite numbers
 * refused (exit 2) instead of printed as Infinity.
 */
class ErrorMessagesTest {
  @TempDir Path dir;

  private static void noLiveControls(Cli.Result r) {
    String all = r.out() + r.err();
    assertTrue(
        all.codePoints()
            .noneMatch(c -> c != '\n' && c != '\r' && c != '\t' && Character.isISOControl(c)),
        "raw control characters in: " + all);
    assertFalse(all.contains("\u202e") || all.contains("\u200b"), all);
  }

  @Test
  void aDirectoryAsInputIsNamed() {
    String d = dir.toString();
    Cli.run("survey", "--input", d, "--metric", "nps", "--score-column", "x")
        .assertBadInput("--input", d, "is a directory");
    Cli.run("map", "--input", d).assertBadInput("--input", d, "is a directory");
    Cli.run("attribution", "--input", d).assertBadInput(d, "is a directory");
    Cli.run("journeys", "--input", d, "variants").assertBadInput(d, "is a directory");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", d).assertBadInput(d, "is a directory");
  }

  @Test
  void aMissingInputIsNamed() {
    Path missing = dir.resolve("nope.json");
    Cli.run("map", "--input", missing.toString())
        .assertBadInput("--input", missing.toString(), "no such file");
  }

  @Test
  void anOutputDirectoryThatIsAFileIsNamed() throws IOException {
    Path file = Cli.write(dir, "file", "x");
    Cli.run("tour", "--out", file.toString(), "--customers", "10")
        .assertBadInput(file.toString(), "not a directory");
  }

  @Test
  void malformedUtf8NamesTheFile() throws IOException {
    Path bad = dir.resolve("latin1.csv");
    Files.write(bad, "id,ltr\n1,9\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli.run("survey", "--input", bad.toString(), "--metric", "nps", "--score-column", "ltr")
        .assertBadInput("latin1.csv");
  }

  @Test
  void controlCharactersInArgumentsAreShownNotSent() {
    Cli.Result r =
        Cli.run(
                "nps",
                "--promoters",
                "\u001b]0;pwned\u0007",
                "--passives",
                "1",
                "--detractors",
                "1")
            .assertBadInput("--promoters", "[U+001B]]0;pwned[U+0007]");
    noLiveControls(r);
    Cli.Result m = Cli.run("map", "--sample", "evil\u202e\u200bname").assertBadInput("[U+202E]");
    noLiveControls(m);
  }

  @Test
  void controlCharactersInInputCellsAreShownNotSent() throws IOException {
    Path f = Cli.write(dir, "a.csv", "id,ltr\n1,9\n2,\u001b[2J\u0007\n");
    Cli.Result r =
        Cli.run("survey", "--input", f.toString(), "--metric", "nps", "--score-column", "ltr")
            .assertBadInput("a.csv", "line 3", "[U+001B][2J[U+0007]");
    noLiveControls(r);
  }

  @Test
  void controlCharactersInResultsAreShownInEveryFormat() throws IOException {
    Path f =
        Cli.write(
            dir, "s.csv", "id,seg,ltr\n1,\u001b]0;x\u0007\u202eabc,9\n2,=HYPERLINK(\"x\"),3\n");
    for (String format : new String[] {"table", "csv", "json"}) {
      Cli.Result r =
          Cli.run(
                  "survey",
                  "--input",
                  f.toString(),
                  "--metric",
                  "nps",
                  "--score-column",
                  "ltr",
                  "--segment-column",
                  "seg",
                  "--format",
                  format)
              .assertOk();
      noLiveControls(r);
      if (format.equals("csv")) {
        assertTrue(Cli.csv(r.out()).stream().anyMatch(l -> l.get(0).equals("'=HYPERLINK(\"x\")")));
      }
    }
  }

  @Test
  void resultsThatOverflowAreRefusedNotPrintedAsInfinity() throws IOException {
    Path events = dir.resolve("events.csv");
    SyntheticJourneys.write(JourneyMapSamples.cableOutage(), 300, 5, events);
    for (String format : new String[] {"table", "csv", "json"}) {
      Cli.Result r =
          Cli.run(
              "whatif",
              "--input",
              events.toString(),
              "--type-column",
              "type",
              "--goal-type",
              "technician-visit",
              "--gap",
              "P7D",
              "--sample",
              "cable-outage",
              "--change",
              "department-transfer:drop-off=-50%",
              "--value-per-conversion",
              "1e308",
              "--format",
              format);
      // refused where it is computed, naming the input and the rule (issue 14)
      r.assertBadInput("valuePerConversion x journeys", "double range", "1.0E308");
      assertFalse(r.out().contains("Infinity"), r.out());
    }
  }
}
