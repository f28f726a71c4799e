package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void bgbbFitReproducesFaderHardieShang2010() throws IOException {
    // Fader, Hardie & Shang (2010): α 1.204, β 0.750, γ 0.657, δ 2.783, LL −33,225.6
    Cli.Result r =
        Cli.run("clv", "fit", "--model", "bgbb", "--input", DONATIONS, "--format", "csv")
            .assertOk();
    assertEquals(1.204, Double.parseDouble(Cli.csvCell(r.out(), 0, "value")), 5e-4);
    assertEquals(2.783, Double.parseDouble(Cli.csvCell(r.out(), 3, "value")), 2e-3);
    assertEquals(-33225.6, Double.parseDouble(Cli.csvCell(r.out(), 4, "value")), 0.05);
    Cli.Result p =
        Cli.run(
                "clv",
                "predict",
                "--model",
                "bgbb",
                "--input",
                DONATIONS,
                "--horizon",
                "5",
                "--format",
                "csv")
            .assertOk();
    assertTrue(
        p.out().startsWith("customer,x,t_x,n,customers,p_alive,expected_purchases,dert_d0.10"));
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
      "csv"
    };
    Cli.Result a = Cli.run(args).assertOk();
    Cli.Result b = Cli.run(args).assertOk();
    assertEquals(a.out(), b.out());
    assertEquals(6, a.lines().size());
    assertEquals("TOTAL (realised)", Cli.csvCell(a.out(), 4, "customer"));
    assertEquals("parameter+process", Cli.csvCell(a.out(), 4, "uncertainty"));
    double lower = Double.parseDouble(Cli.csvCell(a.out(), 3, "purchases_lower"));
    double upper = Double.parseDouble(Cli.csvCell(a.out(), 3, "purchases_upper"));
    assertTrue(lower < 1653.4 && 1653.4 < upper, a.out());
    Cli.run("clv", "predict", "--input", CDNOW, "--interval", "1.5").assertBadInput("--interval");
    Cli.run("clv", "predict", "--input", CDNOW, "--interval", "0.9", "--bootstrap", "jackknife")
        .assertBadInput("--bootstrap");
  }

  @Test
  void fitChecksPrintTablesAndWritePictures() throws IOException {
    Path svg = dir.resolve("tracking.svg");
    Cli.Result t =
        Cli.run(
                "clv",
                "check",
                "--check",
                "tracking",
                "--input",
                CDNOW,
                "--calibration-end",
                "1997-09-30",
                "--svg",
                svg.toString(),
                "--format",
                "csv")
            .assertOk();
    assertEquals("4339.0", Cli.csvCell(t.out(), 77, "cumulative_actual"));
    assertTrue(Files.readString(svg).startsWith("<svg"));
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
    assertEquals("1411.0", Cli.csvCell(f.out(), 0, "actual"));
    Cli.run("clv", "check", "--model", "bgbb", "--check", "alive", "--input", DONATIONS).assertOk();
    Cli.run("clv", "check", "--check", "holdout", "--input", CDNOW).assertBadInput("holdout");
    Cli.run("clv", "check", "--check", "colour", "--input", CDNOW).assertBadInput("--check");
  }
}
