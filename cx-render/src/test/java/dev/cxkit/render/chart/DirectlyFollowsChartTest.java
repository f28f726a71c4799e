package dev.cxkit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.paths.DirectlyFollowsGraph;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.render.Palette;
import dev.cxkit.render.testing.EngineFixtures;
import dev.cxkit.render.testing.Pictures;
import dev.cxkit.render.testing.RenderFixtures;
import dev.cxkit.render.testing.Svgs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DirectlyFollowsChartTest {
  private static final PathOptions TP = PathOptions.of(Dimension.TOUCHPOINT);

  @Test
  void oneBoxPerStepAndOneCurvePerEdge() {
    DirectlyFollowsGraph g = DirectlyFollowsGraph.of(EngineFixtures.shop(), TP);
    Document d = Svgs.parse(RenderFixtures.dfg(Palette.colourBlindSafe()));
    assertEquals(g.activities().size(), Svgs.nodes(d, "//s:g[@class='dfg-node']").getLength());
    assertEquals(g.edges().size(), Svgs.nodes(d, "//s:path[@class='dfg-edge']").getLength());
    // search > product: 5 times, a minute apart each time
    String text = Svgs.text(RenderFixtures.dfg(Palette.colourBlindSafe()));
    assertTrue(text.contains("search \u2192 product: 5 times; time between: median 1 min"), text);
    assertTrue(text.contains("5 · 1 min"), text);
    // start steps (search, email, display) in the first column
    assertEquals(
        "16",
        Svgs.nodes(d, "//s:g[@data-name='display']/s:rect")
            .item(0)
            .getAttributes()
            .getNamedItem("x")
            .getNodeValue());
  }

  @Test
  void keepsTheMostFrequentEdgesAndSaysSo() {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 12; j++) {
        paths.add("s" + i + " s" + j);
      }
    }
    DirectlyFollowsGraph g =
        DirectlyFollowsGraph.of(EngineFixtures.journeys(paths.toArray(new String[0])), TP);
    String svg = DirectlyFollowsChart.of("Many", g, Palette.colourBlindSafe());
    assertEquals(DirectlyFollowsChart.MAX_EDGES, Svgs.count(svg, "//s:path[@class='dfg-edge']"));
    assertTrue(Svgs.text(svg).contains((g.edges().size() - 60) + " rarer edges not drawn"));
    Pictures.assertWellFormed("many edges", svg);
  }

  @Test
  void hostileNamesAreShownNotInterpreted() {
    String evil = "<script>alert(1)</script>&\"x";
    DirectlyFollowsGraph g =
        DirectlyFollowsGraph.of(EngineFixtures.journeys(evil + " b " + evil, "b"), TP);
    String svg = DirectlyFollowsChart.of(evil, g, Palette.colourBlindSafe());
    Pictures.assertWellFormed("hostile", svg);
    assertTrue(Svgs.text(svg).contains(evil));
    assertEquals(2, Svgs.count(svg, "//s:g[@class='dfg-node']"));
  }

  @Test
  void noJourneysShowAMessage() {
    DirectlyFollowsGraph empty =
        DirectlyFollowsGraph.counter(EngineFixtures.shop().dictionaries(), TP).snapshot();
    String svg = DirectlyFollowsChart.of("None", empty, Palette.colourBlindSafe());
    assertEquals(1, Svgs.count(svg, "//s:g[@class='no-data']"));
  }
}
