package dev.cxkit.journey.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.PathQuery.Occurrence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link PathTree} against a naive oracle (boxed name lists, {@code indexOf}, every prefix counted
 * in a map), on random logs, rules, dimensions, anchors, occurrences, depths and folding.
 */
class PathTreePropertiesTest {

  /** What the oracle counts: per prefix journeys, ended and cut; and the journeys left out. */
  private static final class Oracle {
    final Map<List<String>, long[]> prefixes = new HashMap<>();
    long withoutStart;
    long withoutEnd;
    long journeys;
  }

  private static Oracle oracle(Journeys js, PathQuery q) {
    Dictionary names = q.options().dimension().dictionary(js.dictionaries());
    Oracle o = new Oracle();
    for (int j = 0; j < js.count(); j++) {
      o.journeys++;
      List<String> steps = new ArrayList<>();
      for (int i = js.start(j); i < js.end(j); i++) {
        String s = names.name(js.symbol(q.options().dimension(), i));
        if (!q.options().collapseRepeats()
            || steps.isEmpty()
            || !steps.get(steps.size() - 1).equals(s)) {
          steps.add(s);
        }
      }
      boolean first = q.occurrence() == Occurrence.FIRST;
      int n = steps.size();
      List<String> segment;
      boolean ended;
      if (q.to() == null) {
        int a = first ? steps.indexOf(q.from()) : steps.lastIndexOf(q.from());
        if (a < 0) {
          o.withoutStart++;
          continue;
        }
        ended = a + q.depth() >= n - 1;
        segment = steps.subList(a, Math.min(n, a + q.depth() + 1));
      } else if (q.from() == null) {
        int b = first ? steps.indexOf(q.to()) : steps.lastIndexOf(q.to());
        if (b < 0) {
          o.withoutStart++;
          continue;
        }
        ended = b <= q.depth();
        segment = new ArrayList<>(steps.subList(Math.max(0, b - q.depth()), b + 1));
        Collections.reverse(segment);
      } else {
        if (!steps.contains(q.from())) {
          o.withoutStart++;
          continue;
        }
        // the starts that an end follows, each with the next end after it
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (steps.get(i).equals(q.from())) {
            int k = steps.subList(i + 1, n).indexOf(q.to());
            pairs.add(new int[] {i, k < 0 ? -1 : i + 1 + k});
          }
        }
        int[] pick = first ? pairs.get(0) : null;
        if (!first) {
          for (int[] p : pairs) {
            if (p[1] >= 0) {
              pick = p;
            }
          }
        }
        if (pick == null || pick[1] < 0) {
          o.withoutEnd++;
          continue;
        }
        ended = pick[1] - pick[0] <= q.depth();
        segment = steps.subList(pick[0], Math.min(pick[1], pick[0] + q.depth()) + 1);
      }
      for (int len = 1; len <= segment.size(); len++) {
        long[] c =
            o.prefixes.computeIfAbsent(List.copyOf(segment.subList(0, len)), k -> new long[3]);
        c[0]++;
        if (len == segment.size()) {
          c[ended ? 1 : 2]++;
        }
      }
    }
    return o;
  }

  /** The oracle's nodes after folding: children below the threshold summed into (other). */
  private static Map<List<String>, List<Long>> folded(Oracle o, PathQuery q) {
    Map<List<String>, List<Long>> out = new HashMap<>();
    for (Map.Entry<List<String>, long[]> e : o.prefixes.entrySet()) {
      List<String> p = e.getKey();
      boolean visible = true;
      for (int len = 2; len < p.size(); len++) {
        visible &= o.prefixes.get(p.subList(0, len))[0] >= q.minJourneys();
      }
      if (!visible) {
        continue;
      }
      long[] c = e.getValue();
      if (p.size() == 1 || c[0] >= q.minJourneys()) {
        out.put(p, List.of(c[0], c[1], c[2]));
      } else {
        List<String> other = new ArrayList<>(p.subList(0, p.size() - 1));
        other.add(PathNode.OTHER);
        List<Long> sum = out.getOrDefault(other, List.of(0L, 0L, 0L));
        out.put(other, List.of(sum.get(0) + c[0], sum.get(1) + c[1], sum.get(2) + c[2]));
      }
    }
    return out;
  }

  private static Map<List<String>, List<Long>> nodes(PathTree t) {
    Map<List<String>, List<Long>> m = new HashMap<>();
    for (PathTree.Entry e : t.nodes()) {
      if (e.node().journeys() > 0) {
        m.put(e.steps(), List.of(e.node().journeys(), e.node().ended(), e.node().cut()));
      }
    }
    return m;
  }

  private static PathQuery randomQuery(Random r, Journeys js) {
    PathOptions opt =
        r.nextBoolean()
            ? PathOptions.of(Dimension.TOUCHPOINT)
            : PathOptions.of(Dimension.CHANNEL).collapsingRepeats();
    if (r.nextInt(3) == 0) {
      opt = opt.collapsingRepeats();
    }
    List<String> names = opt.dimension().dictionary(js.dictionaries()).names();
    String a = names.get(r.nextInt(names.size()));
    String b = names.get(r.nextInt(names.size()));
    int mode = r.nextInt(3);
    return new PathQuery(
            opt,
            mode == 1 ? null : a,
            mode == 0 ? null : b,
            r.nextBoolean() ? Occurrence.FIRST : Occurrence.LAST,
            1 + r.nextInt(6),
            1,
            0.95)
        .foldingBelow(r.nextInt(3) == 0 ? 1 + r.nextInt(4) : 1);
  }

  /** Every node's journeys, ends and cuts, and the journeys left out, equal the oracle's. */
  @Property(tries = 300)
  void countsEqualTheNaiveOracle(@ForAll long seed) {
    Random r = new Random(seed);
    EventLog log = JourneyTesting.randomLog(seed, 40, 12, true);
    Journeys js =
        JourneyAssembler.assemble(
            log, JourneyTesting.randomRules(r, log.dictionaries()), TieBreak.ARRIVAL);
    PathQuery q = randomQuery(r, js);
    PathTree t = PathTree.of(js, q);
    Oracle o = oracle(js, q);
    assertEquals(folded(o, q), nodes(t), q::toString);
    assertEquals(o.journeys, t.journeys());
    assertEquals(o.withoutStart, t.withoutStart());
    assertEquals(o.withoutEnd, t.withoutEnd());
    assertEquals(t.journeys(), t.anchored() + t.withoutStart() + t.withoutEnd());
    for (PathTree.Entry e : t.nodes()) {
      PathNode n = e.node();
      if (!n.folded()) {
        assertEquals(
            n.continuing(), n.children().stream().mapToLong(PathNode::journeys).sum(), q::toString);
      }
      assertEquals(t.anchored() == 0 ? 0.0 : (double) n.journeys() / t.anchored(), n.share());
    }
  }

  /** Counting in k parts and merging with {@code addAll} gives the tree of all journeys. */
  @Property(tries = 100)
  void chunkedCountsMergeToTheWhole(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int k) {
    Random r = new Random(seed);
    EventLog log = JourneyTesting.randomLog(seed, 30, 10, true);
    Journeys js =
        JourneyAssembler.assemble(
            log, JourneyTesting.randomRules(r, log.dictionaries()), TieBreak.ARRIVAL);
    PathQuery q = randomQuery(r, js);
    List<PathTree.Counter> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(PathTree.counter(js.dictionaries(), q));
    }
    int[] next = {0};
    js.forEach(v -> parts.get(r.nextInt(k)).journey(v));
    PathTree.Counter all = PathTree.counter(js.dictionaries(), q);
    for (PathTree.Counter c : parts) {
      next[0] += (int) c.n();
      all.addAll(c);
    }
    assertEquals(js.count(), next[0]);
    PathTree whole = PathTree.of(js, q);
    assertEquals(whole.root(), all.snapshot().root());
    assertEquals(whole.withoutStart(), all.snapshot().withoutStart());
    assertEquals(whole.withoutEnd(), all.snapshot().withoutEnd());
  }
}
