package dev.cxkit.journey.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.paths.PathQuery.Occurrence;
import dev.cxkit.metrics.stats.Wilson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link PathTree}; the differential test is {@link PathTreePropertiesTest}. */
class PathTreeTest {
  private static final PathOptions TP = PathOptions.of(Dimension.TOUCHPOINT);

  /** Every node as "a>b>c" -> {journeys, ended, cut}, in pre-order. */
  static Map<String, List<Long>> flat(PathTree t) {
    Map<String, List<Long>> m = new LinkedHashMap<>();
    for (PathTree.Entry e : t.nodes()) {
      PathNode n = e.node();
      m.put(String.join(">", e.steps()), List.of(n.journeys(), n.ended(), n.cut()));
    }
    return m;
  }

  @Test
  void fromAnEventFollowsTheStepsAfterItsFirstOccurrence() {
    Journeys js = JourneyTesting.journeys("a b c", "x a b", "a c a d", "b c");
    PathTree t = PathTree.of(js, PathQuery.from(TP, "a"));
    Map<String, List<Long>> expected = new LinkedHashMap<>();
    expected.put("a", List.of(3L, 0L, 0L));
    expected.put("a>b", List.of(2L, 1L, 0L));
    expected.put("a>b>c", List.of(1L, 1L, 0L));
    expected.put("a>c", List.of(1L, 0L, 0L));
    expected.put("a>c>a", List.of(1L, 0L, 0L));
    expected.put("a>c>a>d", List.of(1L, 1L, 0L));
    assertEquals(expected, flat(t));
    assertEquals(4, t.journeys());
    assertEquals(3, t.anchored());
    assertEquals(1, t.withoutStart()); // "b c"
    assertEquals(0, t.withoutEnd());
    // the last occurrence of a in "a c a d" is the third step
    PathTree last = PathTree.of(js, PathQuery.from(TP, "a").withOccurrence(Occurrence.LAST));
    assertEquals(List.of(1L, 1L, 0L), flat(last).get("a>d"));
    assertEquals(2L, flat(last).get("a>b").get(0));
  }

  @Test
  void theDepthLimitCutsLongerPathsAndCountsThemAsCut() {
    Journeys js = JourneyTesting.journeys("a b c d", "a b", "a b c");
    PathTree t = PathTree.of(js, PathQuery.from(TP, "a").withDepth(2));
    Map<String, List<Long>> expected = new LinkedHashMap<>();
    expected.put("a", List.of(3L, 0L, 0L));
    expected.put("a>b", List.of(3L, 1L, 0L));
    expected.put("a>b>c", List.of(2L, 1L, 1L)); // "a b c" ends, "a b c d" is cut
    assertEquals(expected, flat(t));
  }

  @Test
  void toAnEventReadsBackwardsFromIt() {
    // (not "order": the test journeys end at that goal)
    Journeys js = JourneyTesting.journeys("a b buy", "c b buy x buy", "buy", "a b");
    PathTree first = PathTree.of(js, PathQuery.to(TP, "buy").withDepth(2));
    Map<String, List<Long>> expected = new LinkedHashMap<>();
    expected.put("buy", List.of(3L, 1L, 0L)); // the journey "buy" starts there
    expected.put("buy>b", List.of(2L, 0L, 0L));
    expected.put("buy>b>a", List.of(1L, 1L, 0L));
    expected.put("buy>b>c", List.of(1L, 1L, 0L));
    assertEquals(expected, flat(first));
    assertEquals(1, first.withoutStart());
    PathTree last =
        PathTree.of(js, PathQuery.to(TP, "buy").withDepth(2).withOccurrence(Occurrence.LAST));
    assertEquals(List.of(1L, 0L, 1L), flat(last).get("buy>x>buy")); // cut after 2 steps
  }

