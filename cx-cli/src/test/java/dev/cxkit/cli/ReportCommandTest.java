package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./cx report} on a user's own files (the fixtures in {@code report/}, see its SOURCE.md): a
 * hand-made map, an event log with a byte-order mark, semicolons, CRLF and epoch-millisecond times
 * under other column names, and a survey file in the same style. The report has the sections of the
 * given inputs and lists the others once, its numbers are the analysis commands' numbers, console
 * and page agree, no title is repeated, every picture passes the pictures checks, and the page
 * opens in headless Chromium without a console message.
 */
class ReportCommandTest {
  @TempDir Path dir;

  private static final String[] EVENTS = {
    "--input",
    Cli.resource("report/web-shop.events.csv").toString(),
    "--separator",
    ";",
    "--customer-column",
    "visitor",
    "--time-column",
    "ts_ms",
    "--time-format",
    "epoch-millis",
    "--touchpoint-column",
    "page",
    "--channel-column",
    "channel_name",
    "--type-column",
    "event",
    "--goal-type",
    "delivered",
    "--gap",
    "P1D"
  };

  private static final String[] FUNNEL = {
    "--step", "basket-page", "--step", "checkout-page", "--step", "payment", "--step", "courier"
  };

  private static final String[] NPS = {
    "--input",
    Cli.resource("report/web-shop.answers.csv").toString(),
    "--delimiter",
    ";",
    "--metric",
    "nps",
    "--score-column",
    "recommend",
    "--segment-column",
    "segment",
    "--driver-columns",
    "delivery,price,chat"
  };

