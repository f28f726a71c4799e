package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClvCommandTest {
  @TempDir Path dir;

  private static final String CDNOW = Cli.data("cdnow/CDNOW_sample.txt").toString();

  /** A parameter, a top-level number or a holdout number of {@code clv fit --format json}. */
  private static double param(String json, String name) {
    JsonNode tree = CliSchemas.assertValid("clv-fit", json);
    for (JsonNode p : tree.get("parameters")) {
      if (p.get("parameter").textValue().equals(name)) {
        return p.get("value").doubleValue();
      }
    }
    if (name.startsWith("holdout_")) {
      return tree.get("holdout").get(name.substring("holdout_".length())).doubleValue();
    }
    if (tree.has(name)) {
      return tree.get(name).doubleValue();
    }
    throw new AssertionError(name + " not in " + json);
  }

  /**
   * The first 300 customers of CDNOW_sample.txt, written with lone CR line ends: BG/NBD fits a + b
   * < 1 there, where the closed form of E[Y(t)] has its 2F1 pole, and fit, predict (also with the
   * nonparametric bootstrap) and check ended in "internal error: ... not finite: NaN" (exit 1). The
   * expectation exists for every a, b > 0 (BgNbdSmallShapeTest has the values).
   */
  @Test
  void cdnowSubsetWithABelowOneAndLoneCrLineEndsIsFitted() throws IOException {
    java.util.List<String> lines = java.nio.file.Files.readAllLines(Path.of(CDNOW));
    java.util.Set<String> first300 = new java.util.LinkedHashSet<>();
    StringBuilder cr = new StringBuilder();
    StringBuilder lf = new StringBuilder();
    for (String line : lines) {
      String id = line.strip().split("\\s+")[0];
      if (first300.size() < 300 || first300.contains(id)) {
        first300.add(id);
        cr.append(line).append('\r');
        lf.append(line).append('\n');
      }
    }
    Path crFile = Cli.write(dir, "subset-cr.txt", cr.toString());
    Path lfFile = Cli.write(dir, "subset-lf.txt", lf.toString());
    String[] fit = {
      "clv", "fit", "--model", "bgnbd", "--calibration-end", "1997-09-30", "--format", "json"
    };
    String json = Cli.run(with(fit, "--input", crFile.toString())).assertOk().out();
    assertEquals(300, param(json, "customers"));
    assertTrue(param(json, "a") + param(json, "b") < 1, json);
    double predicted = param(json, "holdout_predicted");
    double actual = param(json, "holdout_actual");
    assertTrue(Math.abs(predicted - actual) < 0.25 * actual, json);
    assertEquals(json, Cli.run(with(fit, "--input", lfFile.toString())).assertOk().out());
    for (String[] c :
        new String[][] {
          {"clv", "predict", "--model", "bgnbd", "--calibration-end", "1997-09-30"},
          {
            "clv", "predict", "--model", "bgnbd", "--calibration-end", "1997-09-30",
            "--bootstrap", "nonparametric", "--replicates", "50", "--seed", "1"
          },
          {
            "clv",
            "check",
            "--model",
            "bgnbd",
            "--check",
            "tracking",
            "--calibration-end",
            "1997-09-30"
          },
          {
            "clv",
            "check",
            "--model",
            "mbgnbd",
            "--check",
            "holdout",
            "--calibration-end",
            "1997-09-30"
          }
        }) {
      String out =
          Cli.run(with(c, "--input", crFile.toString(), "--format", "json")).assertOk().out();
      assertTrue(!out.contains("NaN") && !out.contains("null"), out);
    }
  }

  private static String[] with(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void bgnbdOnRawCdnowMatchesFaderHardieLee2005() {
    // Fader, Hardie & Lee (2005), "Counting your customers the easy way", CDNOW 2,357 customers,
    // 39-week calibration: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426; holdout 1,882 actual.
    Cli.Result r =
        Cli.run(
                "clv",
                "fit",
                "--model",
                "bgnbd",
                "--input",
                CDNOW,
                "--calibration-end",
                "1997-09-30",
                "--holdout-end",
                "1998-06-30",
                "--format",
                "json")
            .assertOk();
    assertEquals(0.243, param(r.out(), "r"), 0.0005);
    assertEquals(4.414, param(r.out(), "alpha"), 0.0005);
    assertEquals(0.793, param(r.out(), "a"), 0.0005);
    assertEquals(2.426, param(r.out(), "b"), 0.0005);
    assertEquals(2357, param(r.out(), "customers"));
    assertEquals(1882, param(r.out(), "holdout_actual"));
  }

  @Test
  void otherModelsAndSummaries() {
    for (String m : new String[] {"pareto-nbd", "mbgnbd", "gamma-gamma"}) {
      Cli.run(
              "clv",
              "fit",
              "--model",
              m,
              "--input",
              CDNOW,
              "--calibration-end",
              "1997-09-30",
              "--format",
              "json")
          .assertOk();
    }
    // the lifetimes summary of the same data (2-decimal weeks): BG/NBD r = 0.2426 (lifetimes docs)
    Cli.Result s =
        Cli.run(
                "clv",
                "fit",
                "--model",
                "bgnbd",
                "--input",
                Cli.resource("cdnow/cdnow_customers_summary.csv").toString(),
                "--format",
                "json")
            .assertOk();
    assertEquals(0.2426, param(s.out(), "r"), 0.0005);
    Cli.Result cbs =
        Cli.run(
                "clv",
                "fit",
                "--model",
                "bgnbd",
                "--input",
                Cli.resource("cdnow/cdnow_cbs_cal39_hold39.csv").toString(),
                "--format",
                "json")
            .assertOk();
    assertEquals(1882, param(cbs.out(), "holdout_actual"));
  }

  @Test
  void predictTopCustomers() {
    Cli.Result r =
        Cli.run(
                "clv",
                "predict",
                "--input",
                CDNOW,
                "--calibration-end",
                "1997-09-30",
                "--horizon",
                "39",
                "--top",
                "5",
                "--format",
                "csv")
            .assertOk();
    assertEquals(6, r.lines().size());
    double first = Double.parseDouble(Cli.csvCell(r.out(), 0, "expected_purchases"));
    double second = Double.parseDouble(Cli.csvCell(r.out(), 1, "expected_purchases"));
    assertTrue(first >= second);
    double alive = Double.parseDouble(Cli.csvCell(r.out(), 0, "p_alive"));
    assertTrue(alive > 0 && alive <= 1);
    assertTrue(!Cli.csvCell(r.out(), 0, "expected_spend").isEmpty());
  }

  @Test
  void transactionsCsvGivesTheSameFitAsTheRawFile() throws IOException {
    StringBuilder csv = new StringBuilder("customer,date,amount\n");
    for (String line : java.nio.file.Files.readAllLines(Path.of(CDNOW))) {
      String[] f = line.strip().split("\\s+");
      String d = f[2].substring(0, 4) + "-" + f[2].substring(4, 6) + "-" + f[2].substring(6);
      csv.append(f[0]).append(',').append(d).append(',').append(f[4]).append('\n');
    }
    Path t = Cli.write(dir, "cdnow.csv", csv.toString());
    Cli.Result r =
        Cli.run(
                "clv",
                "fit",
                "--model",
                "bgnbd",
                "--input",
                t.toString(),
                "--calibration-end",
                "1997-09-30",
                "--format",
                "json")
            .assertOk();
    assertEquals(0.243, param(r.out(), "r"), 0.0005);
  }

  @Test
  void tooLittleDataIsBadInput() throws IOException {
    Path t =
        Cli.write(
            dir,
            "tx.csv",
            "customer,date,amount\na,2024-01-01,10\na,2024-02-01,12\nb,2024-01-05,8\n"
                + "c,2024-01-10,30\nc,2024-03-01,25\nc,2024-04-01,20\nb,2024-05-01,9\n");
    Cli.run("clv", "predict", "--input", t.toString(), "--top", "0")
        .assertBadInput("did not converge");
  }

  @Test
  void badInput() throws IOException {
    Cli.run("clv", "fit", "--model", "crystal-ball", "--input", CDNOW)
        .assertBadInput("crystal-ball");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", CDNOW, "--calibration-end", "1997-13-01")
        .assertBadInput("--calibration-end");
    Path t = Cli.write(dir, "tx.csv", "customer,date,amount\na,2024-01-01,10\na,someday,12\n");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", t.toString())
        .assertBadInput("tx.csv", "line 3", "someday");
    Path s = Cli.write(dir, "s.csv", "id,frequency,recency\n1,2,3\n");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", s.toString())
        .assertBadInput("s.csv", "T or T_cal");
    Cli.run("clv", "predict", "--input", CDNOW, "--horizon", "-1").assertBadInput("--horizon");
  }

  @Test
  void btydEventLogByColumnNamesReproducesThePublishedFits() {
    // issue 16: cdnowElog.csv (BTYD; masterid,sampleid,date,cds,sales, dates yyyyMMdd) read by
    // column names, no preprocessing; Fader, Hardie & Lee (2005) BG/NBD and Pareto/NBD, Fader &
    // Hardie (2013) Gamma-Gamma; see cdnow/SOURCE.md and shared/reference/golden-values.md
    String elog = Cli.data("cdnow/cdnowElog.csv").toString();
    String[] mapping = {
      "--input",
      elog,
      "--customer-column",
      "masterid",
      "--date-column",
      "date",
      "--amount-column",
      "sales",
      "--date-format",
      "yyyyMMdd",
      "--calibration-end",
      "1997-09-30",
      "--holdout-end",
      "1998-06-30",
      "--format",
      "json"
    };
    Cli.Result bg =
        Cli.run(concat(new String[] {"clv", "fit", "--model", "bgnbd"}, mapping)).assertOk();
    assertEquals(0.243, param(bg.out(), "r"), 5e-4);
    assertEquals(4.414, param(bg.out(), "alpha"), 5e-4);
    assertEquals(0.793, param(bg.out(), "a"), 5e-4);
    assertEquals(2.426, param(bg.out(), "b"), 5e-4);
    assertEquals(-9582.4292, param(bg.out(), "log_likelihood"), 1e-3);
    assertEquals(1882, param(bg.out(), "holdout_actual"), 0);
    Cli.Result pareto =
        Cli.run(concat(new String[] {"clv", "fit", "--model", "pareto-nbd"}, mapping)).assertOk();
    assertEquals(0.553, param(pareto.out(), "r"), 5e-4);
    assertEquals(10.578, param(pareto.out(), "alpha"), 5e-3);
    assertEquals(0.606, param(pareto.out(), "s"), 5e-4);
    assertEquals(-9594.9762, param(pareto.out(), "log_likelihood"), 1e-3);
    Cli.Result gg =
        Cli.run(concat(new String[] {"clv", "fit", "--model", "gamma-gamma"}, mapping)).assertOk();
    assertEquals(6.25, param(gg.out(), "p"), 5e-3);
    assertEquals(3.74, param(gg.out(), "q"), 5e-3);
    assertEquals(15.44, param(gg.out(), "gamma"), 5e-3);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void asOfAndHoldoutEndsAreExplicitNeverStretched() throws IOException {
    // issue 14: one purchase dated 2099 stretched the holdout to 2099 without a word
    Path t =
        Cli.write(
            dir,
            "typo.csv",
            "customer,date,amount\na,2024-01-01,10\na,2024-02-01,12\nb,2024-01-05,8\n"
                + "b,2099-01-05,9\n");
    Cli.run(
            "clv",
            "fit",
            "--model",
            "bgnbd",
            "--input",
            t.toString(),
            "--calibration-end",
            "2024-03-01",
            "--holdout-end",
            "2024-06-30")
        .assertBadInput("typo.csv", "1 purchase(s) after the holdout end 2024-06-30", "2099-01-05");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", t.toString(), "--as-of", "2024-06-30")
        .assertBadInput("typo.csv", "after the observation end 2024-06-30", "--as-of");
    Cli.run(
            "clv",
            "fit",
            "--model",
            "bgnbd",
            "--input",
            t.toString(),
            "--as-of",
            "2024-06-30",
            "--calibration-end",
            "2024-03-01")
        .assertBadInput("--as-of or --calibration-end");
  }

  @Test
  void aTransactionsFileWithoutHeaderIsDetected() throws IOException {
    Path t = Cli.write(dir, "nohead.csv", "a,2024-01-01,10\na,2024-02-01,12\n");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", t.toString())
        .assertBadInput("nohead.csv", "line 1", "the file has no header?", "--no-header");
    Path impossible = Cli.write(dir, "feb31.csv", "customer,date,amount\na,1997-02-31,10\n");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", impossible.toString())
        .assertBadInput("feb31.csv", "line 2", "1997-02-31", "valid date");
  }

  @Test
  void summariesReadTStarPerRowAndRefuseDuplicateIds() throws IOException {
    // issue 14: T_star was taken from row 1 only; 301 copies of one id changed the fit
    Path mixed =
        Cli.write(dir, "mixed.csv", "id,x,t_x,T,x_star,T_star\n1,2,30,38,1,1\n2,0,0,38,0,39\n");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", mixed.toString())
        .assertBadInput("mixed.csv", "line 3", "T_star", "same on every row", "line 2");
    Path dup = Cli.write(dir, "dup.csv", "id,x,t_x,T\n7,2,30,38\n8,0,0,38\n7,1,5,38\n");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", dup.toString())
        .assertBadInput("dup.csv", "line 4", "'7'", "also on line 2");
  }
}
