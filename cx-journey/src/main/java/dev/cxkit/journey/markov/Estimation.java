package dev.cxkit.journey.markov;

import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.internal.LongCountMap;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.model.internal.ExactMath;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The maximum-likelihood {@link MarkovChain} of {@link TransitionCounts}: each transition's
 * probability is its count over the count leaving its state, its mean time the summed time over the
 * count, each state's reward the value of the conversions leaving it over their number.
 */
final class Estimation {
  private Estimation() {}

  static MarkovChain chain(TransitionCounts c) {
    int n = c.states;
    boolean windows = c.construction == StateConstruction.WINDOWS;
    LongCountMap steps = c.steps;
    int[] from = new int[steps.size()];
    int[] rowCount = new int[n + 1];
    for (int e = 0; e < steps.size(); e++) {
      from[e] = -1;
      if (steps.count(e) == 0) {
        continue; // a window still filling, or a merged repeat
      }
      int node = (int) (steps.key(e) >>> 32);
      from[e] = windows && c.nodes.length(node) < c.order ? MarkovChain.START : c.stateOf[node];
      rowCount[from[e] + 1]++;
    }
    rowCount[MarkovChain.START + 1] += c.shortPaths.size();
    for (int s = 0; s < n; s++) {
      int node = c.stateNode[s];
      rowCount[s + 1] += (c.conversions[node] > 0 ? 1 : 0) + (c.nulls[node] > 0 ? 1 : 0);
    }
    int[] rowStart = new int[n + 1];
    for (int s = 0; s < n; s++) {
      rowStart[s + 1] = rowStart[s] + rowCount[s + 1];
    }
    int entries = rowStart[n];
    int[] cols = new int[entries];
    long[] counts = new long[entries];
    long[] sums = new long[entries];
    int[] fill = Arrays.copyOf(rowStart, n);
    for (int e = 0; e < steps.size(); e++) {
      if (from[e] >= 0) {
        int k = fill[from[e]]++;
        cols[k] = c.stateOf[c.target[e]];
        counts[k] = steps.count(e);
        sums[k] = steps.sum(e);
      }
    }
    for (int e = 0; e < c.shortPaths.size(); e++) {
      int k = fill[MarkovChain.START]++;
      cols[k] = c.stateOf[(int) c.shortPaths.key(e)];
      counts[k] = c.shortPaths.count(e);
      sums[k] = c.shortPaths.sum(e);
    }
    double[] reward = new double[n];
    double[] position = new double[n];
    boolean anyValue = false;
    for (int s = 0; s < n; s++) {
      int node = c.stateNode[s];
      if (c.conversions[node] > 0) {
        int k = fill[s]++;
        cols[k] = MarkovChain.CONVERSION;
        counts[k] = c.conversions[node];
        sums[k] = c.conversionMillis[node];
        reward[s] = c.value[node] / c.conversions[node];
        anyValue |= c.value[node] > 0;
      }
      if (c.nulls[node] > 0) {
        int k = fill[s]++;
        cols[k] = MarkovChain.NON_CONVERSION;
        counts[k] = c.nulls[node];
      }
      position[s] = c.visits[node] > 0 ? c.positionSum[node] / c.visits[node] : 0;
    }
    double[] probs = new double[entries];
    double[] millis = new double[entries];
    List<String> symbols = symbols(c);
    for (int s = 0; s < n; s++) {
      long total = 0;
      for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
        total = addTransitions(total, counts[k], c, s, symbols);
      }
      for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
        probs[k] = (double) counts[k] / total;
        millis[k] = (double) sums[k] / counts[k];
      }
    }
    String[] names = new String[n];
    int[][] symbolsOf = new int[n][];
    for (int s = 0; s < n; s++) {
      int[] tuple = c.nodes.sequence(c.stateNode[s]);
      names[s] = name(tuple, symbols);
      symbolsOf[s] = distinctSteps(tuple);
    }
    return new MarkovChain(
        names,
        rowStart,
        cols,
        probs,
        counts,
        millis,
        anyValue ? reward : null,
        position,
        symbolsOf,
        symbols,
        c.order,
        c.options != null ? c.options.dimension().toString() : "paths, " + c.construction,
        c.journeys);
  }

  private static List<String> symbols(TransitionCounts c) {
    if (c.symbolNames != null) {
      return c.symbolNames;
    }
    // journey counts (the other kind): their steps are named by the dimension's dictionary
    PathOptions options = Objects.requireNonNull(c.options, "journey counts have options");
    Dictionary d =
        options
            .dimension()
            .dictionary(Objects.requireNonNull(c.dictionaries, "journey counts have dictionaries"));
    return d.names();
  }

  private static int[] distinctSteps(int[] tuple) {
    int[] out = new int[tuple.length];
    int k = 0;
    for (int t : tuple) {
      boolean seen = t < 0;
      for (int i = 0; i < k && !seen; i++) {
        seen = out[i] == t;
      }
      if (!seen) {
        out[k++] = t;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** "(start)", "(conversion)", "(null)", "a > b", or "(start) > a" for a start-padded state. */
  /** {@code total + count}, or an error naming the state whose outgoing transitions overflow. */
  private static long addTransitions(
      long total, long count, TransitionCounts c, int s, List<String> symbols) {
    try {
      return Math.addExact(total, count);
    } catch (ArithmeticException e) {
      return ExactMath.add(
          "transitions out of state '" + name(c.nodes.sequence(c.stateNode[s]), symbols) + "'",
          total,
          count);
    }
  }

  private static String name(int[] tuple, List<String> symbols) {
    if (tuple.length == 1 && tuple[0] == TransitionCounts.CONVERSION_SYMBOL) {
      return MarkovChain.CONVERSION_NAME;
    }
    if (tuple.length == 1 && tuple[0] == TransitionCounts.NULL_SYMBOL) {
      return MarkovChain.NULL_NAME;
    }
    StringBuilder sb = new StringBuilder();
    for (int t : tuple) {
      if (t == TransitionCounts.START_SYMBOL) {
        continue; // start padding of a higher-order state
      }
      if (sb.length() > 0) {
        sb.append(" > ");
      }
      sb.append(symbols.get(t));
    }
    if (sb.length() == 0) {
      return MarkovChain.START_NAME;
    }
    return tuple[0] == TransitionCounts.START_SYMBOL
        ? MarkovChain.START_NAME + " > " + sb
        : sb.toString();
  }
}
