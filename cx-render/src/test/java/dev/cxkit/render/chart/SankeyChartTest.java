package dev.cxkit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.Palette;
import dev.cxkit.render.testing.RenderFixtures;
import dev.cxkit.render.testing.Svgs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SankeyChartTest {
  @Test
  void onePathPerLinkAndDropOffsWhereJourneysEnd() {
    Document d = Svgs.parse(RenderFixtures.sankey(Palette.colourBlindSafe()));
    assertEquals(
        RenderFixtures.links().size(), Svgs.nodes(d, "//s:path[@class='flow-link']").getLength());
    // nodes: search, email | product, cart | cart, support, checkout | checkout
    assertEquals(8, Svgs.nodes(d, "//s:g[@class='flow-node']").getLength());
    // ends = in - out before the last position: search 600 - 450 = 150, email 400 - 350 = 50,
    // product 700 - 500 = 200, cart@2 100 - 90 = 10, cart@3 380 - 300 = 80,
    // support 120 - 40 = 80, checkout@3 90 - 0 = 90; checkout@4 is the last position
    assertEquals(7, Svgs.nodes(d, "//s:path[@class='drop-off']").getLength());
    assertEquals(3, Svgs.nodes(d, "//s:g[@class='exit']").getLength());
    assertTrue(Svgs.text(RenderFixtures.sankey(Palette.colourBlindSafe())).contains("ends 150"));
  }

  @Test
  void keepsOnlyTheLargestLinksAndSaysSo() {
    List<SankeyChart.Link> many = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(new SankeyChart.Link(i % 3, "from" + i % 17, "to" + i % 13, 1000 - i));
    }
    String svg = SankeyChart.render("Many", List.of(), many, List.of(), Palette.colourBlindSafe());
    assertEquals(SankeyChart.MAX_LINKS, Svgs.count(svg, "//s:path[@class='flow-link']"));
    assertTrue(Svgs.text(svg).contains("smaller links"));
  }

  @Test
  void noFlowsShowAMessage() {
    String svg =
        SankeyChart.render(
            "None",
            List.of(),
            List.of(new SankeyChart.Link(0, "a", "b", 0)),
            List.of(),
            Palette.colourBlindSafe());
    assertEquals(1, Svgs.count(svg, "//s:g[@class='no-data']"));
    assertThrows(IllegalArgumentException.class, () -> new SankeyChart.Link(-1, "a", "b", 1));
  }

  @Test
  void channelColoursMatchAcrossPictures() {
    Palette p = Palette.colourBlindSafe();
    String sankey = RenderFixtures.sankey(p);
    String attribution = RenderFixtures.attribution(p);
    String search = p.color("search");
    assertTrue(sankey.contains("fill=\"" + search + "\""));
    assertTrue(attribution.contains("fill=\"" + search + "\""));
  }
}
