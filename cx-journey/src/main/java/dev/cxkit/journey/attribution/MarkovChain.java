package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * The absorbing Markov chain of a path table: transient states (start plus one state per distinct
 * window of up to {@code order} consecutive channels) and two absorbing states, conversion and
 * null, which are not stored as rows but as per-state exit probabilities.
 *
 * <p>Transition counts: each path with weight w = conversions + nulls (conversions only without the
 * null state) adds w to start → s0 and to every s_i → s_{i+1}, conversions to s_last → conversion
 * and nulls to s_last → null. The state at touch i is the window of the last min(i + 1, order)
 * channels, so a path shorter than the order lives in prefix states. Probabilities are counts over
 * the state's outgoing total. Transient rows are stored sparse (CSR), self-loops on the diagonal
 * apart. States are grouped by strongly connected component in reverse topological order (every
 * transition leaving a component enters one numbered before it) and, within a component, numbered
 * by decreasing mean position in the paths; start comes last. {@link AbsorptionSolver} therefore
 * solves component by component: acyclic parts by plain back-substitution, cycles iteratively.
 */
final class MarkovChain {
  final int order;
  final int channels;
  final int stateCount; // transient states, start included
  final int start;
  final int[] rowStart;
  final int[] col;
  final double[] prob;
  final double[] selfLoop;
  final double[] convProb;
  final double[] nullProb;
  final double[] reward; // mean value per conversion leaving the state
  final long[] stateKeys; // channel window, base (channels + 1) digits, newest lowest; start = 0
  final int[] blockStart; // strongly connected components: states [blockStart[b], blockStart[b+1])
  final int transitions;

  private MarkovChain(
      int order,
      int channels,
      int start,
      int[] rowStart,
      int[] col,
      double[] prob,
      double[] selfLoop,
      double[] convProb,
      double[] nullProb,
      double[] reward,
      long[] stateKeys,
      int[] blockStart) {
    this.order = order;
    this.channels = channels;
    this.stateCount = selfLoop.length;
    this.start = start;
    this.rowStart = rowStart;
    this.col = col;
    this.prob = prob;
    this.selfLoop = selfLoop;
    this.convProb = convProb;
    this.nullProb = nullProb;
    this.reward = reward;
    this.stateKeys = stateKeys;
    this.blockStart = blockStart;
    int selfCount = 0;
    for (double s : selfLoop) {
      if (s > 0) {
        selfCount++;
      }
    }
    this.transitions = col.length + selfCount;
  }

  /** Checks that windows of {@code order} channel ids fit in a {@code long} key. */
  static void checkOrder(int order, int channels) {
    checkArgument(order >= 1, "order must be >= 1, was %s", order);
    double bits = order * (Math.log(channels + 1.0) / Math.log(2));
    checkArgument(
        bits < 62,
        "order must keep (channels + 1)^order below 2^62, was order %s with %s channels",
        order,
        channels);
  }

