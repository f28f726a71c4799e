package dev.cxkit.journey.funnel;

import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.internal.Growth;

/**
 * Matches one journey against a funnel: the counted attempt, its depth, the times of its steps and
 * whether an exclusion removes it. Not thread-safe: one matcher per counter (it reuses its scratch
 * arrays, so a journey costs no allocation once they have grown).
 *
 * <p>Each event is matched once against every step and exclusion (bit masks), then every event
 * matching the first step (any step in any-order mode) starts an attempt. An ordered attempt is a
 * reachability pass: event i is reachable as step s when some earlier event reachable as step s − 1
 * lies within the step's window before it (the latest such event is the best witness) and i is
 * inside the conversion window from the start. The attempt's depth is the deepest step reachable;
 * its chain is the earliest event reaching that depth and, backwards, the earliest reachable event
 * of each earlier step that can precede the next one (without step windows: the greedy earliest
 * match). The counted attempt is the first start achieving the greatest depth.
 */
final class FunnelMatcher {
  private final EventFilter[] steps;
  private final EventFilter[] exclusions;
  private final int[] exclusionFrom;
  private final int[] exclusionTo;
  private final FunnelOrdering ordering;
  private final long window;
  private final long[] stepWindow;
  private final boolean firstStartSuffices;

  private long[] stepMask = new long[16];
  private long[] exclusionMask = new long[16];
  private long[] reach = new long[16];
  private final long[] lastTime;
  private final int[] chain;
  private final int[] bestChain;

  /** Depth of the last {@link #match}. */
  int depth;

  /** Whether an exclusion removed the journey of the last {@link #match}. */
  boolean excluded;

  FunnelMatcher(
      EventFilter[] steps,
      EventFilter[] exclusions,
      int[] exclusionFrom,
      int[] exclusionTo,
      FunnelOrdering ordering,
      long window,
      long[] stepWindow) {
    this.steps = steps;
    this.exclusions = exclusions;
    this.exclusionFrom = exclusionFrom;
    this.exclusionTo = exclusionTo;
    this.ordering = ordering;
    this.window = window;
    this.stepWindow = stepWindow;
    boolean stepWindows = false;
    for (int s = 1; s < stepWindow.length; s++) {
      stepWindows |= stepWindow[s] != Long.MAX_VALUE;
    }
    // without windows a loose chain from a later start is also one from the first start, and the
    // steps any-order finds after a later start are found after the first start too
    this.firstStartSuffices =
        ordering != FunnelOrdering.STRICT && window == Long.MAX_VALUE && !stepWindows;
    this.lastTime = new long[steps.length];
    this.chain = new int[steps.length];
    this.bestChain = new int[steps.length];
  }

  /**
   * Matches {@code j}; sets {@link #depth} and {@link #excluded} and writes the times of the
   * counted attempt's steps to {@code times[0..depth)}.
   */
  void match(JourneyView j, long[] times) {
    int len = j.length();
    prepare(j, len);
    int k = steps.length;
    int best = 0;
    long anyStep = k == 64 ? -1L : (1L << k) - 1;
    long startMask = ordering == FunnelOrdering.ANY_ORDER ? anyStep : 1L;
    for (int start = 0; start < len && best < k; start++) {
      if ((stepMask[start] & startMask) == 0) {
        continue;
      }
      int d;
      switch (ordering) {
        case STRICT:
          d = strict(j, start, len);
          break;
        case LOOSE:
          d = loose(j, start, len);
          break;
        default:
          d = anyOrder(j, start, len);
          break;
      }
      if (d > best) {
        best = d;
        System.arraycopy(chain, 0, bestChain, 0, d);
      }
      if (firstStartSuffices) {
        break;
      }
    }
    depth = best;
    for (int s = 0; s < best; s++) {
      times[s] = j.time(bestChain[s]);
    }
    excluded = best > 0 && exclusions.length > 0 && tainted(j, len, best);
  }

