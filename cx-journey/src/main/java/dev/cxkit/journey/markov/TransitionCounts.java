package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.internal.IntSequenceInterner;
import dev.cxkit.journey.internal.LongCountMap;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.internal.ExactMath;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The order-k transition counter of cxkit: counts the transitions between the states of an order-k
 * chain ({@link StateConstruction}) over weighted paths, with the time spent per transition and the
 * conversion value of each path as a reward of its last state, and estimates the {@link
 * MarkovChain}. Paths come from journeys (a {@link JourneySink}, so it runs straight from a
 * streaming assembler), from a {@link PathTable} ({@link #of(PathTable, int, StateConstruction,
 * Repeats, boolean)}) or from any other table of paths ({@link #addPath}). Counts over the same
 * steps merge ({@link #addAll}).
 *
 * <p>Not thread-safe: a counter is fed by one thread. To count in parallel give each thread (or
 * partition) its own counter over the same dictionaries and options, and merge them into one with
 * {@link #addAll} after the threads are done (it reads the other counter, which must no longer be
 * fed). Counts that cross a process boundary travel as {@link #toBytes()} and come back with {@link
 * #fromBytes(byte[], EventDictionaries)} against the receiver's dictionaries; {@link #equals}
 * compares content by step names, not by internal ids.
 *
 * <p>A path with c conversions and n non-conversions adds its weight c + n (c alone without the
 * null state) to the transition into its first state and to every transition between its states, c
 * to its last state's exit to conversion and n to its exit to non-conversion. A converted journey
 * is its steps before the first goal event (one conversion); another journey is all its steps (one
 * non-conversion). State ids are given in order of first appearance; each transition is found with
 * one hash lookup per touch from the current state and the step.
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

  /** The highest order counted. */
  public static final int MAX_ORDER = 16;

  final int order;
  final StateConstruction construction;
  final boolean collapseTouches;
  final boolean collapseStates;
  final boolean nullState;
  final @Nullable EventDictionaries dictionaries;
  final @Nullable PathOptions options;
  final @Nullable List<String> symbolNames;

  final IntSequenceInterner nodes = new IntSequenceInterner(); // state tuples and window prefixes
  final LongCountMap steps = new LongCountMap(); // (node, symbol) -> weight, dwell
  int[] target = new int[64]; // per step: the node it leads to
  final LongCountMap shortPaths = new LongCountMap(); // WINDOWS: start -> path shorter than k
  int[] stateOf = new int[64]; // node -> state id, -1 before it is a state
  int[] stateNode = new int[64]; // state id -> node
  int states;
  long[] conversions = new long[64]; // per node: exits
  long[] nulls = new long[64];
  long[] conversionMillis = new long[64];
  double[] value = new double[64];
  double[] positionSum = new double[64];
  double[] visits = new double[64];
  long journeys;
  int longestPath;
  PathWeights.@Nullable Trace trace; // when set, count() records the entries each path adds to
  private final int[] tuple;
  private int[] path = new int[64];
  private long[] times = new long[64];

  private TransitionCounts(
      int order,
      StateConstruction construction,
      Repeats repeats,
      boolean nullState,
      @Nullable EventDictionaries dictionaries,
      @Nullable PathOptions options,
      @Nullable List<String> symbolNames) {
    checkArgument(
        order >= 1 && order <= MAX_ORDER, "order must be in 1..%s, was %s", MAX_ORDER, order);
    this.order = order;
    this.construction = checkNotNull(construction, "states");
    checkNotNull(repeats, "repeats");
    boolean windows = construction == StateConstruction.WINDOWS;
    this.collapseTouches =
        options != null ? options.collapseRepeats() : !windows && repeats == Repeats.COLLAPSE;
    this.collapseStates = options == null && windows && repeats == Repeats.COLLAPSE;
    this.nullState = nullState;
    this.dictionaries = dictionaries;
    this.options = options;
    this.symbolNames = symbolNames;
    this.tuple = new int[order];
    Arrays.fill(stateOf, -1);
    int[] start = new int[order];
    Arrays.fill(start, START_SYMBOL);
    nodes.intern(start, 0, windows ? 0 : order); // node 0: (start)
    nodes.intern(new int[] {CONVERSION_SYMBOL}, 0, 1); // node 1
    nodes.intern(new int[] {NULL_SYMBOL}, 0, 1); // node 2
    for (int s = 0; s < 3; s++) {
      emit(s);
    }
  }

  /**
   * Empty counts of journey paths shaped by {@code options}, {@link StateConstruction#PREFIXES}.
   */
  public static TransitionCounts create(
      EventDictionaries dictionaries, PathOptions options, int order) {
    return create(dictionaries, options, order, StateConstruction.PREFIXES);
  }

  /** Empty counts of journey paths shaped by {@code options} with {@code states}. */
  public static TransitionCounts create(
      EventDictionaries dictionaries, PathOptions options, int order, StateConstruction states) {
    return new TransitionCounts(
        order,
        states,
        Repeats.KEEP_SELF_LOOPS,
        true,
        checkNotNull(dictionaries, "dictionaries"),
        checkNotNull(options, "options"),
        null);
  }

  /** The counts of {@code journeys} ({@link StateConstruction#PREFIXES}). */
  public static TransitionCounts of(Journeys journeys, PathOptions options, int order) {
    TransitionCounts c = create(journeys.dictionaries(), options, order);
    journeys.forEach(c);
    return c;
  }

  /**
   * Empty counts of paths over the steps {@code symbols} (for example a path table's channels), fed
   * by {@link #addPath}.
   *
   * @param nullState whether non-converting journeys count (without: every walk converts)
   */
  public static TransitionCounts forPaths(
      List<String> symbols,
      int order,
      StateConstruction states,
      Repeats repeats,
      boolean nullState) {
    return new TransitionCounts(
        order, states, repeats, nullState, null, null, List.copyOf(symbols));
  }

  /**
   * The counts of every path of {@code table}, whose channels are the steps (a path's touch times,
   * when the table has them, are not used: dwell times are counted from journeys).
   *
   * @param nullState whether non-converting journeys count (without: every walk converts)
   */
  public static TransitionCounts of(
      PathTable table, int order, StateConstruction states, Repeats repeats, boolean nullState) {
    TransitionCounts counts = forPaths(table.channels(), order, states, repeats, nullState);
    int[] touches = new int[16];
    for (int p = 0; p < table.pathCount(); p++) {
      int len = table.pathLength(p);
      touches = Growth.ensure(touches, len);
      table.copyTouches(p, touches);
      counts.addPath(touches, null, 0, len, table.conversions(p), table.nulls(p), table.value(p));
    }
    return counts;
  }

  @Override
  public void journey(JourneyView j) {
    checkArgument(options != null, "counts over path steps must be fed with addPath");
    int conv = j.conversionIndex();
    int end = conv >= 0 ? conv : j.length();
    path = Growth.ensure(path, end);
    times = Growth.ensure(times, end);
    for (int i = 0; i < end; i++) {
      path[i] = j.symbol(options.dimension(), i);
      times[i] = j.time(i);
    }
    long conversionTime = conv >= 0 ? j.time(conv) : 0;
    count(path, times, 0, end, conv >= 0 ? 1 : 0, conv >= 0 ? 0 : 1, 0.0, conversionTime);
  }

  /**
   * Adds the path {@code symbols[from, to)} (indices into the steps) taken by {@code conversions}
   * converting and {@code nulls} non-converting journeys whose conversions were worth {@code value}
   * in total; {@code times} holds one epoch-millisecond time per touch, or is null.
   *
   * @throws IllegalArgumentException for a step out of range, negative counts or a value that is
   *     negative or not finite
   */
  public void addPath(
      int[] symbols,
      long @Nullable [] times,
      int from,
      int to,
      long conversions,
      long nulls,
      double value) {
    List<String> names = symbolNames;
    checkArgument(names != null, "journey counts must be fed with journeys, not paths");
    checkArgument(
        conversions >= 0 && nulls >= 0,
        "conversions and nulls must be >= 0, was %s and %s",
        conversions,
        nulls);
    checkArgument(
        Double.isFinite(value) && value >= 0, "value must be finite, >= 0, was %s", value);
    for (int i = from; i < to; i++) {
      checkArgument(
          symbols[i] >= 0 && symbols[i] < names.size(),
          "path step must be in 0..%s, was %s",
          names.size() - 1,
          symbols[i]);
    }
    count(symbols, times, from, to, conversions, nullState ? nulls : 0, value, 0);
  }

  private void count(
      int[] symbols,
      long @Nullable [] times,
      int from,
      int to,
      long conv,
      long nul,
      double pathValue,
      long conversionTime) {
    long w = ExactMath.add("journeys", conv, nul);
    if (w == 0) {
      return;
    }
    journeys = ExactMath.add("journeys", journeys, w);
    boolean windows = construction == StateConstruction.WINDOWS;
    int node = 0;
    long emitTime = times != null && to > from ? times[from] : 0;
    long lastTime = emitTime;
    int position = 0;
    int previous = Integer.MIN_VALUE;
    int kept = 0;
    for (int i = from; i < to; i++) {
      int symbol = symbols[i];
      if (collapseTouches && symbol == previous) {
        continue;
      }
      previous = symbol;
      kept++;
      long time = times != null ? times[i] : 0;
      lastTime = time;
      long key = ((long) node << 32) | (symbol & 0xFFFFFFFFL);
      int e = steps.find(key);
      if (e < 0) {
        e = steps.add(key, 0, 0);
        target = Growth.ensure(target, e + 1);
        target[e] = next(node, symbol);
      }
      int next = target[e];
      if (windows && nodes.length(next) < order) {
        node = next; // a window still filling: not a state yet
        continue;
      }
      if (next == node && collapseStates) {
        continue; // ChannelAttribution merges consecutive identical states
      }
      steps.addAt(e, w, ExactMath.subtract("time between touches (ms)", time, emitTime));
      if (trace != null) {
        trace.step(e);
      }
      enter(next, position++, w);
      node = next;
      emitTime = time;
    }
    longestPath = Math.max(longestPath, kept);
    if (windows && node != 0 && nodes.length(node) < order) {
      // a path shorter than the order is one state, entered from the start
      int e =
          shortPaths.add(
              node, w, ExactMath.subtract("time between touches (ms)", lastTime, emitTime));
      if (trace != null) {
        trace.shortPath(e);
      }
      enter(node, 0, w);
      emitTime = lastTime;
    }
    if (trace != null) {
      trace.exit(node);
    }
    conversions[node] = ExactMath.add("conversions", conversions[node], conv);
    nulls[node] = ExactMath.add("nulls", nulls[node], nul);
    value[node] += pathValue;
    if (conv > 0 && kept > 0 && times != null) {
      conversionMillis[node] =
          ExactMath.add(
              "time to conversion (ms)",
              conversionMillis[node],
              ExactMath.subtract("time to conversion (ms)", conversionTime, emitTime));
    }
  }

  private void enter(int node, int position, long w) {
    if (stateOf[node] < 0) {
      emit(node);
    }
    positionSum[node] += (double) position * w;
    visits[node] += w;
  }

  void emit(int node) {
    ensureNodes(node + 1);
    stateNode = Growth.ensure(stateNode, states + 1);
    stateOf[node] = states;
    stateNode[states++] = node;
  }

  /** The node after {@code node} on {@code symbol}: the window shifted, or the prefix extended. */
  int next(int node, int symbol) {
    int len = nodes.length(node);
    if (len < order) {
      for (int i = 0; i < len; i++) {
        tuple[i] = nodes.element(node, i);
      }
      tuple[len] = symbol;
      return internNode(len + 1);
    }
    for (int i = 1; i < len; i++) {
      tuple[i - 1] = nodes.element(node, i);
    }
    tuple[len - 1] = symbol;
    return internNode(len);
  }

  /** The node of the tuple {@code t} (interned when new). */
  int internTuple(int[] t) {
    System.arraycopy(t, 0, tuple, 0, t.length);
    return internNode(t.length);
  }

  private int internNode(int len) {
    int id = nodes.intern(tuple, 0, len);
    ensureNodes(id + 1);
    return id;
  }

  private void ensureNodes(int n) {
    if (n > stateOf.length) {
      int old = stateOf.length;
      int cap = Growth.capacity(old, n);
      stateOf = Arrays.copyOf(stateOf, cap);
      Arrays.fill(stateOf, old, cap, -1);
      conversions = Arrays.copyOf(conversions, cap);
      nulls = Arrays.copyOf(nulls, cap);
      conversionMillis = Arrays.copyOf(conversionMillis, cap);
      value = Arrays.copyOf(value, cap);
      positionSum = Arrays.copyOf(positionSum, cap);
      visits = Arrays.copyOf(visits, cap);
    }
  }

  /**
   * Adds {@code other}'s counts (same steps, order and options) to these; returns this. All or
   * nothing: every sum is checked before any count changes.
   *
   * @throws IllegalArgumentException when the counts are not over the same steps and options, or a
   *     count would pass {@link Long#MAX_VALUE} (naming the count and both operands)
   */
  public TransitionCounts addAll(TransitionCounts other) {
    CountsMerge.into(this, other);
    return this;
  }

  /** The Markov order. */
  public int order() {
    return order;
  }

  /** How states are formed. */
  public StateConstruction states() {
    return construction;
  }

  /** Journeys counted so far (for paths: the summed weights). */
  public long n() {
    return journeys;
  }

  /** Steps in the longest path counted. */
  public int longestPath() {
    return longestPath;
  }

  /** Number of distinct observed transitions between states. */
  public int distinctTransitions() {
    return Estimation.chain(this).cols.length;
  }

  /**
   * The chain estimated from these counts (maximum likelihood).
   *
   * <p>Counts of paths with no weight give a chain whose start converts with probability 0.
   *
   * @throws IllegalArgumentException when no journey was counted, or journey counts have an order
   *     above the longest path (the data cannot support it)
   */
  public MarkovChain chain() {
    checkArgument(
        options == null || journeys > 0,
        "journeys must be > 0 to estimate a chain, was %s",
        journeys);
    checkArgument(
        options == null || order <= Math.max(1, longestPath),
        "order must be at most the longest path (%s steps) to be supported by the data, was %s",
        longestPath,
        order);
    return Estimation.chain(this);
  }

  /**
   * The versioned wire form: options and order, the step names used, and every count (see {@link
   * #fromBytes(byte[], EventDictionaries)}).
   */
  public byte[] toBytes() {
    return TransitionCountsWire.write(this);
  }

  /**
   * Journey counts from {@link #toBytes()}, their step names interned into {@code dictionaries} (so
   * they merge with counts made against them).
   *
   * @throws IllegalArgumentException naming the offset and the rule if the bytes are truncated,
   *     corrupt, path counts, of another type or of an unknown wire version
   */
  public static TransitionCounts fromBytes(byte[] bytes, EventDictionaries dictionaries) {
    return TransitionCountsWire.read(bytes, checkNotNull(dictionaries, "dictionaries"));
  }

  /**
   * Path counts ({@link #forPaths}) from {@link #toBytes()}.
   *
   * @throws IllegalArgumentException as {@link #fromBytes(byte[], EventDictionaries)}, and for
   *     journey counts
   */
  public static TransitionCounts fromBytes(byte[] bytes) {
    return TransitionCountsWire.read(bytes, null);
  }

  /** Same options, order and counts per named state and step (internal ids do not matter). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TransitionCounts c && TransitionCountsWire.same(this, c);
  }

  @Override
  public int hashCode() {
    return TransitionCountsWire.hash(this);
  }

  @Override
  public String toString() {
    return "TransitionCounts[order="
        + order
        + ", "
        + construction
        + ", "
        + (symbolNames != null ? symbolNames.size() + " steps" : options)
        + ", journeys="
        + journeys
        + ", states="
        + states
        + "]";
  }
}
