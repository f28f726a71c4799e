package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionCommandTest {
  @TempDir Path dir;

  private static final String TABLE =
      Cli.data("attribution/channelattribution_Data.csv").toString();

  @Test
  void everyModelCreditsAllConversionsOfTheSharedTable() {
    // the table's totals (SOURCE.md): 19,785 conversions worth 74,802.972
    for (String model :
        new String[] {"first", "last", "linear", "position", "markov", "shapley-simplified"}) {
      Cli.Result r =
          Cli.run("attribution", "--input", TABLE, "--model", model, "--format", "csv").assertOk();
      double conversions = 0;
      double value = 0;
      for (int i = 0; i < r.lines().size() - 1; i++) {
        conversions += Double.parseDouble(Cli.csvCell(r.out(), i, "conversions"));
        value += Double.parseDouble(Cli.csvCell(r.out(), i, "value"));
      }
      assertEquals(19_785, conversions, 1e-6, model);
      assertEquals(74_802.972, value, 1e-3, model);
      assertEquals(12, r.lines().size() - 1, model);
    }
  }

  @Test
  void severalModelsAndOrder() {
    Cli.Result r =
        Cli.run("attribution", "--input", TABLE, "--model", "first,markov", "--order", "2")
            .assertOk();
    assertTrue(r.out().contains("first") && r.out().contains("markov"), r.out());
    assertEquals(
        24, r.out().split("CREDITS\n")[1].strip().lines().count() - 2, "header, rule, rows");
  }

  @Test
  void customLayout() throws IOException {
    Path t = Cli.write(dir, "paths.csv", "journey,conv,lost\na|b,3,1\nb,1,2\n");
    Cli.Result r =
        Cli.run(
                "attribution",
                "--input",
                t.toString(),
                "--model",
                "first",
                "--delimiter",
                ",",
                "--path-separator",
                "|",
                "--path-column",
                "journey",
                "--conversions-column",
                "conv",
                "--value-column",
                "",
                "--nulls-column",
                "lost",
                "--format",
                "json")
            .assertOk();
    assertTrue(r.out().contains("\"channel\": \"a\""), r.out());
  }

  @Test
  void badInput() throws IOException {
    Path t =
        Cli.write(
            dir,
            "bad.csv",
            "path;total_conversions;total_conversion_value;total_null\n"
                + "a > b;1;2.0;1\nc;x;1.0;1\n");
    Cli.run("attribution", "--input", t.toString(), "--model", "first")
        .assertBadInput("bad.csv", "line", "total_conversions", "x");
    Cli.run("attribution", "--input", TABLE, "--model", "psychic").assertBadInput("psychic");
    Cli.run("attribution", "--input", TABLE, "--model", "time-decay").assertBadInput("time");
    Cli.run("attribution", "--input", "nowhere.csv").assertBadInput("nowhere.csv");
  }

  private static final String TIMED = Cli.data("attribution/timed_paths.synthetic.csv").toString();

  /**
   * The bundled timed table with a 30-day window (facts in its SOURCE.md), last touch by hand: row
   * 1 email (display falls out), row 2 search, row 3 search (both social touches fall out), row 4
   * (none in lookback) (email was 55 days before), row 8 search, row 9 search (email falls out):
   * search 4 (45.50 + 80 + 65.25 + 150), email 1 (120), (none in lookback) 1 (30).
   */
  @Test
  void lookbackWindowOnTheBundledTimedTable() {
    Cli.Result r =
        Cli.run(
                "attribution",
                "--input",
                TIMED,
                "--times-column",
                "touch_times",
                "--end-column",
                "end_time",
                "--lookback",
                "30d",
                "--model",
                "last,first",
                "--format",
                "csv")
            .assertOk();
    java.util.Map<String, String> last = new java.util.HashMap<>();
    java.util.Map<String, String> lastValue = new java.util.HashMap<>();
    java.util.Map<String, String> first = new java.util.HashMap<>();
    for (int i = 0; i < r.lines().size() - 1; i++) {
      String model = Cli.csvCell(r.out(), i, "model");
      String channel = Cli.csvCell(r.out(), i, "channel");
      (model.equals("last") ? last : first).put(channel, Cli.csvCell(r.out(), i, "conversions"));
      if (model.equals("last")) {
        lastValue.put(channel, Cli.csvCell(r.out(), i, "value"));
      }
    }
    assertEquals(4.0, Double.parseDouble(last.get("search")), 1e-12, r.out());
    assertEquals(340.75, Double.parseDouble(lastValue.get("search")), 1e-9, r.out());
    assertEquals(1.0, Double.parseDouble(last.get("email")), 1e-12);
    assertEquals(1.0, Double.parseDouble(last.get("(none in lookback)")), 1e-12);
    assertEquals(30.0, Double.parseDouble(lastValue.get("(none in lookback)")), 1e-9);
    assertEquals(0.0, Double.parseDouble(last.get("display")), 1e-12);
    // first touch: row 1 search, 2 search, 3 search, 4 (none), 8 social, 9 display
    assertEquals(3.0, Double.parseDouble(first.get("search")), 1e-12);
    assertEquals(1.0, Double.parseDouble(first.get("social")), 1e-12);
    assertEquals(1.0, Double.parseDouble(first.get("display")), 1e-12);
    // without the window, email's December touch is first of row 4 and of row 9
    Cli.Result all =
        Cli.run(
                "attribution",
                "--input",
                TIMED,
                "--times-column",
                "touch_times",
                "--model",
                "first",
                "--format",
                "csv")
            .assertOk();
    assertTrue(!all.out().contains("none in lookback"), all.out());
  }

  @Test
  void wShapedAndParticipation() {
    Cli.Result r =
        Cli.run(
                "attribution",
                "--input",
                TABLE,
                "--model",
                "w-shaped,participation",
                "--milestone",
                "eta",
                "--format",
                "csv")
            .assertOk();
    double w = 0;
    double participation = 0;
    double eta = 0;
    for (int i = 0; i < r.lines().size() - 1; i++) {
      double c = Double.parseDouble(Cli.csvCell(r.out(), i, "conversions"));
      if (Cli.csvCell(r.out(), i, "model").equals("w-shaped")) {
        w += c;
      } else {
        participation += c;
        assertTrue(c <= 19_785, r.out());
        if (Cli.csvCell(r.out(), i, "channel").equals("eta")) {
          eta = Double.parseDouble(Cli.csvCell(r.out(), i, "conversion_share"));
        }
      }
    }
    assertEquals(19_785, w, 1e-6);
    assertTrue(participation > 19_785, "participation is not additive: " + participation);
    assertTrue(eta > 0 && eta <= 1, "eta's share of the conversions it took part in: " + eta);
    assertTrue(r.err().contains("participation: not additive"), r.err());
    Cli.run("attribution", "--input", TABLE, "--model", "w-shaped")
        .assertBadInput("--model w-shaped needs --milestone");
    Cli.run("attribution", "--input", TABLE, "--model", "w-shaped", "--milestone", "etta")
        .assertBadInput("milestone", "etta");
  }

  @Test
  void orderAutoReportsTheScoresPerOrder() {
    Cli.Result r =
        Cli.run(
                "attribution",
                "--input",
                TABLE,
                "--model",
                "markov",
                "--order",
                "auto",
                "--max-order",
                "3")
            .assertOk();
    assertTrue(r.out().contains("order_chosen"), r.out());
    assertTrue(r.out().contains("ORDER SELECTION"), r.out());
    assertTrue(r.out().contains("penalised_auc"), r.out());
    Cli.run("attribution", "--input", TABLE, "--max-order", "3")
        .assertBadInput("--max-order, --folds and --order-seed need --order auto");
    Cli.run("attribution", "--input", TABLE, "--order", "automatic")
        .assertBadInput("--order must be a whole number");
    Cli.run("attribution", "--input", TABLE, "--order", "auto", "--max-order", "200")
        .assertBadInput("--max-order must be from 1 to the longest path");
    Cli.run("attribution", "--input", TABLE, "--order", "auto", "--folds", "1")
        .assertBadInput("--folds must be from 2 to 100");
  }

  @Test
  void badLookbackOptions() {
    Cli.run("attribution", "--input", TIMED, "--lookback", "30d")
        .assertBadInput("--lookback needs --times-column");
    Cli.run("attribution", "--input", TIMED, "--end-column", "end_time")
        .assertBadInput("--end-column needs --times-column");
    Cli.run("attribution", "--input", TIMED, "--times-column", "touch_times", "--lookback=-P30D")
        .assertBadInput("--lookback", "-P30D", "must not be negative");
    Cli.run("attribution", "--input", TIMED, "--times-column", "touch_times", "--lookback=-30d")
        .assertBadInput("--lookback", "-30d");
    Cli.run("attribution", "--input", TIMED, "--times-column", "no_such_column")
        .assertBadInput("no_such_column");
  }

  @Test
  void intervalsBracketEachCreditAndAreSeeded() {
    String[] args = {
      "attribution",
      "--input",
      TABLE,
      "--model",
      "markov,linear",
      "--interval",
      "0.95",
      "--replicates",
      "40",
      "--seed",
      "7",
      "--format",
      "csv"
    };
    Cli.Result r = Cli.run(args).assertOk();
    assertEquals(24, r.lines().size() - 1);
    for (int i = 0; i < 24; i++) {
      double lower = Double.parseDouble(Cli.csvCell(r.out(), i, "conversions_lower"));
      double upper = Double.parseDouble(Cli.csvCell(r.out(), i, "conversions_upper"));
      double estimate = Double.parseDouble(Cli.csvCell(r.out(), i, "conversions"));
      assertTrue(lower <= upper, r.out());
      // 19,785 conversions: a channel's credit moves by a few percent between replicates
      assertTrue(estimate >= lower - 0.2 * estimate && estimate <= upper + 0.2 * estimate);
    }
    assertEquals(r.out(), Cli.run(args).assertOk().out(), "same seed, same intervals");
    Cli.run("attribution", "--input", TABLE, "--interval", "1.5")
        .assertBadInput("--interval must be in (0, 1), e.g. 0.95, was 1.5");
    Cli.run("attribution", "--input", TABLE, "--interval", "0.9", "--replicates", "3")
        .assertBadInput("--replicates must be >= 10, was 3");
  }
}
