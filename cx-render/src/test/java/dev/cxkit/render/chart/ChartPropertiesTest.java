package dev.cxkit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.render.Palette;
import dev.cxkit.render.testing.Svgs;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Any names and sizes give a well-formed picture with the expected number of elements. */
class ChartPropertiesTest {
  @Property(tries = 30)
  void sankeyDrawsEveryLinkUpToTheCap(
      @ForAll @Size(min = 1, max = 12) List<@StringLength(max = 30) String> names,
      @ForAll @IntRange(min = 1, max = 150) int links,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    java.util.Random r = new java.util.Random(seed);
    List<SankeyChart.Link> list = new ArrayList<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (int i = 0; i < links; i++) {
      int step = r.nextInt(4);
      String from = names.get(r.nextInt(names.size()));
      String to = names.get(r.nextInt(names.size()));
      if (keys.add(step + "\u0000" + from + "\u0000" + to)) {
        list.add(new SankeyChart.Link(step, from, to, 1 + r.nextInt(500)));
      }
    }
    String svg = SankeyChart.render("t", List.of(), list, List.of(), Palette.colourBlindSafe());
    assertEquals(
        Math.min(SankeyChart.MAX_LINKS, list.size()),
        Svgs.count(svg, "//s:path[@class='flow-link']"));
  }

  @Property(tries = 30)
  void funnelDrawsEveryStep(
      @ForAll @Size(min = 1, max = 40) List<@StringLength(max = 60) String> names,
      @ForAll @IntRange(min = 1, max = 100000) int entrants) {
    List<FunnelChart.Step> steps = new ArrayList<>();
    long reached = entrants;
    for (String n : names) {
      reached = reached / 2;
      double share = (double) reached / entrants;
      steps.add(new FunnelChart.Step(n, reached, share * 0.9, Math.min(1, share * 1.1)));
    }
    String svg = FunnelChart.render("t", entrants, steps);
    assertEquals(names.size(), Svgs.count(svg, "//s:g[@class='funnel-step']"));
  }
}
