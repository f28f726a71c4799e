package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.paths.PathTable;
import java.util.Arrays;

/**
 * The chain of a fixed list of paths under new weights per path: the states and transitions are
 * those of the paths counted once, only the counts change. Bootstrap replicates of a path table
 * (resampled conversions and non-conversions per path) and other reweightings build their chains
 * here without interning a state or hashing a transition again: each path's transitions are
 * recorded once as positions in the chain's rows, and a reweighted chain adds the new weights along
 * them.
 *
 * <p>A reweighted chain has the full chain's states, transitions, mean transition times and solve
 * order; its probabilities and conversion rewards are the maximum-likelihood estimates of the new
 * weights. A state that no weighted path visits keeps the full chain's row: no walk from the start
 * reaches it, so it changes no absorption probability, and every row stays a distribution.
 *
 * <pre>{@code
 * PathWeights weights = PathWeights.of(table, 1, WINDOWS, COLLAPSE, true);
 * MarkovChain full = weights.chain();
 * MarkovChain replicate = weights.chain(resampledConversions, resampledNulls, resampledValues);
 * }</pre>
 */
public final class PathWeights {
  private final MarkovChain full;
  private final boolean nullState;
  private final int paths;
  private final int[] pathStart; // per path: its positions in entries
  private final int[] entries; // chain row positions each path adds its weight to
  private final int[] exitState; // per path: its last state, or -1 when it was not counted
  private final int[] conversionEntry; // per state: row position of -> conversion, or -1
  private final int[] nullEntry; // per state: row position of -> non-conversion, or -1

  private PathWeights(
      MarkovChain full,
      boolean nullState,
      int paths,
      int[] pathStart,
      int[] entries,
      int[] exitState) {
    this.full = full;
    this.nullState = nullState;
    this.paths = paths;
    this.pathStart = pathStart;
    this.entries = entries;
    this.exitState = exitState;
    int n = full.names.length;
    this.conversionEntry = new int[n];
    this.nullEntry = new int[n];
    for (int s = 0; s < n; s++) {
      conversionEntry[s] = full.isAbsorbing(s) ? -1 : full.entry(s, MarkovChain.CONVERSION);
      nullEntry[s] = full.isAbsorbing(s) ? -1 : full.entry(s, MarkovChain.NON_CONVERSION);
    }
  }

  /**
   * The paths of {@code table} counted once, as in {@link TransitionCounts#of(PathTable, int,
   * StateConstruction, Repeats, boolean)}: path p is the table's row p.
   */
  public static PathWeights of(
      PathTable table, int order, StateConstruction states, Repeats repeats, boolean nullState) {
    TransitionCounts counts =
        TransitionCounts.forPaths(table.channels(), order, states, repeats, nullState);
    int paths = table.pathCount();
    int[] offsets = new int[paths + 1];
    for (int p = 0; p < paths; p++) {
      offsets[p + 1] = Math.addExact(offsets[p], table.pathLength(p));
    }
    int[] touches = new int[offsets[paths]];
    long[] conversions = new long[paths];
    long[] nulls = new long[paths];
    double[] values = new double[paths];
    int[] path = new int[16];
    for (int p = 0; p < paths; p++) {
      path = Growth.ensure(path, table.pathLength(p));
      System.arraycopy(path, 0, touches, offsets[p], table.copyTouches(p, path));
      conversions[p] = table.conversions(p);
      nulls[p] = table.nulls(p);
      values[p] = table.value(p);
    }
    return count(counts, touches, offsets, conversions, nulls, values);
  }

  /**
   * Counts path {@code p} = {@code touches[offsets[p], offsets[p + 1])} with {@code
   * conversions[p]}, {@code nulls[p]} and {@code values[p]} into {@code counts}, which must be
   * empty path counts ({@link TransitionCounts#forPaths}), and records where each path's weight
   * goes.
   *
   * @throws IllegalArgumentException when {@code counts} is not empty or not over paths, or the
   *     arrays do not describe the same number of paths
   */
  static PathWeights count(
      TransitionCounts counts,
      int[] touches,
      int[] offsets,
      long[] conversions,
      long[] nulls,
      double[] values) {
    checkArgument(counts.n() == 0, "counts must be empty, was %s journeys", counts.n());
    int paths = offsets.length - 1;
    checkArgument(
        paths >= 0
            && conversions.length == paths
            && nulls.length == paths
            && values.length == paths,
        "offsets, conversions, nulls and values must describe the same paths, was %s, %s, %s and %s",
        offsets.length,
        conversions.length,
        nulls.length,
        values.length);
    Trace trace = new Trace(counts, paths);
    counts.trace = trace;
    try {
      for (int p = 0; p < paths; p++) {
        trace.begin(p);
        counts.addPath(
            touches, null, offsets[p], offsets[p + 1], conversions[p], nulls[p], values[p]);
      }
    } finally {
      counts.trace = null;
    }
    MarkovChain chain = counts.chain();
    trace.exitStates();
    int[] entries = new int[trace.length];
    for (int i = 0; i < trace.length; i++) {
      entries[i] = trace.position(chain, trace.recorded[i]);
    }
    return new PathWeights(chain, counts.nullState, paths, trace.start, entries, trace.exit);
  }

  /** The chain of the paths with their own weights. */
  public MarkovChain chain() {
    return full;
  }

  /** The last state of path {@code p} (the state it leaves to convert or not), or -1. */
  int exitState(int p) {
    return exitState[p];
  }