  private void prepare(JourneyView j, int len) {
    stepMask = Growth.ensure(stepMask, len);
    exclusionMask = Growth.ensure(exclusionMask, len);
    reach = Growth.ensure(reach, len);
    for (int i = 0; i < len; i++) {
      int tp = j.touchpoint(i);
      int ch = j.channel(i);
      int ty = j.type(i);
      int st = j.stage(i);
      long m = 0;
      for (int s = 0; s < steps.length; s++) {
        if (steps[s].matches(tp, ch, ty, st)) {
          m |= 1L << s;
        }
      }
      stepMask[i] = m;
      long e = 0;
      for (int x = 0; x < exclusions.length; x++) {
        if (exclusions[x].matches(tp, ch, ty, st)) {
          e |= 1L << x;
        }
      }
      exclusionMask[i] = e;
    }
  }

  private int strict(JourneyView j, int start, int len) {
    long t0 = j.time(start);
    chain[0] = start;
    int d = 1;
    while (d < steps.length) {
      int i = start + d;
      if (i >= len
          || (stepMask[i] & (1L << d)) == 0
          || j.time(i) - t0 > window
          || j.time(i) - j.time(i - 1) > stepWindow[d]) {
        break;
      }
      chain[d++] = i;
    }
    return d;
  }

  private int loose(JourneyView j, int start, int len) {
    int k = steps.length;
    long t0 = j.time(start);
    lastTime[0] = t0;
    reach[start] = 1L;
    int deepest = 0;
    int deepestAt = start;
    for (int i = start + 1; i < len && deepest < k - 1; i++) {
      long t = j.time(i);
      if (t - t0 > window) {
        break;
      }
      long m = 0;
      long candidates = stepMask[i];
      for (int s = Math.min(k - 1, deepest + 1); s >= 1; s--) {
        if ((candidates & (1L << s)) != 0 && t - lastTime[s - 1] <= stepWindow[s]) {
          m |= 1L << s;
        }
      }
      reach[i] = m;
      for (long bits = m; bits != 0; bits &= bits - 1) {
        int s = Long.numberOfTrailingZeros(bits);
        lastTime[s] = t;
        if (s > deepest) {
          deepest = s;
          deepestAt = i;
        }
      }
    }
    // the chain backwards: the earliest reachable event of each step that can precede the next
    chain[deepest] = deepestAt;
    for (int s = deepest - 1; s >= 0; s--) {
      int next = chain[s + 1];
      long tn = j.time(next);
      int found = start;
      for (int i = start; i < next; i++) {
        if ((reach[i] & (1L << s)) != 0 && tn - j.time(i) <= stepWindow[s + 1]) {
          found = i;
          break;
        }
      }
      chain[s] = found;
    }
    return deepest + 1;
  }

  private int anyOrder(JourneyView j, int start, int len) {
    int k = steps.length;
    long t0 = j.time(start);
    long done = 0;
    int d = 0;
    for (int i = start; i < len && d < k; i++) {
      if (j.time(i) - t0 > window) {
        break;
      }
      long fresh = stepMask[i] & ~done;
      done |= fresh;
      for (int n = Long.bitCount(fresh); n > 0; n--) {
        chain[d++] = i;
      }
    }
    return d;
  }

  private boolean tainted(JourneyView j, int len, int d) {
    long t0 = j.time(bestChain[0]);
    for (int x = 0; x < exclusions.length; x++) {
      int from = exclusionFrom[x];
      if (d <= from) {
        continue;
      }
      int to = exclusionTo[x];
      int lo = bestChain[from];
      int hi = d > to ? bestChain[to] : len;
      long bit = 1L << x;
      for (int i = lo + 1; i < hi; i++) {
        if (d <= to && j.time(i) - t0 > window) {
          break;
        }
        if ((exclusionMask[i] & bit) != 0) {
          return true;
        }
      }
    }
    return false;
  }
}
