package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx clv fit|predict|check} with BG/BB, bootstrap intervals and fit checks. */
class ClvModelsCommandTest {
  @TempDir Path dir;

  private static final String CDNOW = Cli.data("cdnow/CDNOW_sample.txt").toString();
  private static final String DONATIONS = Cli.data("donations/donations.csv").toString();

  private static JsonNode json(String schema, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--format";
    all[args.length + 1] = "json";
    return CliSchemas.assertValid(schema, Cli.run(all).assertOk().out());
  }

  @Test
  void bgbbFitReproducesFaderHardieShang2010() throws IOException {
    // Fader, Hardie & Shang (2010): α 1.204, β 0.750, γ 0.657, δ 2.783, LL −33,225.6
    JsonNode r = json("clv-fit", "clv", "fit", "--model", "bgbb", "--input", DONATIONS);
    assertEquals("bgbb", r.get("model").textValue());
    assertEquals(1.204, r.get("parameters").get(0).get("value").doubleValue(), 5e-4);
    assertEquals(2.783, r.get("parameters").get(3).get("value").doubleValue(), 2e-3);
    assertEquals(-33225.6, r.get("log_likelihood").doubleValue(), 0.05);
    assertEquals(11104, r.get("customers").intValue());
    JsonNode p =
        json(
            "clv-predict",
            "clv",
            "predict",
            "--model",
            "bgbb",
            "--input",
            DONATIONS,
            "--horizon",
            "5");
    assertEquals(5, p.get("horizon_periods").intValue());
    assertEquals(3464, p.get("predictions").get(0).get("weight").doubleValue(), 0.0);
    Path bad = Cli.write(dir, "d.csv", "frequency,recency,periods,weights\n2,7,6,10\n");
    Cli.run("clv", "fit", "--model", "bgbb", "--input", bad.toString())
        .assertBadInput("d.csv", "line 2", "t_x (recency) must be in [0, n=6]", "was 7");
  }

  @Test
  void predictWithIntervalsIsSeededAndSaysWhichUncertainty() {
    String[] args = {
      "clv",
      "predict",
      "--input",
      CDNOW,
      "--calibration-end",
      "1997-09-30",
      "--horizon",
      "39",
      "--top",
      "3",
      "--interval",
      "0.9",
      "--replicates",
      "50",
      "--format",
      "json"
    };
    Cli.Result a = Cli.run(args).assertOk();
    Cli.Result b = Cli.run(args).assertOk();
    assertEquals(a.out(), b.out());
    JsonNode j = CliSchemas.assertValid("clv-predict", a.out());
    assertEquals(3, j.get("predictions").size());
    assertEquals("parametric", j.get("interval").get("bootstrap").textValue());
    JsonNode realised = j.get("totals").get(1);
    assertEquals("realised", realised.get("total").textValue());
    assertEquals("parameter+process", realised.get("uncertainty").textValue());
    JsonNode expectation = j.get("totals").get(0);
    assertTrue(
        expectation.get("purchases_lower").doubleValue() < 1653.4
            && 1653.4 < expectation.get("purchases_upper").doubleValue(),
        a.out());
    JsonNode first = j.get("predictions").get(0);
    assertTrue(first.get("p_alive_lower").doubleValue() <= first.get("p_alive").doubleValue());
    Cli.run("clv", "predict", "--input", CDNOW, "--interval", "1.5").assertBadInput("--interval");
    Cli.run("clv", "predict", "--input", CDNOW, "--interval", "0.9", "--bootstrap", "jackknife")
        .assertBadInput("--bootstrap");
  }

  @Test
  void fitChecksPrintTablesAndWritePictures() throws IOException {
    Path svg = dir.resolve("tracking.svg");
    JsonNode t =
        json(
            "clv-check",
            "clv",
            "check",
            "--check",
            "tracking",
            "--input",
            CDNOW,
            "--calibration-end",
            "1997-09-30",
            "--output-svg",
            svg.toString());
    assertEquals(4339, t.get("tracking").get(77).get("cumulative_actual").doubleValue(), 0.0);
    assertTrue(Files.readString(svg).startsWith("<svg"));
    for (String check : new String[] {"frequency", "holdout", "alive"}) {
      JsonNode c =
          json(
              "clv-check",
              "clv",
              "check",
              "--check",
              check,
              "--input",
              CDNOW,
              "--calibration-end",
              "1997-09-30");
      assertEquals(check, c.get("check").textValue());
    }
    Cli.Result f =
        Cli.run(
                "clv",
                "check",
                "--check",
                "frequency",
                "--input",
                CDNOW,
                "--calibration-end",
                "1997-09-30",
                "--format",
                "csv")
            .assertOk();
    assertEquals("1411", Cli.csvCell(f.out(), 0, "actual").replaceAll("\\.0+$", ""));
    json("clv-check", "clv", "check", "--model", "bgbb", "--check", "alive", "--input", DONATIONS);
    Cli.run("clv", "check", "--check", "holdout", "--input", CDNOW).assertBadInput("holdout");
    Cli.run("clv", "check", "--check", "colour", "--input", CDNOW).assertBadInput("--check");
  }
}
