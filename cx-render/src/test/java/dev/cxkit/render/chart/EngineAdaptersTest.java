package dev.cxkit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.Flows;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.render.Palette;
import dev.cxkit.render.testing.EngineFixtures;
import dev.cxkit.render.testing.Svgs;
import dev.cxkit.render.text.MarkovDot;
import org.junit.jupiter.api.Test;

/** The journey engine's results drawn directly. */
class EngineAdaptersTest {
  private final Journeys js = EngineFixtures.shop();

  @Test
  void flowsBecomeOnePathPerLink() {
    Flows f = Flows.of(js, PathOptions.of(Dimension.TOUCHPOINT), 5);
    String svg = SankeyChart.of("Flows", f, Palette.colourBlindSafe());
    assertEquals(f.links().size(), Svgs.count(svg, "//s:path[@class='flow-link']"));
    assertEquals(f.exits().size(), Svgs.count(svg, "//s:g[@class='exit']"));
  }

  @Test
  void funnelResultBecomesOneGroupPerStep() {
    FunnelResult r = EngineFixtures.shopFunnel();
    String svg = FunnelChart.of("Funnel", r);
    assertEquals(3, Svgs.count(svg, "//s:g[@class='funnel-step']"));
    assertTrue(Svgs.text(svg).contains(r.steps().get(0).reached() + " entrants"));
  }

  @Test
  void markovChainBecomesDot() {
    MarkovChain m = TransitionCounts.of(js, PathOptions.of(Dimension.TOUCHPOINT), 1).chain();
    String dot = MarkovDot.of("shop", m, 0);
    for (String s : m.stateNames()) {
      assertTrue(dot.contains(s), s);
    }
    long edges = dot.lines().filter(l -> l.contains(" -> ")).count();
    long expected = 0;
    for (int i = 0; i < m.stateCount(); i++) {
      if (!m.isAbsorbing(i)) {
        for (int j : m.successors(i)) {
          expected += m.probability(i, j) > 0 ? 1 : 0;
        }
      }
    }
    assertEquals(expected, edges);
  }
}
