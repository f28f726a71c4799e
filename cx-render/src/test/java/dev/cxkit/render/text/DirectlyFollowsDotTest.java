package dev.cxkit.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.paths.DirectlyFollowsGraph;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.render.testing.DotGrammar;
import dev.cxkit.render.testing.EngineFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectlyFollowsDotTest {
  private static final PathOptions TP = PathOptions.of(Dimension.TOUCHPOINT);

  @Test
  void aNodePerStepAndAnEdgePerPairWithCountAndMedianTime() {
    DirectlyFollowsGraph g = DirectlyFollowsGraph.of(EngineFixtures.shop(), TP);
    String dot = DirectlyFollowsDot.of("shop", g, 1);
    assertTrue(dot.startsWith("digraph \"shop\" {"), dot);
    List<String> names = DotGrammar.names(dot);
    assertEquals(g.activities().size() + 2 * g.edges().size(), names.size());
    assertTrue(
        dot.contains("\"search\" -> \"product\" [label=\"5\\nmedian 1 min\", penwidth=5];"), dot);
    assertTrue(dot.contains("\"search\" [label=\"search\\n5 · starts 4\", penwidth=2.5];"), dot);
    assertEquals(g.edges().size(), dot.lines().filter(l -> l.contains(" -> ")).count());
    String frequent = DirectlyFollowsDot.of("shop", g, 3);
    assertEquals(
        g.edges().stream().filter(e -> e.count() >= 3).count(),
        frequent.lines().filter(l -> l.contains(" -> ")).count());
    assertThrows(IllegalArgumentException.class, () -> DirectlyFollowsDot.of("x", g, 0));
  }

  @Test
  void hostileNamesLexAsOneQuotedIdEach() {
    String evil = "a\"]->\"x\\";
    String other = "b\\N;}";
    DirectlyFollowsGraph g =
        DirectlyFollowsGraph.of(EngineFixtures.journeys(evil + " " + other, other), TP);
    String dot = DirectlyFollowsDot.of("g\" {", g, 1);
    List<String> names = DotGrammar.names(dot);
    // the two steps declared (most occurrences first), then the one edge's ends
    assertEquals(List.of(other, evil, evil, other), names);
  }
}
