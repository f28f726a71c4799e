package dev.cxkit.journey.conformance;

import java.util.Arrays;

/**
 * Optimal alignment of one observed sequence with the walks of a {@link MapGraph}: dynamic
 * programming over (observed position x model state). The model state is the last step the walk
 * reached, or the virtual "not started" state. Consuming event i either (a) leaves the state
 * unchanged at cost {@code extra} (the event is off the walk), or (b) for each step k the event may
 * stand for, walks from state s to k at cost {@code skip * (hops(s, k) - 1)} (the steps in between
 * are skipped) and synchronises on k at cost 0. Because skips only ever precede a synchronisation
 * (a walk may stop anywhere), folding the shortest skip walk into the synchronous move is exact, so
 * the DP is O(n * candidates * S) per journey. Ties prefer a synchronous move, then the lower
 * state. Not thread-safe: one instance per thread, buffers are reused.
 */
final class Aligner {
  private final MapGraph g;
  private final int skip;
  private final int extra;
  private final int states;
  private static final int SHIFT = 20;
  private static final long INF = Long.MAX_VALUE / 4;
  private long[] dist;
  private long[] next;
  private final int[] active;
  private final boolean[] isActive;
  private int activeCount;
  private int[] back = new int[0];

  /** After {@link #align}: state after each event, and whether the event was synchronous. */
  int[] stateAfter = new int[0];

  boolean[] sync = new boolean[0];

  /** After {@link #align}: state before each event. */
  int[] stateBefore = new int[0];

  Aligner(MapGraph g, AlignmentCosts costs) {
    this.g = g;
    this.skip = costs.skip();
    this.extra = costs.extra();
    this.states = g.size + 1;
    dist = new long[states];
    next = new long[states];
    Arrays.fill(dist, INF);
    Arrays.fill(next, INF);
    active = new int[states];
    isActive = new boolean[states];
  }

  /**
   * Aligns events {@code [from, to)} whose candidate steps are {@code candidates[symbol[i]]} (null
   * for unplanned); returns the cost and fills {@link #stateAfter}, {@link #sync}, {@link
   * #stateBefore} for positions 0..n-1.
   */
  int align(int[] symbol, int from, int to, int[][] candidates) {
    int n = to - from;
    if (n >= (1 << SHIFT)) {
      throw new IllegalArgumentException(
          "journey length must be below 1048576 events for alignment, was " + n);
    }
    long extraCost = (long) extra << SHIFT;
    long skipCost = (long) skip << SHIFT;
    if (back.length < n * states) {
      back = new int[Math.max(n * states, back.length * 2)];
    }
    if (stateAfter.length < n) {
      int cap = Math.max(n, stateAfter.length * 2);
      stateAfter = new int[cap];
      stateBefore = new int[cap];
      sync = new boolean[cap];
    }
    int virtual = g.size;
    // only states reached so far (finite distance) are visited; they stay reachable by log moves
    for (int a = 0; a < activeCount; a++) {
      dist[active[a]] = INF;
      next[active[a]] = INF;
    }
    activeCount = 0;
    Arrays.fill(isActive, false);
    dist[virtual] = 0;
    active[activeCount++] = virtual;
    isActive[virtual] = true;
    int[] hops = g.hops;
    int size = g.size;
    for (int i = 0; i < n; i++) {
      int base = i * states;
      int count = activeCount;
      for (int a = 0; a < count; a++) {
        int s = active[a];
        next[s] = dist[s] + extraCost;
        back[base + s] = s << 1;
      }
      int sym = symbol[from + i];
      int[] cand = sym < 0 ? null : candidates[sym];
      if (cand != null) {
        for (int k : cand) {
          long best = isActive[k] ? next[k] : INF;
          int bestCode = isActive[k] ? back[base + k] : 0;
          boolean improved = false;
          for (int a = 0; a < count; a++) {
            int s = active[a];
            long d = dist[s];
            if (d - 1 > best) {
              continue;
            }
            int h = hops[s * size + k];
            if (h >= MapGraph.INF) {
              continue;
            }
            long c = d + skipCost * (h - 1) - 1;
            if (c < best || (c == best && !improved && (bestCode & 1) == 0)) {
              best = c;
              bestCode = (s << 1) | 1;
              improved = true;
            }
          }
          if (best < INF) {
            next[k] = best;
            back[base + k] = bestCode;
            if (!isActive[k]) {
              isActive[k] = true;
              active[activeCount++] = k;
            }
          }
        }
      }
      long[] t = dist;
      dist = next;
      next = t;
    }
    int end = 0;
    for (int s = 1; s < states; s++) {
      if (dist[s] < dist[end]) {
        end = s;
      }
    }
    int cost = (int) ((dist[end] + (1 << SHIFT) - 1) >> SHIFT);
    int s = end;
    for (int i = n - 1; i >= 0; i--) {
      int code = back[i * states + s];
      stateAfter[i] = s;
      sync[i] = (code & 1) == 1;
      s = code >> 1;
      stateBefore[i] = s;
    }
    return cost;
  }
}
