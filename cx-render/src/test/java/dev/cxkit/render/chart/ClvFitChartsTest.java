package dev.cxkit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.clv.FitChecks;
import dev.cxkit.render.testing.ClvFixtures;
import dev.cxkit.render.testing.Svgs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Element counts and bad input of the CLV fit-check charts (every SVG parsed as XML). */
class ClvFitChartsTest {
  @Test
  void frequencyFitHasTwoBarsPerGroup() {
    Document d = Svgs.parse(ClvFixtures.frequencyChart());
    assertEquals(8, Svgs.nodes(d, "//s:g[@class='fit-group']").getLength());
    assertEquals(8, Svgs.nodes(d, "//s:rect[@class='actual']").getLength());
    assertEquals(8, Svgs.nodes(d, "//s:rect[@class='model']").getLength());
    assertTrue(Svgs.text(ClvFixtures.frequencyChart()).contains("7+"));
    assertEquals(
        1,
        Svgs.count(
            ActualVsModelChart.of("e", "v", new FitChecks.Comparison("none", List.of())),
            "//s:g[@class='no-data']"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ActualVsModelChart.of(
                "e",
                "v",
                new FitChecks.Comparison(
                    "bad", List.of(new FitChecks.Row("0", Double.NaN, 1, 1)))));
  }

  @Test
  void trackingHasBothLinesAndTheCalibrationMarker() {
    for (String svg : List.of(ClvFixtures.cumulativeTracking(), ClvFixtures.weeklyTracking())) {
      Document d = Svgs.parse(svg);
      assertEquals(1, Svgs.nodes(d, "//s:path[@class='actual']").getLength());
      assertEquals(1, Svgs.nodes(d, "//s:path[@class='model']").getLength());
      assertEquals(1, Svgs.nodes(d, "//s:g[@class='calibration-end']").getLength());
      // 78 points per line: one move and 77 line segments
      String path = Svgs.nodes(d, "//s:path[@class='actual']/@d").item(0).getNodeValue();
      assertEquals(77, path.split(" L").length - 1);
    }
  }

  @Test
  void aliveMatrixHasOneCellPerFrequencyAndRecency() {
    Document d = Svgs.parse(ClvFixtures.aliveMatrix());
    assertEquals(11, Svgs.nodes(d, "//s:g[@class='alive-row']").getLength());
    assertEquals(11 * 9, Svgs.nodes(d, "//s:rect[@class='cell']").getLength());
    assertTrue(Svgs.text(ClvFixtures.aliveMatrix()).contains("x = 10"));
  }
}
