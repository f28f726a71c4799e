package dev.cxkit.journey.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Reweighted chains against the naive oracle: counting the reweighted paths from scratch in a new
 * {@link TransitionCounts}. Seeded random path tables of every state construction, both repeat
 * rules, with and without the null state, orders 1 to 3, with cycles and repeats.
 */
class PathWeightsTest {
  private static final List<String> SYMBOLS = List.of("a", "b", "c", "d");

  @Test
  void reweightedChainsEqualCountingTheReweightedPathsAgain() {
    SplittableRandom random = new SplittableRandom(20261207);
    int checked = 0;
    for (int trial = 0; trial < 120; trial++) {
      int order = 1 + random.nextInt(3);
      StateConstruction states = StateConstruction.values()[random.nextInt(2)];
      Repeats repeats = Repeats.values()[random.nextInt(2)];
      boolean nullState = random.nextBoolean();
      int paths = 1 + random.nextInt(25);
      int[] offsets = new int[paths + 1];
      int[] touches = new int[paths * 6];
      long[] conv = new long[paths];
      long[] nulls = new long[paths];
      double[] values = new double[paths];
      for (int p = 0; p < paths; p++) {
        int len = 1 + random.nextInt(6);
        for (int i = 0; i < len; i++) {
          touches[offsets[p] + i] = random.nextInt(SYMBOLS.size());
        }
        offsets[p + 1] = offsets[p] + len;
        conv[p] = random.nextInt(4);
        nulls[p] = random.nextInt(4);
        if (conv[p] + nulls[p] == 0) {
          conv[p] = 1;
        }
        values[p] = conv[p] * random.nextDouble() * 10;
      }
      PathWeights weights =
          PathWeights.count(
              TransitionCounts.forPaths(SYMBOLS, order, states, repeats, nullState),
              touches,
              offsets,
              conv,
              nulls,
              values);
      // the full chain is the chain of the counts
      TransitionCounts all = TransitionCounts.forPaths(SYMBOLS, order, states, repeats, nullState);
      feed(all, touches, offsets, conv, nulls, values);
      assertSameChain(all.chain(), weights.chain());
      // the same paths as a path table: counted by the table entry points
      PathTable.Builder builder = PathTable.builder();
      for (int p = 0; p < paths; p++) {
        List<String> path = new ArrayList<>();
        for (int i = offsets[p]; i < offsets[p + 1]; i++) {
          path.add(SYMBOLS.get(touches[i]));
        }
        builder.add(path, conv[p], values[p], nulls[p]);
      }
      PathTable table = builder.build();
      TransitionCounts ofTable = TransitionCounts.of(table, order, states, repeats, nullState);
      assertEquals(all.n(), ofTable.n());
      assertSameChain(all.chain(), ofTable.chain());
      assertSameChain(
          all.chain(), PathWeights.of(table, order, states, repeats, nullState).chain());
      for (int replicate = 0; replicate < 4; replicate++) {
        long[] c2 = new long[paths];
        long[] n2 = new long[paths];
        double[] v2 = new double[paths];
        long weight = 0;
        for (int p = 0; p < paths; p++) {
          boolean counted = conv[p] + (nullState ? nulls[p] : 0) > 0;
          if (counted && random.nextInt(3) > 0) {
            c2[p] = conv[p] > 0 ? random.nextInt(5) : 0;
            n2[p] = nulls[p] > 0 ? random.nextInt(5) : 0;
            v2[p] = c2[p] * random.nextDouble() * 3;
            weight += c2[p] + (nullState ? n2[p] : 0);
          }
        }
        if (weight == 0) {
          continue;
        }
        TransitionCounts naive =
            TransitionCounts.forPaths(SYMBOLS, order, states, repeats, nullState);
        feed(naive, touches, offsets, c2, n2, v2);
        MarkovChain expected = naive.chain();
        MarkovChain actual = weights.chain(c2, n2, v2);
        assertSameChain(expected, actual);
        checked++;
      }
    }
    assertTrue(checked > 200, "replicates checked: " + checked);
  }

  private static void feed(
      TransitionCounts counts,
      int[] touches,
      int[] offsets,
      long[] conv,
      long[] nulls,
      double[] values) {
    for (int p = 0; p + 1 < offsets.length; p++) {
      counts.addPath(touches, null, offsets[p], offsets[p + 1], conv[p], nulls[p], values[p]);
    }
  }

  /** Every state of {@code expected} has the same row, reward and absorption in {@code actual}. */
  private static void assertSameChain(MarkovChain expected, MarkovChain actual) {
    assertEquals(expected.journeys(), actual.journeys());
    for (int s = 0; s < expected.stateCount(); s++) {
      if (expected.isAbsorbing(s)) {
        continue;
      }
      String name = expected.stateName(s);
      int t = actual.state(name);
      double rowSum = 0;
      for (int to : expected.successors(s)) {
        int u = actual.state(expected.stateName(to));
        assertEquals(expected.probability(s, to), actual.probability(t, u), 1e-15, name);
        assertEquals(expected.count(s, to), actual.count(t, u), name);
        rowSum += actual.probability(t, u);
      }
      assertEquals(1.0, rowSum, 1e-12, name); // no other positive entry in actual's row
      assertEquals(expected.reward(s), actual.reward(t), 1e-12, name);
    }
    assertEquals(
        expected.absorption().conversionProbability(),
        actual.absorption().conversionProbability(),
        1e-12);
    assertEquals(expected.absorption().expectedValue(), actual.absorption().expectedValue(), 1e-9);
    for (int c = 0; c < expected.symbols().size(); c++) {
      // a path table numbers its channels in order of first appearance, and lacks unused ones
      int d = actual.symbols().indexOf(expected.symbols().get(c));
      Absorption removed = d < 0 ? actual.absorption() : actual.absorptionWithout(d);
      assertEquals(
          expected.absorptionWithout(c).conversionProbability(),
          removed.conversionProbability(),
          1e-12);
    }
  }

  @Test
  void badWeightsNameTheRule() {
    int[] offsets = {0, 2, 3};
    int[] touches = {0, 1, 2};
    PathWeights w =
        PathWeights.count(
            TransitionCounts.forPaths(
                SYMBOLS, 1, StateConstruction.WINDOWS, Repeats.COLLAPSE, true),
            touches,
            offsets,
            new long[] {1, 0},
            new long[] {0, 2},
            new double[] {1, 0});
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> w.chain(new long[] {1}, new long[] {0}, new double[] {0}));
    assertEquals(
        "conversions, nulls and values must have one entry per path (2), was 1, 1 and 1",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> w.chain(new long[] {0, 0}, new long[] {0, 0}, new double[] {0, 0}));
    assertEquals("some path must have a weight, was 0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> w.chain(new long[] {-1, 0}, new long[] {0, 0}, new double[] {0, 0}));
    assertEquals("weights of path 0 must be >= 0, was -1 and 0", e.getMessage());
  }
}
