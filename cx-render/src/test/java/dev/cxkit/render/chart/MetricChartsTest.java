package dev.cxkit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.drivers.IpaResult;
import dev.cxkit.metrics.drivers.KeyDriverResult;
import dev.cxkit.render.Palette;
import dev.cxkit.render.testing.RenderFixtures;
import dev.cxkit.render.testing.Svgs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Element counts and bad-input behaviour of the metric charts. */
class MetricChartsTest {
  @Test
  void attributionHasOneBarPerChannelAndModel() {
    Document d = Svgs.parse(RenderFixtures.attribution(Palette.colourBlindSafe()));
    assertEquals(4, Svgs.nodes(d, "//s:g[@class='attribution-channel']").getLength());
    assertEquals(
        16, Svgs.nodes(d, "//s:g[@class='attribution-channel']/s:rect[@class='bar']").getLength());
    assertEquals(
        1,
        Svgs.count(
            AttributionChart.render("x", Map.of(), Palette.colourBlindSafe()),
            "//s:g[@class='no-data']"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AttributionChart.render(
                "x", Map.of("m", Map.of("a", -1.0)), Palette.colourBlindSafe()));
  }

  @Test
  void thirtyChannelsStayLegible() {
    Map<String, Map<String, Double>> byModel = new LinkedHashMap<>();
    for (String m : List.of("first", "last", "linear", "markov", "shapley")) {
      Map<String, Double> c = new LinkedHashMap<>();
      for (int i = 0; i < 30; i++) {
        c.put("channel-" + i + " with a long descriptive name", 1.0 + i);
      }
      byModel.put(m, c);
    }
    String svg = AttributionChart.render("30 channels", byModel, Palette.colourBlindSafe());
    Document d = Svgs.parse(svg);
    assertEquals(30, Svgs.nodes(d, "//s:g[@class='attribution-channel']").getLength());
    assertEquals(150, Svgs.nodes(d, "//s:rect[@class='bar']").getLength());
    double height = Double.parseDouble(d.getDocumentElement().getAttribute("height"));
    assertTrue(height / 30 >= 40, "each channel row keeps room: " + height);
  }

  @Test
  void scoresShowEverySegmentWithInterval() {
    Document d = Svgs.parse(RenderFixtures.scores());
    assertEquals(3, Svgs.nodes(d, "//s:g[@class='score-point']").getLength());
    assertEquals(3, Svgs.nodes(d, "//s:rect[@class='interval']").getLength());
    assertTrue(Svgs.text(RenderFixtures.scores()).contains("Islands <small>"));
    String withGap =
        ScoreChart.render(
            "gap",
            "score",
            List.of(
                ScoreChart.Point.of("a", 1, 0.5, 1.5, 40),
                new ScoreChart.Point(
                    "b",
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    0)),
            true);
    assertTrue(Svgs.text(withGap).contains("no data"));
    assertEquals(
        1, Svgs.count(ScoreChart.render("e", "s", List.of(), false), "//s:g[@class='no-data']"));
    assertEquals(1, Svgs.count(RenderFixtures.trend(), "//s:path[@class='trend']"));
  }

  @Test
  void driversAreRankedWithIntervals() {
    KeyDriverResult r = RenderFixtures.drivers();
    Document d = Svgs.parse(DriverChart.of("Drivers", r));
    assertEquals(r.drivers().size(), Svgs.nodes(d, "//s:g[@class='bar-row']").getLength());
    assertEquals(
        r.drivers().size(),
        Svgs.nodes(d, "//s:g[@class='bar-row']/s:g[@class='whisker']").getLength());
    assertEquals(
        r.rankedByShapley().get(0).name(),
        Svgs.nodes(d, "//s:g[@class='bar-row'][1]/@data-label").item(0).getNodeValue());
    assertEquals(1, Svgs.count(DriverChart.render("e", "x", List.of()), "//s:g[@class='no-data']"));
  }

  @Test
  void quadrantPlacesEveryAttribute() {
    IpaResult r = RenderFixtures.ipa();
    Document d = Svgs.parse(QuadrantChart.of("IPA", r));
    assertEquals(r.points().size(), Svgs.nodes(d, "//s:g[@class='ipa-point']").getLength());
    assertEquals(4, Svgs.nodes(d, "//s:text[@class='quadrant-label']").getLength());
  }

  @Test
  void survivalHasACurveAndBandPerSegment() {
    Document d = Svgs.parse(RenderFixtures.survivalChart(Palette.colourBlindSafe()));
    assertEquals(
        2, Svgs.nodes(d, "//s:g[@class='survival-curve']/s:path[@class='curve']").getLength());
    assertEquals(
        2, Svgs.nodes(d, "//s:g[@class='survival-curve']/s:path[@class='band']").getLength());
    assertEquals(
        1,
        Svgs.count(
            SurvivalChart.of("e", Map.of(), 0.95, "days", Palette.colourBlindSafe()),
            "//s:g[@class='no-data']"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SurvivalChart.of("e", Map.of(), 1.5, "d", Palette.colourBlindSafe()));
  }

  @Test
  void heatMapHasOneCellPerObservedCohortAge() {
    Document d = Svgs.parse(RenderFixtures.heatmap());
    // 8 cohorts over periods 0..7: cohort c is observed at ages 0..7-c, 36 cells in all
    assertEquals(36, Svgs.nodes(d, "//s:rect[@class='cell']").getLength());
    assertEquals(8, Svgs.nodes(d, "//s:g[@class='cohort-row']").getLength());
    assertThrows(
        IllegalArgumentException.class,
        () -> CohortHeatmap.render("x", List.of("a"), List.of("0"), new Double[][] {{1.5}}));
    assertEquals(
        1,
        Svgs.count(
            CohortHeatmap.render("x", List.of("a"), List.of("0"), new Double[][] {{null}}),
            "//s:g[@class='no-data']"));
  }

  @Test
  void histogramsCountEveryValue() {
    String svg = Histogram.render("h", "v", new double[] {1, 2, 2, 3, 10}, 3);
    Document d = Svgs.parse(svg);
    assertEquals(3, Svgs.nodes(d, "//s:rect[@class='bin']").getLength());
    // bins of [1, 10] in thirds: [1,4) holds 1, 2, 2, 3; [7,10] holds 10
    assertTrue(svg.contains("): 4</title>"), svg);
    assertEquals(
        1, Svgs.count(Histogram.render("h", "v", new double[0], 10), "//s:g[@class='no-data']"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Histogram.probabilities("p", "v", new double[] {0.5, 1.2}, 10));
    assertTrue(e.getMessage().contains("values[1]"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Histogram.render("h", "v", new double[] {Double.NaN}, 10));
  }
}
