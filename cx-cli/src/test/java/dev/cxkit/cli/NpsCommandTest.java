package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class NpsCommandTest {

  @Test
  void tableByDefault() {
    Cli.Result r =
        Cli.run("nps", "--promoters", "250", "--passives", "675", "--detractors", "75").assertOk();
    assertTrue(r.lines().get(0).startsWith("score"), r.out());
    assertTrue(r.out().contains("0.1750"), r.out());
    Cli.assertNoArabicDigits(r.out());
  }

  @Test
  void csvHasHeaderAndExactDotDecimals() {
    // NPS = (250 - 75) / 1000 = 0.175; Wald half-width = 1.959964 * sqrt((0.325 - 0.175^2) / 1000)
    // = 0.034168 (independent calculation: var of the +1/0/-1 score is p+ + p- - NPS^2).
    Cli.Result r =
        Cli.run(
                "nps",
                "--promoters",
                "250",
                "--passives",
                "675",
                "--detractors",
                "75",
                "--method",
                "wald",
                "--format",
                "csv")
            .assertOk();
    assertEquals(
        "score,n,effective_n,estimate,lower,upper,method,confidence,flags", r.lines().get(0));
    assertEquals("1000", Cli.csvCell(r.out(), 0, "n"), "a count is an integer");
    assertEquals(0.175, Double.parseDouble(Cli.csvCell(r.out(), 0, "estimate")), 1e-12);
    double halfWidth = 1.959963984540054 * Math.sqrt((0.325 - 0.175 * 0.175) / 1000);
    assertEquals(0.175 - halfWidth, Double.parseDouble(Cli.csvCell(r.out(), 0, "lower")), 1e-9);
    assertEquals(0.175 + halfWidth, Double.parseDouble(Cli.csvCell(r.out(), 0, "upper")), 1e-9);
  }

  @Test
  void everyMethodAndJson() {
    for (String m : new String[] {"adjusted-wald", "wald", "bootstrap", "bayes"}) {
      Cli.Result r =
          Cli.run(
                  "nps",
                  "--promoters",
                  "50",
                  "--passives",
                  "30",
                  "--detractors",
                  "20",
                  "--method",
                  m,
                  "--format",
                  "json")
              .assertOk();
      JsonNode score = CliSchemas.assertValid("nps", r.out()).get("score");
      assertEquals(0.3, score.get("estimate").doubleValue(), 1e-12, m);
      assertEquals(100, score.get("n").longValue());
      assertTrue(score.get("lower").doubleValue() < 0.3 && score.get("upper").doubleValue() > 0.3);
    }
  }

  @Test
  void badInput() {
    Cli.run("nps", "--promoters", "-1", "--passives", "1", "--detractors", "1")
        .assertBadInput("-1");
    Cli.run("nps", "--promoters", "x", "--passives", "1", "--detractors", "1")
        .assertBadInput("--promoters", "'x'");
    Cli.run("nps", "--promoters", "1", "--passives", "1", "--detractors", "1", "--method", "magic")
        .assertBadInput("--method", "magic");
    Cli.run("nps", "--promoters", "1").assertBadInput("--passives");
    Cli.run("nps", "--promoters", "5", "--passives", "1", "--detractors", "1", "--confidence", "2")
        .assertBadInput("confidence");
  }

  @Test
  void helpHasAnExample() {
    Cli.Result r = Cli.run("nps", "--help").assertOk();
    assertTrue(r.out().contains("Example:") && r.out().contains("./cx nps"), r.out());
  }
}
