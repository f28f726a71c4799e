package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cx churn} on R's lung data (test resource only, LGPL: see lung/SOURCE.md). Reference
 * values: golden-values.md and R survival 3.5.3 ({@code coxph(Surv(time, status) ~ sex + age +
 * ph.ecog, data = lung)}, {@code robust = TRUE}, {@code cox.zph}).
 */
class ChurnCommandTest {
  @TempDir Path dir;

  private static final String LUNG = Cli.resource("lung/lung.csv").toString();

  private static String[] cox(String... extra) {
    String[] base = {
      "churn",
      "cox",
      "--input",
      LUNG,
      "--time-column",
      "time",
      "--event-column",
      "status",
      "--event-value",
      "2",
      "--covariates",
      "sex,age,ph.ecog"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void coxOnLungMatchesR() {
    Cli.Result r = Cli.run(cox("--format", "csv")).assertOk();
    assertEquals(-0.55261240, Double.parseDouble(Cli.csvCell(r.out(), 0, "coef")), 1e-7);
    assertEquals(0.16773905, Double.parseDouble(Cli.csvCell(r.out(), 0, "se")), 1e-7);
    assertEquals(0.46372848, Double.parseDouble(Cli.csvCell(r.out(), 2, "coef")), 1e-7);
    JsonNode j =
        CliSchemas.assertValid("churn-cox", Cli.run(cox("--format", "json")).assertOk().out());
    assertEquals(227, j.get("n").intValue());
    assertEquals(164, j.get("events").intValue());
    assertEquals(1, j.get("left_out").intValue());
    assertEquals("ph.ecog", j.get("missing").get(2).get("covariate").textValue());
    assertEquals(1, j.get("missing").get(2).get("rows").intValue());
    assertEquals(-729.2301, j.get("log_likelihood").doubleValue(), 1e-4);
    assertTrue(Cli.run(cox()).assertOk().out().contains("left_out"));
    JsonNode robust =
        CliSchemas.assertValid(
            "churn-cox", Cli.run(cox("--robust", "--format", "json")).assertOk().out());
    assertEquals("robust", robust.get("standard_errors").textValue());
    assertEquals(0.16474842795, robust.get("terms").get(0).get("se").doubleValue(), 1e-8);
    Cli.Result zph = Cli.run(cox("--test-ph", "--format", "csv")).assertOk();
    assertEquals(4.463657589, Double.parseDouble(Cli.csvCell(zph.out(), 3, "chisq")), 1e-6);
    CliSchemas.assertValid(
        "churn-cox", Cli.run(cox("--test-ph", "--format", "json")).assertOk().out());
    Cli.Result s =
        Cli.run(cox("--profile", "sex=2,age=60,ph.ecog=1", "--times", "365", "--format", "csv"))
            .assertOk();
    assertEquals(0.533743834172, Double.parseDouble(Cli.csvCell(s.out(), 0, "survival")), 1e-7);
    CliSchemas.assertValid(
        "churn-cox",
        Cli.run(cox("--profile", "sex=2,age=60,ph.ecog=1", "--format", "json")).assertOk().out());
    JsonNode h =
        CliSchemas.assertValid(
            "churn-hazard",
            Cli.run(
                    "churn",
                    "hazard",
                    "--input",
                    LUNG,
                    "--time-column",
                    "time",
                    "--event-column",
                    "status",
                    "--event-value",
                    "2",
                    "--format",
                    "json")
                .assertOk()
                .out());
    // R survival 3.5.3: survfit(Surv(time, status) ~ 1, data = lung, ctype = 1), H(5) = 1/228
    assertEquals(1.0 / 228, h.get("hazard").get(0).get("cumulative_hazard").doubleValue(), 1e-12);
  }

  @Test
  void badInputNamesFileLineFieldValueAndRule() throws IOException {
    Cli.run(
            "churn",
            "cox",
            "--input",
            LUNG,
            "--time-column",
            "time",
            "--event-column",
            "inst",
            "--event-value",
            "1",
            "--covariates",
            "sex")
        .assertBadInput("lung.csv", "line 5", "field inst", "value '5'", "must be 1 (event)");
    Path zero = Cli.write(dir, "zero.csv", "t,e,z\n5,1,0\n0,0,1\n7,1,1\n");
    Cli.run(
            "churn",
            "cox",
            "--input",
            zero.toString(),
            "--time-column",
            "t",
            "--event-column",
            "e",
            "--event-value",
            "1",
            "--covariates",
            "z")
        .assertBadInput("zero.csv", "line 3", "field t", "value '0'", "must be > 0");
    Path constant = Cli.write(dir, "c.csv", "t,e,z,k\n5,1,0,3\n6,0,1,3\n7,1,1,3\n");
    Cli.run(
            "churn",
            "cox",
            "--input",
            constant.toString(),
            "--time-column",
            "t",
            "--event-column",
            "e",
            "--event-value",
            "1",
            "--covariates",
            "z,k")
        .assertBadInput("covariate 'k' has no variation");
    Cli.run(cox("--ties", "exact")).assertBadInput("--ties");
    Cli.run(
            "churn",
            "cox",
            "--input",
            LUNG,
            "--time-column",
            "days",
            "--event-column",
            "status",
            "--event-value",
            "2",
            "--covariates",
            "sex")
        .assertBadInput("'days' must be in the header");
  }

  /**
   * An event value that no row has was "data must contain at least one churn event" without the
   * file (every cell 1e400 is refused at its first cell now); a covariate that orders the event
   * times perfectly has no finite maximum and ended in "interval upper must be finite, was
   * Infinity" after 30 iterations (issue 14).
   */
  @Test
  void noEventAndMonotoneLikelihoodAreRefusedNamingTheFile() throws IOException {
    Path allCensored = Cli.write(dir, "censored.csv", "t,e,z\n4,1,60\n5,1,61\n3,1,50\n");
    Cli.run(
            "churn",
            "cox",
            "--input",
            allCensored.toString(),
            "--event-value",
            "2",
            "--time-column",
            "t",
            "--event-column",
            "e",
            "--covariates",
            "z")
        .assertBadInput("censored.csv", "no row has e '2'", "--event-value", "every row is '1'");
    Cli.run(
            "churn",
            "hazard",
            "--input",
            allCensored.toString(),
            "--event-value",
            "2",
            "--time-column",
            "t",
            "--event-column",
            "e")
        .assertBadInput("censored.csv", "no row has e '2'", "--event-value", "every row is '1'");
    Cli.run(
            "churn",
            "cox",
            "--input",
            allCensored.toString(),
            "--event-value",
            "1",
            "--censored-value",
            "2",
            "--time-column",
            "t",
            "--event-column",
            "e",
            "--covariates",
            "z")
        .assertBadInput("censored.csv", "did not converge in 30 iterations", "monotone likelihood");
    Path huge = Cli.write(dir, "huge.csv", "t,e,z\n1e400,1e400,1e400\n");
    Cli.run(
            "churn",
            "cox",
            "--input",
            huge.toString(),
            "--event-value",
            "1e400",
            "--time-column",
            "t",
            "--event-column",
            "e",
            "--covariates",
            "z")
        .assertBadInput("huge.csv", "line 2", "field t", "value '1e400'", "finite");
  }
}
