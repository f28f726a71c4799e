package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random bytes and damaged files through every command that reads a file (issue 14): exit 0 or exit
 * 2 with one line on stderr naming the file, never exit 1 (an internal error with a stack trace).
 * One property per command over {@link HostileFiles}' mutations of the command's documented example
 * input; seeded, so a failure replays (jqwik prints the mutation and its seed).
 */
class RandomBytesCommandsTest {
  private static final int TRIES = 24;
  private static final String SEED = "20261208";

  /** The commands with a property below; every command with a file-reading example is one. */
  private static final List<String> COVERED =
      List.of(
          "attribution",
          "churn cox",
          "churn hazard",
          "clv check",
          "clv fit",
          "clv predict",
          "export xes",
          "export ocel",
          "insights",
          "journeys variants",
          "journeys correlation",
          "journeys dfg",
          "journeys flows",
          "journeys funnel",
          "journeys markov",
          "journeys paths",
          "journeys segments",
          "map",
          "report attribution",
          "report clv",
          "report journeys",
          "report map",
          "report survey",
          "retention",
          "survey",
          "whatif");

  @Provide
  Arbitrary<HostileFiles.Mutation> mutations() {
    return HostileFiles.mutations();
  }

  @Example
  void everyCommandThatReadsAFileHasAProperty() {
    assertEquals(
        new java.util.TreeSet<>(HostileFiles.commands()),
        new java.util.TreeSet<>(COVERED),
        "commands with a file-reading --help example");
  }

  @Property(tries = TRIES, seed = SEED)
  void attribution(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("attribution", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void churnCox(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("churn cox", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void churnHazard(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("churn hazard", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void clvCheck(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("clv check", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void clvFit(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("clv fit", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void clvPredict(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("clv predict", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void exportXes(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("export xes", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void exportOcel(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("export ocel", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void insights(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("insights", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void journeysVariants(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("journeys variants", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void journeysFlows(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("journeys flows", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void journeysFunnel(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("journeys funnel", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void journeysMarkov(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("journeys markov", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void journeysSegments(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("journeys segments", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void map(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("map", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void reportAttribution(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("report attribution", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void reportClv(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("report clv", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void reportJourneys(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("report journeys", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void reportMap(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("report map", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void reportSurvey(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("report survey", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void journeysPaths(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("journeys paths", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void journeysCorrelation(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("journeys correlation", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void journeysDfg(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("journeys dfg", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void retention(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("retention", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void survey(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("survey", m);
  }

  @Property(tries = TRIES, seed = SEED)
  void whatif(@ForAll("mutations") HostileFiles.Mutation m) throws IOException {
    HostileFiles.check("whatif", m);
  }

  private static final String[] HEADS = {
    "",
    "ltr,region\n",
    "customer,time,touchpoint\n",
    "path;total_conversions;total_conversion_value;total_null\n",
    "customer,date,amount\n",
    "id,x,t_x,T\n",
    "{\"schemaVersion\":1,"
  };
  private static final byte[] SPECIAL = {
    ',',
    ';',
    '"',
    '\n',
    '\r',
    ' ',
    '0',
    '1',
    '9',
    '-',
    '.',
    'e',
    'a',
    '>',
    '{',
    '}',
    ':',
    (byte) 0xC3,
    (byte) 0xA9,
    (byte) 0xFF,
    (byte) 0xEF,
    (byte) 0xBB,
    (byte) 0xBF,
    0x1B,
    0
  };

  private static byte[] input(SplittableRandom random) {
    byte[] head = HEADS[random.nextInt(HEADS.length)].getBytes(StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(head, head.length + random.nextInt(120));
    for (int i = head.length; i < out.length; i++) {
      out[i] =
          random.nextInt(4) == 0
              ? (byte) random.nextInt(256)
              : SPECIAL[random.nextInt(SPECIAL.length)];
    }
    return out;
  }

  /** Any header with random bytes after it, to the readers that expect another header. */
  @Example
  void randomBytesAfterAnyHeaderNeverEndInAnInternalError() throws IOException {
    Path dir = Files.createTempDirectory("cx-random-bytes");
    SplittableRandom random = new SplittableRandom(20_261_207L);
    for (int k = 0; k < 150; k++) {
      Path f = Cli.write(dir, "in" + k + ".txt", input(random));
      String[][] commands = {
        {"survey", "--input", f.toString(), "--metric", "nps", "--score-column", "ltr"},
        {"journeys", "--input", f.toString(), "variants"},
        {"attribution", "--input", f.toString(), "--model", "first"},
        {"clv", "fit", "--model", "bgnbd", "--input", f.toString()},
        {"map", "--input", f.toString(), "--format", "mermaid"},
      };
      for (String[] c : commands) {
        Cli.Result r = Cli.run(c);
        int sample = k;
        assertTrue(
            r.status() == 0 || r.status() == CxCommand.BAD_INPUT,
            () -> "input " + sample + " " + c[0] + ": status " + r.status() + ": " + r.err());
        if (r.status() == CxCommand.BAD_INPUT) {
          assertEquals(1, r.err().strip().lines().count(), () -> c[0] + ": " + r.err());
          assertTrue(r.err().contains(f.getFileName().toString()), () -> c[0] + ": " + r.err());
        }
      }
      Files.delete(f);
    }
  }
}
