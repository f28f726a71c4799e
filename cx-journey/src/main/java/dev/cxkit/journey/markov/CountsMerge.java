package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.internal.LongCountMap;
import dev.cxkit.model.internal.ExactMath;
import java.util.Objects;

/**
 * The merge of {@link TransitionCounts#addAll}: maps the other counter's nodes onto this one's,
 * checks that every sum fits a {@code long} before anything changes (all or nothing), then adds.
 */
final class CountsMerge {
  private CountsMerge() {}

  /** Adds {@code other}'s counts to {@code c}; see {@link TransitionCounts#addAll}. */
  static void into(TransitionCounts c, TransitionCounts other) {
    checkArgument(
        other.dictionaries == c.dictionaries
            && Objects.equals(other.options, c.options)
            && Objects.equals(other.symbolNames, c.symbolNames)
            && other.order == c.order
            && other.construction == c.construction
            && other.collapseTouches == c.collapseTouches
            && other.collapseStates == c.collapseStates
            && other.nullState == c.nullState,
        "counts must share steps, options and order to merge, was order %s vs %s",
        other.order,
        c.order);
    int[] map = new int[other.nodes.size()];
    for (int n = 0; n < map.length; n++) {
      int[] t = other.nodes.sequence(n);
      map[n] = t.length <= c.order ? c.internTuple(t) : n; // exits are nodes 1 and 2 in both
    }
    checkMergeFits(c, other, map); // interning nodes above changed no count
    for (int s = 0; s < other.states; s++) {
      int n = map[other.stateNode[s]];
      if (c.stateOf[n] < 0) {
        c.emit(n);
      }
    }
    for (int e = 0; e < other.steps.size(); e++) {
      long k = other.steps.key(e);
      long key = ((long) map[(int) (k >>> 32)] << 32) | (k & 0xFFFFFFFFL);
      int mine = c.steps.find(key);
      if (mine < 0) {
        mine = c.steps.add(key, 0, 0);
        c.target = Growth.ensure(c.target, mine + 1);
        c.target[mine] = map[other.target[e]];
      }
      c.steps.addAt(mine, other.steps.count(e), other.steps.sum(e));
    }
    for (int e = 0; e < other.shortPaths.size(); e++) {
      c.shortPaths.add(
          map[(int) other.shortPaths.key(e)], other.shortPaths.count(e), other.shortPaths.sum(e));
    }
    for (int n = 0; n < map.length; n++) {
      int m = map[n];
      c.conversions[m] += other.conversions[n];
      c.nulls[m] += other.nulls[n];
      c.conversionMillis[m] += other.conversionMillis[n];
      c.value[m] += other.value[n];
      c.positionSum[m] += other.positionSum[n];
      c.visits[m] += other.visits[n];
    }
    c.journeys += other.journeys;
    c.longestPath = Math.max(c.longestPath, other.longestPath);
  }

  /**
   * Throws, before anything is added, when a sum of {@link TransitionCounts#addAll} would not fit a
   * long.
   */
  private static void checkMergeFits(TransitionCounts c, TransitionCounts other, int[] map) {
    ExactMath.add("journeys", c.journeys, other.journeys);
    for (int n = 0; n < map.length; n++) {
      int m = map[n];
      ExactMath.add("conversions", c.conversions[m], other.conversions[n]);
      ExactMath.add("nulls", c.nulls[m], other.nulls[n]);
      ExactMath.add("time to conversion (ms)", c.conversionMillis[m], other.conversionMillis[n]);
    }
    checkMapFits(c.steps, other.steps, map, true);
    checkMapFits(c.shortPaths, other.shortPaths, map, false);
  }

  private static void checkMapFits(
      LongCountMap mine, LongCountMap theirs, int[] map, boolean nodeInHighBits) {
    for (int e = 0; e < theirs.size(); e++) {
      long k = theirs.key(e);
      long key =
          nodeInHighBits ? ((long) map[(int) (k >>> 32)] << 32) | (k & 0xFFFFFFFFL) : map[(int) k];
      int i = mine.find(key);
      if (i >= 0) {
        ExactMath.add("transitions", mine.count(i), theirs.count(e));
        ExactMath.add("time between touches (ms)", mine.sum(i), theirs.sum(e));
      }
    }
  }
}
