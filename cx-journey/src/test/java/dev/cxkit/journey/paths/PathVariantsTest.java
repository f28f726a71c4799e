package dev.cxkit.journey.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathVariantsTest {

  @Test
  void ranksVariantsWithShareTopKAndCoverage() {
    Journeys js =
        JourneyTesting.journeys("a b order", "a b order", "a b", "c", "a b", "a b", "c c");
    PathVariants pv = PathVariants.of(js, PathOptions.of(Dimension.TOUCHPOINT));
    assertEquals(7, pv.journeys());
    assertEquals(4, pv.distinct());
    PathVariant top = pv.top(1).get(0);
    assertEquals(List.of("a", "b"), top.steps());
    assertEquals(3, top.journeys());
    assertEquals(3.0 / 7, top.share(), 1e-15);
    assertEquals(List.of("a", "b", "order"), pv.variants().get(1).steps());
    assertEquals(2, pv.variants().get(1).conversions());
    // ties (c and c c: one journey each) ordered by names
    assertEquals(List.of("c"), pv.variants().get(2).steps());
    assertArrayEquals(new double[] {3.0 / 7, 5.0 / 7, 6.0 / 7, 1.0}, pv.coverage(), 1e-12);
    assertEquals(2, pv.variantsToCover(0.7));
    assertEquals(4, pv.variantsToCover(1.0));
    PathVariants collapsed =
        PathVariants.of(js, PathOptions.of(Dimension.TOUCHPOINT).collapsingRepeats());
    assertEquals(
        2,
        collapsed.variants().stream()
            .filter(v -> v.steps().equals(List.of("c")))
            .findFirst()
            .orElseThrow()
            .journeys());
  }

  @Test
  void channelMappingBeforePaths() {
    Journeys js = JourneyTesting.journeys("a@web b@web c@email", "x@web y@email");
    PathVariants pv = PathVariants.of(js, PathOptions.of(Dimension.CHANNEL).collapsingRepeats());
    assertEquals(1, pv.distinct());
    assertEquals(List.of("web", "email"), pv.variants().get(0).steps());
  }

  /** Seeded comparison with a naive oracle (a HashMap of boxed lists), and merge = whole. */
  @Test
  void matchesNaiveOracleAndMerges() {
    Random r = new Random(11);
    for (int round = 0; round < 50; round++) {
      EventLog log = JourneyTesting.randomLog(r.nextLong(), 40, 6, true);
      Journeys js =
          JourneyAssembler.assemble(
              log, JourneyTesting.randomRules(r, log.dictionaries()), TieBreak.ARRIVAL);
      for (Dimension dim : Dimension.values()) {
        PathOptions opt =
            r.nextBoolean() ? PathOptions.of(dim) : PathOptions.of(dim).collapsingRepeats();
        Map<List<String>, Long> oracle = new HashMap<>();
        for (int j = 0; j < js.count(); j++) {
          List<String> p = new ArrayList<>();
          for (int i = js.start(j); i < js.end(j); i++) {
            String s = dim.dictionary(js.dictionaries()).name(js.symbol(dim, i));
            if (!opt.collapseRepeats() || p.isEmpty() || !p.get(p.size() - 1).equals(s)) {
              p.add(s);
            }
          }
          oracle.merge(p, 1L, Long::sum);
        }
        PathVariants pv = PathVariants.of(js, opt);
        Map<List<String>, Long> actual = new HashMap<>();
        pv.variants().forEach(v -> actual.put(v.steps(), v.journeys()));
        assertEquals(oracle, actual);
        for (int k = 1; k < pv.distinct(); k++) {
          assertTrue(pv.variants().get(k).journeys() <= pv.variants().get(k - 1).journeys());
        }
        // split the journeys in two halves, count separately, merge
        PathVariants.Counter a = PathVariants.counter(js.dictionaries(), opt);
        PathVariants.Counter b = PathVariants.counter(js.dictionaries(), opt);
        int[] n = {0};
        js.forEach(j -> (n[0]++ % 2 == 0 ? a : b).journey(j));
        assertEquals(js.count(), a.n() + b.n());
        assertEquals(pv.variants(), a.addAll(b).snapshot().variants());
        assertEquals(js.count(), a.n());
      }
    }
  }
}
