package dev.cxkit.journey.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.DirectlyFollowsGraph.Activity;
import dev.cxkit.journey.paths.DirectlyFollowsGraph.Edge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link DirectlyFollowsGraph}: worked examples and a differential test against a naive oracle. */
class DirectlyFollowsGraphTest {
  private static final long MIN = 60_000;

  /** Journeys of "touchpoint@minute" steps, one customer each. */
  private static Journeys timed(String... journeys) {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    for (int c = 0; c < journeys.length; c++) {
      for (String step : journeys[c].split(" ")) {
        String[] tm = step.split("@");
        b.add("c" + c, Long.parseLong(tm[1]) * MIN, tm[0], "web", "view", "");
      }
    }
    return JourneyAssembler.assemble(b.build(), SplitRules.none(), TieBreak.ARRIVAL);
  }

  @Test
  void countsEdgesAndTimesBetweenEvents() {
    Journeys js = timed("a@0 b@2 c@3", "a@0 b@4", "b@0 b@1 c@11", "a@0 b@6 a@7 b@15");
    DirectlyFollowsGraph g = DirectlyFollowsGraph.of(js, PathOptions.of(Dimension.TOUCHPOINT));
    assertEquals(
        List.of(new Activity("b", 6, 1, 2), new Activity("a", 4, 3, 0), new Activity("c", 2, 0, 2)),
        g.activities());
    Map<String, Edge> e = new HashMap<>();
    g.edges().forEach(x -> e.put(x.from() + ">" + x.to(), x));
    assertEquals(
        List.of("a>b", "b>c", "b>a", "b>b"),
        g.edges().stream().map(x -> x.from() + ">" + x.to()).toList());
    Edge ab = e.get("a>b");
    assertEquals(4, ab.count()); // 2, 4, 6 and 8 minutes
    // R: quantile(c(2, 4, 6, 8), c(.25, .5, .75, .9)) = 3.5 5.0 6.5 7.4 (type 7)
    assertEquals(5 * MIN, ab.time().median(), 1e-6);
    assertEquals(3.5 * MIN, ab.time().p25(), 1e-6);
    assertEquals(6.5 * MIN, ab.time().p75(), 1e-6);
    assertEquals(7.4 * MIN, ab.time().p90(), 1e-6);
    assertEquals(
        List.of(1 * MIN, 10 * MIN),
        List.of((long) e.get("b>c").time().min(), (long) e.get("b>c").time().max()));
    assertEquals(4, g.journeys());
  }

  @Test
  void collapsedRunsAreOneStepTimedFromTheirLastEvent() {
    Journeys js = timed("b@0 b@1 c@11", "a@0 a@5 a@9 b@10");
    DirectlyFollowsGraph g =
        DirectlyFollowsGraph.of(js, PathOptions.of(Dimension.TOUCHPOINT).collapsingRepeats());
    assertEquals(
        List.of(new Activity("b", 2, 1, 1), new Activity("a", 1, 1, 0), new Activity("c", 1, 0, 1)),
        g.activities());
    Map<String, Edge> e = new HashMap<>();
    g.edges().forEach(x -> e.put(x.from() + ">" + x.to(), x));
    assertEquals(2, e.size());
    assertEquals(10 * MIN, e.get("b>c").time().median(), 0.0);
    assertEquals(1 * MIN, e.get("a>b").time().median(), 0.0);
  }

  @Test
  void aBadEdgeIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Edge("a", "b", 2, Distribution.of(new long[] {1})));
    assertThrows(IllegalArgumentException.class, () -> new Activity("a", 1, 2, 0));
  }

  /** The oracle: boxed (name, time) lists per journey, a tree map of time lists per edge. */
  @Property(tries = 200)
  void equalsTheNaiveOracle(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int k) {
    Random r = new Random(seed);
    EventLog log = JourneyTesting.randomLog(seed, 30, 12, true);
    Journeys js =
        JourneyAssembler.assemble(
            log, JourneyTesting.randomRules(r, log.dictionaries()), TieBreak.ARRIVAL);
    Dimension dim = r.nextBoolean() ? Dimension.TOUCHPOINT : Dimension.CHANNEL;
    PathOptions opt =
        r.nextBoolean() ? PathOptions.of(dim) : PathOptions.of(dim).collapsingRepeats();
    Dictionary names = dim.dictionary(js.dictionaries());
    Map<String, long[]> steps = new TreeMap<>(); // occurrences, starts, ends
    Map<String, List<Long>> edges = new TreeMap<>();
    for (int j = 0; j < js.count(); j++) {
      List<String> seq = new ArrayList<>();
      List<Long> first = new ArrayList<>(); // the first and last event of each run
      List<Long> last = new ArrayList<>();
      for (int i = js.start(j); i < js.end(j); i++) {
        String s = names.name(js.symbol(dim, i));
        if (opt.collapseRepeats() && !seq.isEmpty() && seq.get(seq.size() - 1).equals(s)) {
          last.set(last.size() - 1, js.time(i));
        } else {
          seq.add(s);
          first.add(js.time(i));
          last.add(js.time(i));
        }
      }
      for (int i = 0; i < seq.size(); i++) {
        long[] c = steps.computeIfAbsent(seq.get(i), x -> new long[3]);
        c[0]++;
        c[1] += i == 0 ? 1 : 0;
        c[2] += i == seq.size() - 1 ? 1 : 0;
      }
      for (int i = 1; i < seq.size(); i++) {
        edges
            .computeIfAbsent(seq.get(i - 1) + "\u0000" + seq.get(i), x -> new ArrayList<>())
            .add(first.get(i) - last.get(i - 1)); // collapsed: from the run's last event
      }
    }
    // counted in k parts and merged
    List<DirectlyFollowsGraph.Counter> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(DirectlyFollowsGraph.counter(js.dictionaries(), opt));
    }
    js.forEach(v -> parts.get(r.nextInt(k)).journey(v));
    DirectlyFollowsGraph.Counter all = parts.get(0);
    for (int i = 1; i < k; i++) {
      all.addAll(parts.get(i));
    }
    DirectlyFollowsGraph g = all.snapshot();
    assertEquals(g.activities(), DirectlyFollowsGraph.of(js, opt).activities());
    Map<String, long[]> gotSteps = new TreeMap<>();
    for (Activity a : g.activities()) {
      gotSteps.put(a.name(), new long[] {a.occurrences(), a.starts(), a.ends()});
    }
    assertEquals(steps.keySet(), gotSteps.keySet());
    steps.forEach(
        (s, c) ->
            assertEquals(
                List.of(c[0], c[1], c[2]),
                List.of(gotSteps.get(s)[0], gotSteps.get(s)[1], gotSteps.get(s)[2]),
                s));
    Map<String, Edge> gotEdges = new TreeMap<>();
    g.edges().forEach(x -> gotEdges.put(x.from() + "\u0000" + x.to(), x));
    assertEquals(edges.keySet(), gotEdges.keySet());
    edges.forEach(
        (key, times) -> {
          long[] t = times.stream().mapToLong(Long::longValue).toArray();
          assertEquals(Distribution.of(t), gotEdges.get(key).time(), key);
          assertEquals(t.length, gotEdges.get(key).count());
        });
    assertEquals(js.count(), g.journeys());
  }
}
