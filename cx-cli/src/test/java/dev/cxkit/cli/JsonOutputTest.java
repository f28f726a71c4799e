package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --format json} output is one JSON object with typed fields that matches
 * its documented schema in {@code docs/schema/cli/}: counts are integers, flags booleans, and no
 * number is NaN or Infinity.
 */
class JsonOutputTest {
  @TempDir static Path dir;
  private static String events;
  private static String synthetic;
  private static final String CDNOW = Cli.data("cdnow/CDNOW_sample.txt").toString();
  private static final String PATHS =
      Cli.data("attribution/channelattribution_Data.csv").toString();

  @BeforeAll
  static void inputs() throws IOException {
    events = Cli.write(dir, "events.csv", JourneysCommandTest.EVENTS).toString();
    Path file = dir.resolve("synthetic.csv");
    SyntheticJourneys.write(JourneyMapSamples.cableOutage(), 300, 5, file);
    synthetic = file.toString();
  }

  private static JsonNode json(String schema, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--format");
    all.add("json");
    Cli.Result r = Cli.run(all.toArray(new String[0])).assertOk();
    JsonNode tree = CliSchemas.assertValid(schema, r.out());
    assertEquals(schema.replace('-', ' '), tree.get("command").textValue());
    return tree;
  }

  private static String[] synthetic(String command, String... more) {
    return Stream.concat(
            Stream.of(
                command,
                "--input",
                synthetic,
                "--type-column",
                "type",
                "--goal-type",
                "technician-visit",
                "--gap",
                "P7D"),
            Stream.of(more))
        .toArray(String[]::new);
  }

  @Test
  void nps() {
    JsonNode t =
        json("nps", "nps", "--promoters", "250", "--passives", "675", "--detractors", "75");
    assertTrue(t.get("score").get("n").isIntegralNumber());
    assertEquals(1000, t.get("score").get("n").longValue());
    assertEquals(0.175, t.get("score").get("estimate").doubleValue(), 1e-12);
    assertTrue(t.get("score").get("flags").isArray());
  }

  @Test
  void survey() throws IOException {
    Path answers =
        Cli.write(dir, "answers.csv", "id,region,ltr\n1,north,10\n2,north,\n3,south,3\n");
    JsonNode t =
        json(
            "survey",
            "survey",
            "--input",
            answers.toString(),
            "--metric",
            "nps",
            "--score-column",
            "ltr",
            "--segment-column",
            "region");
    assertEquals(2, t.get("answers").longValue());
    assertEquals(1, t.get("blank_answers_skipped").longValue());
    assertEquals(2, t.get("scores").size());
  }

  @Test
  void journeys() {
    String[] base = {
      "journeys", "--input", events, "--type-column", "type", "--goal-type", "order"
    };
    JsonNode v = json("journeys-variants", concat(base, "variants"));
    assertTrue(v.get("variants").get(0).get("path").isArray());
    assertTrue(v.get("variants").get(0).get("journeys").isIntegralNumber());
    json("journeys-flows", concat(base, "flows"));
    JsonNode p = json("journeys-paths", concat(base, "paths", "--from", "home", "--to", "order"));
    assertEquals(List.of("home"), List.of(p.get("nodes").get(0).get("path").get(0).asText()));
    assertTrue(p.get("to").isTextual());
    assertTrue(json("journeys-paths", concat(base, "paths", "--to", "cart")).get("from").isNull());
    JsonNode f =
        json("journeys-funnel", concat(base, "funnel", "--step", "home", "--step", "cart"));
    assertEquals(
        4, f.get("steps").get(0).get("reached").longValue()); // four journeys start at home
    JsonNode m = json("journeys-markov", concat(base, "markov"));
    assertTrue(m.get("states").get(0).get("absorbing").isBoolean());
  }

  @Test
  void insights() {
    JsonNode t = json("insights", synthetic("insights", "--sample", "cable-outage"));
    for (String part : List.of("deviations", "hotspots", "moments", "actions")) {
      assertTrue(t.get(part).isArray(), part);
    }
    assertTrue(t.get("actions").get(0).get("evidence").isArray());
    JsonNode one =
        json("insights", synthetic("insights", "--sample", "cable-outage", "--show", "hotspots"));
    assertFalse(one.has("actions"));
  }