  @Test
  void betweenTwoEventsRunsToTheNextEndAfterTheStart() {
    Journeys js = JourneyTesting.journeys("a b c", "a x a c", "a b", "x c", "a c b a b c", "b a");
    PathTree t = PathTree.of(js, PathQuery.between(TP, "a", "c"));
    Map<String, List<Long>> expected = new LinkedHashMap<>();
    expected.put("a", List.of(3L, 0L, 0L));
    expected.put("a>b", List.of(1L, 0L, 0L));
    expected.put("a>b>c", List.of(1L, 1L, 0L));
    expected.put("a>c", List.of(1L, 1L, 0L)); // "a c b a b c": the first a, the next c
    expected.put("a>x", List.of(1L, 0L, 0L));
    expected.put("a>x>a", List.of(1L, 0L, 0L));
    expected.put("a>x>a>c", List.of(1L, 1L, 0L));
    assertEquals(expected, flat(t));
    assertEquals(1, t.withoutStart()); // "x c"
    assertEquals(2, t.withoutEnd()); // "a b", "b a"
    // LAST: the last a that a c follows ("a x a c" -> a c; "a c b a b c" -> a b c)
    PathTree last =
        PathTree.of(js, PathQuery.between(TP, "a", "c").withOccurrence(Occurrence.LAST));
    assertEquals(List.of(2L, 2L, 0L), flat(last).get("a>b>c"));
    assertEquals(List.of(1L, 1L, 0L), flat(last).get("a>c"));
    assertEquals(2, last.withoutEnd());
  }

  @Test
  void rareBranchesFoldIntoOtherWithTheirCountsKept() {
    Journeys js = JourneyTesting.journeys("a b", "a b c", "a b d", "a c", "a d", "a e");
    PathTree t = PathTree.of(js, PathQuery.from(TP, "a").foldingBelow(2));
    List<PathNode> kids = t.root().children();
    assertEquals(List.of("b", PathNode.OTHER), kids.stream().map(PathNode::name).toList());
    PathNode other = kids.get(1);
    assertTrue(other.folded());
    assertEquals(3, other.journeys()); // c, d and e, one each
    assertEquals(3, other.ended());
    assertEquals(List.of(), other.children());
    // b's children c and d have one journey each: folded too
    PathNode b = kids.get(0);
    assertEquals(3, b.journeys());
    assertEquals(1, b.ended());
    assertEquals(1, b.children().size());
    assertEquals(2, b.children().get(0).journeys());
    assertEquals(b.continuing(), b.children().get(0).journeys());
  }

  @Test
  void everyNodeCarriesTheWilsonIntervalOfItsShare() {
    Journeys js = JourneyTesting.journeys("a b", "a b c", "a c", "a b");
    PathTree t = PathTree.of(js, PathQuery.from(TP, "a").withConfidenceLevel(0.9));
    PathNode b = t.root().children().get(0);
    assertEquals("b", b.name());
    assertEquals(0.75, b.share(), 0.0);
    assertEquals(Wilson.interval(3, 4, 0.9), b.interval()); // the one Wilson of metrics.stats
    assertEquals(1.0, t.root().share(), 0.0);
  }

  @Test
  void aMisspeltEventIsAnErrorWithTheClosestName() {
    Journeys js = JourneyTesting.journeys("home cart order", "home search");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PathTree.of(js, PathQuery.from(TP, "hom")));
    assertEquals(
        "from event 'hom' is not a touchpoint of the journeys; did you mean 'home'?",
        e.getMessage());
    IllegalArgumentException to =
        assertThrows(
            IllegalArgumentException.class,
            () -> PathTree.of(js, PathQuery.between(TP, "home", "ordr")));
    assertTrue(to.getMessage().startsWith("to event 'ordr'"), to.getMessage());
    assertTrue(to.getMessage().endsWith("did you mean 'order'?"), to.getMessage());
  }

  @Test
  void badQueriesAreRefusedNamingTheField() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PathQuery(TP, null, null, Occurrence.FIRST, 5, 1, 0.95));
    IllegalArgumentException depth =
        assertThrows(IllegalArgumentException.class, () -> PathQuery.from(TP, "a").withDepth(0));
    assertEquals("depth must be in 1..1000, was 0", depth.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PathQuery.from(TP, "a").foldingBelow(0));
    assertThrows(
        IllegalArgumentException.class, () -> PathQuery.from(TP, "a").withConfidenceLevel(1.0));
    assertThrows(IllegalArgumentException.class, () -> PathQuery.from(TP, ""));
  }

  @Test
  void anEventNoJourneyPassesGivesAnEmptyTreeWithFiniteNumbers() {
    // both names are known, but no journey has an "a" after a "c"
    Journeys js = JourneyTesting.journeys("a b", "c");
    PathTree t = PathTree.of(js, PathQuery.between(TP, "c", "a"));
    assertEquals(0, t.anchored());
    assertEquals(0.0, t.root().share(), 0.0);
    assertEquals(1, t.withoutEnd());
    assertEquals(1, t.withoutStart());
    assertEquals(List.of(), t.root().children());
  }
}