  /**
   * The transition counts of the paths under new weights, one per position of the full chain's rows
   * ({@code MarkovChain.rowStart}): path p taken by {@code conversions[p]} converting and {@code
   * nulls[p]} non-converting journeys.
   */
  long[] transitionCounts(long[] conversions, long[] nulls) {
    checkArgument(
        conversions.length == paths && nulls.length == paths,
        "conversions and nulls must have one entry per path (%s), was %s and %s",
        paths,
        conversions.length,
        nulls.length);
    long[] counts = new long[full.cols.length];
    for (int p = 0; p < paths; p++) {
      long c = conversions[p];
      long u = nullState ? nulls[p] : 0;
      checkArgument(c >= 0 && u >= 0, "weights of path %s must be >= 0, was %s and %s", p, c, u);
      long w = c + u;
      if (w == 0) {
        continue;
      }
      int exit = exitState[p];
      checkArgument(exit >= 0, "path %s must have had a weight to get one, was %s", p, w);
      for (int i = pathStart[p], end = pathStart[p + 1]; i < end; i++) {
        counts[entries[i]] += w;
      }
      if (c > 0) {
        counts[conversionEntry[exit]] += c;
      }
      if (u > 0) {
        counts[nullEntry[exit]] += u;
      }
    }
    return counts;
  }

  /** Number of paths. */
  public int pathCount() {
    return paths;
  }

  /**
   * The chain of the same paths with new weights: path p taken by {@code conversions[p]} converting
   * and {@code nulls[p]} non-converting journeys worth {@code values[p]} in total. A path may only
   * get a weight where it had one (resampling keeps this).
   *
   * @throws IllegalArgumentException when the arrays are not one per path, a weight is negative or
   *     a path that was not counted gets a weight, or no path has a weight
   */
  public MarkovChain chain(long[] conversions, long[] nulls, double[] values) {
    checkArgument(
        conversions.length == paths && nulls.length == paths && values.length == paths,
        "conversions, nulls and values must have one entry per path (%s), was %s, %s and %s",
        paths,
        conversions.length,
        nulls.length,
        values.length);
    int n = full.names.length;
    long[] counts = transitionCounts(conversions, nulls);
    double[] value = new double[n];
    long journeys = 0;
    for (int p = 0; p < paths; p++) {
      long c = conversions[p];
      long w = c + (nullState ? nulls[p] : 0);
      if (w == 0) {
        continue;
      }
      journeys = Math.addExact(journeys, w);
      if (c > 0) {
        value[exitState[p]] += values[p];
      }
    }
    checkArgument(journeys > 0, "some path must have a weight, was %s", journeys);
    double[] probs = Arrays.copyOf(full.probs, full.probs.length);
    double[] reward = full.reward != null ? new double[n] : null;
    for (int s = 0; s < n; s++) {
      int from = full.rowStart[s];
      int to = full.rowStart[s + 1];
      long total = 0;
      for (int k = from; k < to; k++) {
        total += counts[k];
      }
      if (total == 0) {
        continue; // not visited: keeps the full row, unreachable from the start
      }
      for (int k = from; k < to; k++) {
        probs[k] = (double) counts[k] / total;
      }
      int conv = conversionEntry[s];
      if (reward != null && conv >= 0 && counts[conv] > 0) {
        reward[s] = value[s] / counts[conv];
      }
    }
    return new MarkovChain(
        full.names,
        full.rowStart,
        full.cols,
        probs,
        counts,
        full.millis,
        reward,
        full.position,
        full.symbolsOf,
        full.symbols,
        full.order,
        full.source,
        journeys);
  }

  @Override
  public String toString() {
    return "PathWeights[" + paths + " paths, " + full.stateCount() + " states]";
  }

  /** Records, while paths are counted, the transitions each path adds its weight to. */
  static final class Trace {
    private final TransitionCounts counts;
    final int[] start;
    final int[] exit;
    int[] recorded = new int[64]; // step entry e, or ~e for a short-path entry
    int length;
    private int path = -1;

    Trace(TransitionCounts counts, int paths) {
      this.counts = counts;
      this.start = new int[paths + 1];
      this.exit = new int[paths];
      Arrays.fill(exit, -1);
    }

    void begin(int p) {
      path = p;
      start[p] = length;
      start[p + 1] = length;
    }

    void step(int e) {
      add(e);
    }

    void shortPath(int e) {
      add(~e);
    }

    void exit(int node) {
      exit[path] = node; // a node until the chain exists; see exitStates
    }

    private void add(int x) {
      recorded = Growth.ensure(recorded, length + 1);
      recorded[length++] = x;
      start[path + 1] = length;
    }

    /** Turns the recorded last nodes of the paths into their states (once the chain exists). */
    void exitStates() {
      for (int p = 0; p < exit.length; p++) {
        exit[p] = exit[p] >= 0 ? counts.stateOf[exit[p]] : -1;
      }
    }

    /** The chain row position of a recorded entry. */
    int position(MarkovChain chain, int x) {
      int from;
      int to;
      if (x >= 0) {
        int node = (int) (counts.steps.key(x) >>> 32);
        boolean filling =
            counts.construction == StateConstruction.WINDOWS
                && counts.nodes.length(node) < counts.order;
        from = filling ? MarkovChain.START : counts.stateOf[node];
        to = counts.stateOf[counts.target[x]];
      } else {
        from = MarkovChain.START;
        to = counts.stateOf[(int) counts.shortPaths.key(~x)];
      }
      int k = chain.entry(from, to);
      if (k < 0) {
        throw new IllegalStateException(
            "transition " + from + " -> " + to + " must be in the chain");
      }
      return k;
    }
  }
}
