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
        .assertBadInput("'nope'", "no such column");
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
}