  static MarkovChain build(PathTable table, int order, boolean collapseRepeats, boolean nullState) {
    int channels = table.channelCount();
    checkOrder(order, channels);
    long base = channels + 1L;
    long modulus = 1;
    for (int i = 0; i < order; i++) {
      modulus *= base;
    }
    int paths = table.pathCount();
    LongIntMap states = new LongIntMap(Math.max(16, Math.min(1 << 20, channels * 8)));
    states.getOrAdd(0L); // start
    LongIntMap edges = new LongIntMap(1024);
    int[] edgeFrom = new int[1024];
    int[] edgeTo = new int[1024];
    double[] edgeWeight = new double[1024];
    double[] conv = new double[64];
    double[] nul = new double[64];
    double[] value = new double[64];
    double[] posSum = new double[64];
    double[] visits = new double[64];
    long[] keyOf = new long[64]; // window key per state id
    int[] touches = table.touches;
    for (int p = 0; p < paths; p++) {
      long c = table.conversions[p];
      long n = nullState ? table.nulls[p] : 0;
      double w = (double) c + n;
      if (w == 0) {
        continue;
      }
      int from = table.offsets[p];
      int to = table.offsets[p + 1];
      int prevState = 0;
      int prevChannel = -1;
      int position = 0;
      for (int i = from; i < to; i++) {
        int ch = touches[i];
        if (collapseRepeats && ch == prevChannel) {
          continue;
        }
        prevChannel = ch;
        // the next window is determined by the current state and the channel, so one lookup of
        // (state, channel) finds the transition and its target; the window key only on a miss
        int known = edges.size();
        int e = edges.getOrAdd(((long) prevState << 32) | ch);
        int state;
        if (e == known) {
          long key = (keyOf[prevState] * base + ch + 1) % modulus;
          state = states.getOrAdd(key);
          if (state >= conv.length) {
            int cap = conv.length * 2;
            conv = Arrays.copyOf(conv, cap);
            nul = Arrays.copyOf(nul, cap);
            value = Arrays.copyOf(value, cap);
            posSum = Arrays.copyOf(posSum, cap);
            visits = Arrays.copyOf(visits, cap);
            keyOf = Arrays.copyOf(keyOf, cap);
          }
          keyOf[state] = key;
          if (e >= edgeFrom.length) {
            int cap = edgeFrom.length * 2;
            edgeFrom = Arrays.copyOf(edgeFrom, cap);
            edgeTo = Arrays.copyOf(edgeTo, cap);
            edgeWeight = Arrays.copyOf(edgeWeight, cap);
          }
          edgeFrom[e] = prevState;
          edgeTo[e] = state;
        } else {
          state = edgeTo[e];
        }
        edgeWeight[e] += w;
        posSum[state] += position * w;
        visits[state] += w;
        position++;
        prevState = state;
      }
      conv[prevState] += c;
      nul[prevState] += n;
      value[prevState] += table.values[p];
    }
    int n = states.size();
    int edgeCount = edges.size();
    // out totals per state
    double[] out = new double[n];
    for (int e = 0; e < edgeCount; e++) {
      out[edgeFrom[e]] += edgeWeight[e];
    }
    for (int s = 0; s < n; s++) {
      out[s] += conv[s] + nul[s];
    }
    // order: strongly connected components in reverse topological order (absorbing side first),
    // within a component by decreasing mean position; start last
    int[] component = Components.of(n, edgeCount, edgeFrom, edgeTo);
    Integer[] byPosition = new Integer[n];
    double[] meanPos = new double[n];
    for (int s = 0; s < n; s++) {
      byPosition[s] = s;
      meanPos[s] = s == 0 ? -1 : posSum[s] / visits[s];
    }
    Arrays.sort(
        byPosition,
        (a, b) ->
            component[a] != component[b]
                ? Integer.compare(component[a], component[b])
                : Double.compare(meanPos[b], meanPos[a]));
    int[] newId = new int[n];
    int[] blockCount = new int[1];
    int[] blocks = new int[n + 1];
    for (int i = 0; i < n; i++) {
      newId[byPosition[i]] = i;
      if (i == 0 || component[byPosition[i]] != component[byPosition[i - 1]]) {
        blocks[blockCount[0]++] = i;
      }
    }
    blocks[blockCount[0]] = n;
    int[] blockStart = Arrays.copyOf(blocks, blockCount[0] + 1);
    long[] oldKeys = states.keysByValue();
    long[] keys = new long[n];
    double[] selfLoop = new double[n];
    double[] convProb = new double[n];
    double[] nullProb = new double[n];
    double[] reward = new double[n];
    int[] rowCount = new int[n + 1];
    for (int e = 0; e < edgeCount; e++) {
      if (edgeFrom[e] != edgeTo[e]) {
        rowCount[newId[edgeFrom[e]] + 1]++;
      }
    }
    for (int s = 0; s < n; s++) {
      rowCount[s + 1] += rowCount[s];
    }
    int[] rowStart = rowCount.clone();
    int[] fill = Arrays.copyOf(rowCount, n);
    int[] col = new int[rowStart[n]];
    double[] prob = new double[rowStart[n]];
    for (int e = 0; e < edgeCount; e++) {
      int f = newId[edgeFrom[e]];
      int t = newId[edgeTo[e]];
      double pr = edgeWeight[e] / out[edgeFrom[e]];
      if (f == t) {
        selfLoop[f] = pr;
      } else {
        col[fill[f]] = t;
        prob[fill[f]++] = pr;
      }
    }
    for (int s = 0; s < n; s++) {
      int ns = newId[s];
      keys[ns] = oldKeys[s];
      if (out[s] > 0) {
        convProb[ns] = conv[s] / out[s];
        nullProb[ns] = nul[s] / out[s];
      }
      reward[ns] = conv[s] > 0 ? value[s] / conv[s] : 0;
    }
    return new MarkovChain(
        order,
        channels,
        newId[0],
        rowStart,
        col,
        prob,
        selfLoop,
        convProb,
        nullProb,
        reward,
        keys,
        blockStart);
  }

  /** The distinct channel ids of state {@code s} (empty for start). */
  int[] channelsOf(int s) {
    long key = stateKeys[s];
    long base = channels + 1L;
    int[] out = new int[order];
    int k = 0;
    while (key != 0) {
      int ch = (int) (key % base) - 1;
      key /= base;
      boolean seen = false;
      for (int i = 0; i < k; i++) {
        if (out[i] == ch) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        out[k++] = ch;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** For each channel, the states whose window contains it. */
  int[][] statesByChannel() {
    int[] count = new int[channels];
    int[][] perState = new int[stateCount][];
    for (int s = 0; s < stateCount; s++) {
      perState[s] = channelsOf(s);
      for (int ch : perState[s]) {
        count[ch]++;
      }
    }
    int[][] out = new int[channels][];
    for (int c = 0; c < channels; c++) {
      out[c] = new int[count[c]];
      count[c] = 0;
    }
    for (int s = 0; s < stateCount; s++) {
      for (int ch : perState[s]) {
        out[ch][count[ch]++] = s;
      }
    }
    return out;
  }
}