  private static String[] args(Object... parts) {
    List<String> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof String[] a) {
        out.addAll(List.of(a));
      } else {
        out.add((String) p);
      }
    }
    return out.toArray(new String[0]);
  }

  private Cli.Result ownReport(Path html) {
    return Cli.run(
        args(
            "report",
            "--out",
            html.toString(),
            "--title",
            "Sofa orders, March 2025",
            "map",
            "--input",
            Cli.resource("report/web-shop.journey-map.json").toString(),
            "journeys",
            EVENTS,
            FUNNEL,
            "survey",
            NPS,
            "survey",
            "--input",
            Cli.resource("report/web-shop.answers.csv").toString(),
            "--delimiter",
            ";",
            "--metric",
            "csat",
            "--score-column",
            "satisfaction"));
  }

  @Test
  void reportOfOwnFilesOpensInABrowserWithEveryPictureChecked() throws Exception {
    Path html = dir.resolve("own.html");
    Cli.Result r = ownReport(html).assertOk();
    String page = Files.readString(html);
    Document d = Jsoup.parse(page);
    List<String> headings = d.select("main > section > h2").eachText();
    assertEquals(
        List.of(
            "1. The journey as designed",
            "2. Journeys observed in the events",
            "3. Funnel and drop-off",
            "4. Markov chain of the journeys",
            "5. Designed vs observed: deviations, hotspots, moments of truth",
            "6. Survey scores and key drivers"),
        headings);
    assertTrue(r.out().contains("[6/6] Survey scores and key drivers"), r.out());
    // the sections without input are listed once, each with what is missing
    assertEquals(1, page.split("Not included: ", -1).length - 1, "listed once");
    String missing = d.selectFirst("header p.note").text();
    for (String s :
        List.of(
            "attribution (no attribution section)",
            "retention (no clv or retention section)",
            "customer lifetime value (no clv section)")) {
      assertTrue(missing.contains(s), missing);
    }
    // assumptions stated once, in the introduction, not repeated in the sections
    assertEquals(1, d.select("header > ul").size());
    for (String a : d.select("header > ul > li").eachText()) {
      for (Element s : d.select("main > section")) {
        assertTrue(!s.text().contains(a), "assumption repeated in a section: " + a);
      }
    }
    ReportPages.assertAgree(r.out(), page);
    ReportPages.assertNoTitleTwice(page);
    List<String> pictures = ReportPages.assertPictures(page);
    assertEquals(
        List.of(
            "Journey map: Ordering a sofa online",
            "Flows of the journeys, first 6 steps",
            "Funnel: basket-page > checkout-page > payment > courier",
            "Hotspots on the journey map: Ordering a sofa online",
            "NPS of recommend by segment",
            "What drives recommend"),
        pictures);
    // the observational caveat stands where effects are shown
    for (int s : new int[] {4, 5}) {
      assertTrue(
          d.select("main > section").get(s).select("p.note").text().startsWith("Observational"),
          headings.get(s));
    }
    Cli.assertNoArabicDigits(r.out());
    Cli.assertNoArabicDigits(page);
    // last: without Chromium the test stops here as skipped, after every check above
    HeadlessChromium.assertRenders(html, Files.createDirectories(dir.resolve("browser")));
  }

  @Test
  void theReportSaysWhatTheAnalysisCommandsSay() throws IOException {
    Path html = dir.resolve("own.html");
    ownReport(html).assertOk();
    Path again = dir.resolve("again.html");
    ownReport(again).assertOk();
    assertEquals(Files.readString(html), Files.readString(again), "same files, same report");
    Document d = Jsoup.parse(Files.readString(html));
    // the survey command with the same options: the same NPS per segment and the same drivers
    Cli.Result survey = Cli.run(args("survey", NPS, "--format", "csv")).assertOk();
    Element scores = d.select("main > section").get(5).select("table").get(0);
    for (int row = 0; row < 2; row++) {
      String segment = Cli.csvCell(survey.out(), row, "segment");
      Element tr = scores.select("tbody tr").get(row);
      assertEquals(segment, tr.child(1).text());
      assertEquals(
          Double.parseDouble(Cli.csvCell(survey.out(), row, "estimate")),
          Double.parseDouble(tr.child(5).text()),
          0.5e-4,
          "NPS of " + segment);
    }
    // the funnel command with the same options: the same reached counts
    Cli.Result funnel =
        Cli.run(args("journeys", EVENTS, "funnel", FUNNEL, "--format", "csv")).assertOk();
    Element steps = d.select("main > section").get(2).selectFirst("table");
    for (int row = 0; row < 4; row++) {
      assertEquals(
          Cli.csvCell(funnel.out(), row, "reached"),
          steps.select("tbody tr").get(row).child(1).text());
    }
  }

  @Test
  void onlyWhatIsGiven() throws IOException {
    Path html = dir.resolve("clv.html");
    Cli.Result r =
        Cli.run(
                "report",
                "--out",
                html.toString(),
                "clv",
                "--input",
                Cli.data("cdnow/CDNOW_sample.txt").toString(),
                "--calibration-end",
                "1997-09-30",
                "--top",
                "3")
            .assertOk();
    Document d = Jsoup.parse(Files.readString(html));
    assertEquals(
        List.of("1. Retention", "2. Customer lifetime value"),
        d.select("main > section > h2").eachText());
    assertEquals(0, d.select("nav").size(), "no contents for two sections");
    assertTrue(r.out().contains("predicted 1653, actual 1882"), r.out());
    ReportPages.assertAgree(r.out(), Files.readString(html));
  }

  @Test
  void badInput() {
    Path html = dir.resolve("bad.html");
    Cli.run("report", "--out", html.toString()).assertBadInput("give at least one section");
    Cli.run(
            "report",
            "--out",
            html.toString(),
            "map",
            "--sample",
            "cable-outage",
            "map",
            "--sample",
            "b2b-purchase")
        .assertBadInput("the map section is given twice");
    Cli.run("report", "--out", html.toString(), "insights", "--value-per-conversion", "5")
        .assertBadInput("give a map and a journeys section too");
    Cli.run(
            "report",
            "--out",
            html.toString(),
            "journeys",
            "--input",
            dir.resolve("no.csv").toString())
        .assertBadInput("--input", "no such file");
    Cli.run("report", "--out", html.toString(), "retention", "--survivors", "100,120,90")
        .assertBadInput("retention --survivors");
    Cli.run(
            "report",
            "--out",
            html.toString(),
            "survey",
            "--input",
            Cli.resource("report/web-shop.answers.csv").toString(),
            "--delimiter",
            ";",
            "--metric",
            "nps",
            "--score-column",
            "recomend")
        .assertBadInput("recomend");
    Cli.run("report", "--out", dir.toString(), "map", "--sample", "cable-outage")
        .assertBadInput("--out", "is a directory");
    assertTrue(!Files.exists(html), "no report is written on bad input");
  }
}
