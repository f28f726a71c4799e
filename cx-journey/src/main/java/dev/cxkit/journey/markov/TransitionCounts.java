package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.internal.IntSequenceInterner;
import dev.cxkit.journey.internal.LongCountMap;
import dev.cxkit.journey.paths.PathOptions;

/**
 * Order-k transition counts of journey paths, with the time spent per transition; a {@link
 * JourneySink} that can run straight from a streaming assembler, and mergeable ({@link #plus}).
 *
 * <pre>{@code
 * TransitionCounts counts = TransitionCounts.create(dict, PathOptions.of(Dimension.CHANNEL), 1);
 * journeys.forEach(counts);
 * MarkovChain chain = counts.chain();
 * }</pre>
 */
public final class TransitionCounts implements JourneySink {
  static final int START_SYMBOL = -1;
  static final int CONVERSION_SYMBOL = -2;
  static final int NULL_SYMBOL = -3;
  static final int MAX_ORDER = 16;

  final EventDictionaries dictionaries;
  final PathOptions options;
  final int order;
  final IntSequenceInterner states = new IntSequenceInterner();
  final LongCountMap transitions = new LongCountMap();
  private final int[] tuple;
  private int[] path = new int[64];
  private long[] times = new long[64];
  private int[] stateOfSymbol = new int[0];
  long journeys;
  int longestPath;

  private TransitionCounts(EventDictionaries dictionaries, PathOptions options, int order) {
    this.dictionaries = checkNotNull(dictionaries, "dictionaries");
    this.options = checkNotNull(options, "options");
    checkArgument(
        order >= 1 && order <= MAX_ORDER, "order must be in 1..%s, was %s", MAX_ORDER, order);
    this.order = order;
    this.tuple = new int[order + 1];
    int[] start = new int[order];
    java.util.Arrays.fill(start, START_SYMBOL);
    states.intern(start, 0, order); // id 0
    states.intern(new int[] {CONVERSION_SYMBOL}, 0, 1); // id 1
    states.intern(new int[] {NULL_SYMBOL}, 0, 1); // id 2
  }

  /** Empty counts of order {@code order} over paths shaped by {@code options}. */
  public static TransitionCounts create(
      EventDictionaries dictionaries, PathOptions options, int order) {
    return new TransitionCounts(dictionaries, options, order);
  }

  /** The counts of {@code journeys}. */
  public static TransitionCounts of(Journeys journeys, PathOptions options, int order) {
    TransitionCounts c = create(journeys.dictionaries(), options, order);
    journeys.forEach(c);
    return c;
  }

  @Override
  public void journey(JourneyView j) {
    int conv = j.conversionIndex();
    int end = conv >= 0 ? conv : j.length();
    if (path.length < end) {
      path = new int[Math.max(end, path.length * 2)];
      times = new long[path.length];
    }
    int n = 0;
    boolean collapse = options.collapseRepeats();
    for (int i = 0; i < end; i++) {
      int s = j.symbol(options.dimension(), i);
      if (!collapse || n == 0 || path[n - 1] != s) {
        path[n] = s;
        times[n] = j.time(i);
        n++;
      }
    }
    journeys++;
    longestPath = Math.max(longestPath, n);
    // tuple[0..order) is the current state: the last `order` steps, start-padded
    java.util.Arrays.fill(tuple, START_SYMBOL);
    int from = 0;
    long prevTime = 0;
    for (int i = 0; i < n; i++) {
      int to;
      if (order == 1) {
        to = firstOrderState(path[i]);
      } else {
        System.arraycopy(tuple, 1, tuple, 0, order - 1);
        tuple[order - 1] = path[i];
        to = states.intern(tuple, 0, order);
      }
      transitions.add(key(from, to), 1, i == 0 ? 0 : times[i] - prevTime);
      from = to;
      prevTime = times[i];
    }
    if (conv >= 0) {
      transitions.add(key(from, MarkovChain.CONVERSION), 1, n == 0 ? 0 : j.time(conv) - prevTime);
    } else {
      transitions.add(key(from, MarkovChain.NON_CONVERSION), 1, 0);
    }
  }

  /** The state id of a one-step state, cached by symbol (order 1 only). */
  private int firstOrderState(int symbol) {
    if (symbol >= stateOfSymbol.length) {
      int old = stateOfSymbol.length;
      stateOfSymbol = java.util.Arrays.copyOf(stateOfSymbol, Math.max(symbol + 1, old * 2));
      java.util.Arrays.fill(stateOfSymbol, old, stateOfSymbol.length, -1);
    }
    int s = stateOfSymbol[symbol];
    if (s < 0) {
      tuple[0] = symbol;
      s = states.intern(tuple, 0, 1);
      stateOfSymbol[symbol] = s;
    }
    return s;
  }

  static long key(int from, int to) {
    return ((long) from << 32) | to;
  }

  /** Adds {@code other}'s counts (same dictionaries, options and order); returns this. */
  public TransitionCounts plus(TransitionCounts other) {
    checkArgument(
        other.dictionaries == dictionaries && other.options.equals(options) && other.order == order,
        "counts must share dictionaries, options and order to merge, was order %s vs %s",
        other.order,
        order);
    int[] map = new int[other.states.size()];
    for (int s = 0; s < map.length; s++) {
      int[] t = other.states.sequence(s);
      map[s] = states.intern(t, 0, t.length);
    }
    for (int e = 0; e < other.transitions.size(); e++) {
      long k = other.transitions.key(e);
      transitions.add(
          key(map[(int) (k >>> 32)], map[(int) k]),
          other.transitions.count(e),
          other.transitions.sum(e));
    }
    journeys += other.journeys;
    longestPath = Math.max(longestPath, other.longestPath);
    return this;
  }

  /** The Markov order. */
  public int order() {
    return order;
  }

  /** Journeys counted. */
  public long journeys() {
    return journeys;
  }

  /** Steps in the longest path counted. */
  public int longestPath() {
    return longestPath;
  }

  /** Number of distinct observed transitions. */
  public int distinctTransitions() {
    return transitions.size();
  }

  /**
   * The chain estimated from these counts (maximum likelihood).
   *
   * @throws IllegalArgumentException when no journey was counted, or the order is above the longest
   *     path (the data cannot support it)
   */
  public MarkovChain chain() {
    checkArgument(journeys > 0, "journeys must be > 0 to estimate a chain, was %s", journeys);
    checkArgument(
        order <= Math.max(1, longestPath),
        "order must be at most the longest path (%s steps) to be supported by the data, was %s",
        longestPath,
        order);
    return new MarkovChain(this);
  }

  @Override
  public String toString() {
    return "TransitionCounts[order="
        + order
        + ", "
        + options
        + ", journeys="
        + journeys
        + ", states="
        + states.size()
        + "]";
  }
}
