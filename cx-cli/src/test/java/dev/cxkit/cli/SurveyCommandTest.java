package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyCommandTest {
  @TempDir Path dir;

  private Path answers() throws IOException {
    return Cli.write(
        dir,
        "answers.csv",
        "id,region,ltr,csat,ces,w\n"
            + "1,north,10,5,7,1.0\n"
            + "2,north,9,4,6,2.0\n"
            + "3,north,3,2,2,1.0\n"
            + "4,south,7,3,4,0.5\n"
            + "5,south,0,1,1,1.0\n"
            + "6,south,10,5,7,1.0\n");
  }

  @Test
  void npsBySegment() throws IOException {
    Cli.Result r =
        Cli.run(
                "survey",
                "--input",
                answers().toString(),
                "--metric",
                "nps",
                "--score-column",
                "ltr",
                "--segment-column",
                "region",
                "--format",
                "csv")
            .assertOk();
    // north: 2 promoters, 1 detractor of 3 -> 1/3; south: 1 promoter, 1 detractor -> 0
    assertEquals("north", Cli.csvCell(r.out(), 0, "segment"));
    assertEquals(1.0 / 3, Double.parseDouble(Cli.csvCell(r.out(), 0, "estimate")), 1e-12);
    assertEquals(0.0, Double.parseDouble(Cli.csvCell(r.out(), 1, "estimate")), 1e-12);
  }

  @Test
  void weightedNps() throws IOException {
    Cli.Result r =
        Cli.run(
                "survey",
                "--input",
                answers().toString(),
                "--metric",
                "nps",
                "--score-column",
                "ltr",
                "--weight-column",
                "w",
                "--format",
                "csv")
            .assertOk();
    // promoters weigh 1+2+1 = 4, detractors 1+1 = 2, total 6.5 -> (4 - 2) / 6.5
    assertEquals(2 / 6.5, Double.parseDouble(Cli.csvCell(r.out(), 0, "estimate")), 1e-12);
    assertTrue(Cli.csvCell(r.out(), 0, "flags").contains("weighted"), r.out());
  }

  @Test
  void csatAndCes() throws IOException {
    Cli.Result csat =
        Cli.run(
                "survey",
                "--input",
                answers().toString(),
                "--metric",
                "csat",
                "--score-column",
                "csat",
                "--format",
                "csv")
            .assertOk();
    // top-2-box: answers 4 or 5 = 3 of 6; mean (5+4+2+3+1+5)/6 = 20/6
    assertEquals(0.5, Double.parseDouble(Cli.csvCell(csat.out(), 0, "estimate")), 1e-12);
    assertEquals(20.0 / 6, Double.parseDouble(Cli.csvCell(csat.out(), 1, "estimate")), 1e-12);
    Cli.Result ces =
        Cli.run(
                "survey",
                "--input",
                answers().toString(),
                "--metric",
                "ces",
                "--score-column",
                "ces")
            .assertOk();
    assertEquals(3, ces.out().split("SCORES\n")[1].strip().lines().count() - 2, ces.out());
  }

  @Test
  void badInputNamesFileLineFieldValueAndRule() throws IOException {
    Path bad = Cli.write(dir, "bad.csv", "id,ltr\n1,9\n2,11\n");
    Cli.run("survey", "--input", bad.toString(), "--metric", "nps", "--score-column", "ltr")
        .assertBadInput("bad.csv", "line 3", "ltr", "'11'", "0..10");
    Path text = Cli.write(dir, "text.csv", "id,ltr\n1,nine\n");
    Cli.run("survey", "--input", text.toString(), "--metric", "nps", "--score-column", "ltr")
        .assertBadInput("line 2", "'nine'");
    Cli.run("survey", "--input", answers().toString(), "--metric", "nps", "--score-column", "nope")
        .assertBadInput("'nope'", "must be in the header");
    Cli.run(
            "survey",
            "--input",
            dir.resolve("missing.csv").toString(),
            "--metric",
            "nps",
            "--score-column",
            "ltr")
        .assertBadInput("missing.csv", "no such file");
    Cli.run("survey", "--input", answers().toString(), "--metric", "wow", "--score-column", "x")
        .assertBadInput("--metric");
  }

  @Test
  void keyDriversOfTheAnswer() throws IOException {
    // ltr = 2 * a + noise-free b pattern; row 7 has a blank driver and is left out
    Path file =
        Cli.write(
            dir,
            "drivers.csv",
            "id,ltr,a,b\n"
                + "1,2,1,3\n2,5,2,1\n3,6,3,4\n4,9,4,2\n5,10,5,5\n6,4,2,5\n7,8,,1\n"
                + "8,7,4,1\n9,3,1,2\n10,8,3,3\n");
    Cli.Result one =
        Cli.run(
                "survey",
                "--input",
                file.toString(),
                "--metric",
                "nps",
                "--score-column",
                "ltr",
                "--driver-columns",
                "a",
                "--format",
                "json")
            .assertOk();
    var json = CliSchemas.assertValid("survey", one.out());
    assertEquals(9, json.get("driver_rows").asInt());
    assertEquals(1, json.get("driver_rows_skipped").asInt());
    // one driver: its Shapley share of R^2 is R^2 = r^2, r the Pearson correlation (by hand)
    double[] ltr = {2, 5, 6, 9, 10, 4, 7, 3, 8};
    double[] a = {1, 2, 3, 4, 5, 2, 4, 1, 3};
    double r = pearson(ltr, a);
    var d = json.get("drivers").get(0);
    assertEquals(r, d.get("r").asDouble(), 1e-12);
    assertEquals(r * r, d.get("shapley_r2").asDouble(), 1e-12);
    assertEquals(r * r, json.get("r_squared").asDouble(), 1e-12);
    Cli.Result two =
        Cli.run(
                "survey",
                "--input",
                file.toString(),
                "--metric",
                "nps",
                "--score-column",
                "ltr",
                "--driver-columns",
                "a,b",
                "--format",
                "json")
            .assertOk();
    var j2 = CliSchemas.assertValid("survey", two.out());
    double sum = 0;
    for (var x : j2.get("drivers")) {
      sum += x.get("shapley_r2").asDouble();
      assertTrue(x.get("lower").asDouble() <= x.get("upper").asDouble());
    }
    assertEquals(j2.get("r_squared").asDouble(), sum, 1e-12, "Shapley shares sum to R^2");
    Cli.run(
            "survey",
            "--input",
            file.toString(),
            "--metric",
            "nps",
            "--score-column",
            "ltr",
            "--driver-columns",
            "a,zz")
        .assertBadInput("'zz'");
  }

  private static double pearson(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