  @Test
  void whatif() {
    JsonNode t =
        json(
            "whatif",
            synthetic(
                "whatif",
                "--sample",
                "cable-outage",
                "--change",
                "department-transfer:drop-off=-50%",
                "--change",
                "call-support:drop-off=-10%",
                "--value-per-conversion",
                "120"));
    assertEquals(3, t.get("scenarios").size());
    assertTrue(t.get("scenarios").get(2).get("combined").booleanValue());
  }

  @Test
  void attribution() {
    JsonNode t = json("attribution", "attribution", "--input", PATHS, "--model", "first,markov");
    assertTrue(t.get("conversions").isIntegralNumber());
    assertEquals(24, t.get("credits").size());
    JsonNode ci =
        json(
            "attribution",
            "attribution",
            "--input",
            PATHS,
            "--model",
            "last,markov",
            "--interval",
            "0.9",
            "--replicates",
            "50");
    assertEquals(0.9, ci.get("interval").get("level").doubleValue());
    assertTrue(ci.get("interval").get("seed").isIntegralNumber());
    JsonNode first = ci.get("credits").get(0);
    assertTrue(
        first.get("conversions_lower").doubleValue()
            <= first.get("conversions_upper").doubleValue());
    JsonNode lookback =
        json(
            "attribution",
            "attribution",
            "--input",
            Cli.data("attribution/timed_paths.synthetic.csv").toString(),
            "--times-column",
            "touch_times",
            "--end-column",
            "end_time",
            "--lookback",
            "30d",
            "--model",
            "linear");
    assertEquals("30d", lookback.get("lookback").textValue());
    JsonNode auto =
        json(
            "attribution",
            "attribution",
            "--input",
            PATHS,
            "--model",
            "markov",
            "--order",
            "auto",
            "--max-order",
            "2",
            "--folds",
            "3");
    assertEquals(2, auto.get("order_selection").size());
    assertTrue(auto.get("order_chosen").isIntegralNumber());
    assertTrue(auto.get("order_selection").get(1).get("held_out_transitions").isIntegralNumber());
    JsonNode participation =
        json(
            "attribution",
            "attribution",
            "--input",
            PATHS,
            "--model",
            "participation,w-shaped",
            "--milestone",
            "eta");
    assertEquals("participation", participation.get("not_additive").get(0).textValue());
    assertEquals(1, participation.get("not_additive").size());
    assertEquals(5, lookback.get("touches_outside_lookback").intValue());
    assertTrue(lookback.get("journeys_without_touch_in_lookback").isIntegralNumber());
  }

  @Test
  void clv() {
    String[] base = {
      "--input", CDNOW, "--calibration-end", "1997-09-30", "--holdout-end", "1998-06-30"
    };
    JsonNode fit =
        json("clv-fit", concat(concat(new String[] {"clv", "fit", "--model", "bgnbd"}, base)));
    assertTrue(fit.get("converged").isBoolean(), "converged is a boolean, not 1.0");
    assertTrue(fit.get("customers").isIntegralNumber(), "customers is an integer, not 2357.0");
    assertEquals(2357, fit.get("customers").longValue());
    assertEquals(1882, fit.get("holdout").get("actual").doubleValue(), 1e-9);
    JsonNode gg =
        json(
            "clv-fit", concat(concat(new String[] {"clv", "fit", "--model", "gamma-gamma"}, base)));
    assertTrue(gg.get("holdout").isNull());
    JsonNode p =
        json("clv-predict", concat(concat(new String[] {"clv", "predict", "--top", "3"}, base)));
    assertEquals(3, p.get("predictions").size());
    assertTrue(p.get("predictions").get(0).get("x").isIntegralNumber());
  }

  /** Every command with a --format option has a schema, and every schema file belongs to one. */
  @Test
  void everyJsonCommandHasItsSchema() throws IOException {
    Set<String> commands = new TreeSet<>();
    collect(CxCommand.commandLine(), commands);
    Set<String> schemas = new TreeSet<>();
    try (Stream<Path> files = Files.list(CliSchemas.DIR)) {
      files.forEach(f -> schemas.add(f.getFileName().toString().replace(".schema.json", "")));
    }
    assertEquals(commands, schemas);
    for (String s : schemas) {
      CliSchemas.schema(s);
    }
  }

  private static void collect(CommandLine cl, Set<String> out) {
    CommandSpec spec = cl.getCommandSpec();
    if (spec.findOption("--format") != null
        && spec.findOption("--format").type() == OutputFormat.class) {
      out.add(spec.qualifiedName(" ").replaceFirst("^cx ", "").replace(' ', '-'));
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      collect(sub, out);
    }
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
