package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourCommandTest {
  @TempDir Path dir;

  @Test
  void tellsTheStoryAndWritesTheReport() throws IOException, InterruptedException {
    Cli.Result r = Cli.run("tour", "--out", dir.toString(), "--customers", "300").assertOk();
    for (String s :
        new String[] {
          "[1/8] Journey map",
          "[8/8] Customer lifetime value",
          "adds 1 step,",
          "Designed vs observed",
          "Action plan",
          "critical",
          "[synthetic]",
          "Funnel",
          "markov",
          "NPS",
          "CSAT 1-5 top-2-box",
          "support agent",
          "Kaplan-Meier",
          "BG/NBD",
          "Holdout repeat purchases: predicted 1653, actual 1882",
          "report.html"
        }) {
      assertTrue(r.out().contains(s), () -> "tour output should contain " + s + ":\n" + r.out());
    }
    Cli.assertNoArabicDigits(r.out());
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<table"), html);
    assertTrue(html.contains("Step 1 of 8: ") && html.contains("Step 8 of 8: "), "one step count");
    assertTrue(!r.out().contains("[9/") && !html.contains("of 9"), "one step count");
    assertTrue(html.contains("<svg"), "the report has cx-render's pictures");
    assertTrue(
        !html.contains("<script") && !html.matches("(?s).*(src|href)=\"https?:.*"),
        "self-contained: no scripts, no external resources");
    assertTrue(Files.size(dir.resolve("events.synthetic.csv")) > 1000);
    // issue 8: the tour's report opens in a real headless browser, renders and logs no console
    // error
    HeadlessChromium.assertRenders(
        dir.resolve("report.html"), Files.createDirectories(dir.resolve("browser")));
    Cli.run(
            "survey",
            "--input",
            dir.resolve("survey.synthetic.csv").toString(),
            "--metric",
            "nps",
            "--score-column",
            "ltr",
            "--segment-column",
            "region")
        .assertOk();
  }

  @Test
  void badInput() {
    Cli.run("tour", "--out", dir.toString(), "--customers", "1").assertBadInput("--customers");
  }
}
