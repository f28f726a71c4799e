package dev.cxkit.journey.markov;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/** Row checks and row edits of a {@link MarkovChain} built by hand or changed for what-if. */
final class Rows {
  private Rows() {}

  /** {@code chain} after checking every transient row and that every state reaches an exit. */
  static MarkovChain checked(MarkovChain chain) {
    for (int s = 0; s < chain.names.length; s++) {
      if (s != MarkovChain.CONVERSION && s != MarkovChain.NON_CONVERSION) {
        checkRow(chain.names, s, chain.cols, chain.probs, chain.rowStart[s], chain.rowStart[s + 1]);
      }
    }
    checkExits(chain.names, chain.rowStart, chain.cols, chain.probs);
    return chain;
  }

  private static void checkRow(String[] names, int s, int[] cols, double[] probs, int lo, int hi) {
    double sum = 0;
    for (int k = lo; k < hi; k++) {
      if (cols[k] < 0 || cols[k] >= names.length) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "state '%s' transition target must be a state id in 0..%d, was %d",
                names[s],
                names.length - 1,
                cols[k]));
      }
      double p = probs[k];
      if (!(p >= 0 && p <= 1 + MarkovChain.ROW_TOLERANCE)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "state '%s' transition to '%s' must be a probability in [0, 1], was %s",
                names[s],
                names[cols[k]],
                p));
      }
      sum += p;
    }
    if (Math.abs(sum - 1) > MarkovChain.ROW_TOLERANCE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "state '%s' row must sum to 1 (within 1e-9), was %.12f", names[s], sum));
    }
  }

  /** Every transient state must reach an exit along transitions of positive probability. */
  private static void checkExits(String[] names, int[] rowStart, int[] cols, double[] probs) {
    int n = names.length;
    int[] inStart = new int[n + 1];
    for (int k = 0; k < cols.length; k++) {
      if (probs[k] > 0) {
        inStart[cols[k] + 1]++;
      }
    }
    for (int s = 0; s < n; s++) {
      inStart[s + 1] += inStart[s];
    }
    int[] fill = Arrays.copyOf(inStart, n);
    int[] from = new int[inStart[n]];
    for (int s = 0; s < n; s++) {
      for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
        if (probs[k] > 0) {
          from[fill[cols[k]]++] = s;
        }
      }
    }
    boolean[] ends = new boolean[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int exit : new int[] {MarkovChain.CONVERSION, MarkovChain.NON_CONVERSION}) {
      ends[exit] = true;
      queue.add(exit);
    }
    while (!queue.isEmpty()) {
      int t = queue.poll();
      for (int k = inStart[t]; k < inStart[t + 1]; k++) {
        if (!ends[from[k]]) {
          ends[from[k]] = true;
          queue.add(from[k]);
        }
      }
    }
    for (int s = 0; s < n; s++) {
      if (!ends[s]) {
        throw new IllegalArgumentException(
            "state '"
                + names[s]
                + "' must be able to reach conversion or drop-off, was caught in a closed loop");
      }
    }
  }

  /** Breadth-first depth of every state from the start (0 if unreached): a solve-order hint. */
  static double[] depth(int n, int[] rowStart, int[] cols) {
    double[] depth = new double[n];
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    queue[tail++] = MarkovChain.START;
    seen[MarkovChain.START] = true;
    while (head < tail) {
      int s = queue[head++];
      for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
        int t = cols[k];
        if (!seen[t]) {
          seen[t] = true;
          depth[t] = depth[s] + 1;
          queue[tail++] = t;
        }
      }
    }
    return depth;
  }

  /**
   * {@code chain} over {@code names} (its own, or with one new state at the end) with the rows of
   * {@code states} replaced; counts are dropped, mean times of kept transitions and rewards kept.
   */
  static MarkovChain edit(
      MarkovChain chain, String[] names, int[] states, int[][] targets, double[][] probabilities) {
    int n = names.length;
    int old = chain.names.length;
    int[] replaced = new int[n];
    Arrays.fill(replaced, -1);
    for (int i = 0; i < states.length; i++) {
      int s = states[i];
      if (targets[i].length != probabilities[i].length) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "state '%s' row must have one probability per target (%d), was %d",
                names[s],
                targets[i].length,
                probabilities[i].length));
      }
      replaced[s] = i;
    }
    int[] rowStart = new int[n + 1];
    for (int r = 0; r < n; r++) {
      int len =
          replaced[r] >= 0
              ? targets[replaced[r]].length
              : r < old ? chain.rowStart[r + 1] - chain.rowStart[r] : 0;
      rowStart[r + 1] = rowStart[r] + len;
    }
    int[] cols = new int[rowStart[n]];
    double[] probs = new double[rowStart[n]];
    double[] millis = chain.millis == null ? null : new double[rowStart[n]];
    for (int r = 0; r < n; r++) {
      int at = rowStart[r];
      int i = replaced[r];
      if (i >= 0) {
        int[] t = targets[i];
        System.arraycopy(t, 0, cols, at, t.length);
        System.arraycopy(probabilities[i], 0, probs, at, t.length);
        if (millis != null && r < old) {
          for (int k = 0; k < t.length; k++) {
            int e = t[k] >= 0 && t[k] < old ? chain.entry(r, t[k]) : -1;
            millis[at + k] = e < 0 ? 0 : chain.millis[e];
          }
        }
        checkRow(names, r, cols, probs, at, rowStart[r + 1]);
      } else if (r < old) {
        int from = chain.rowStart[r];
        int len = chain.rowStart[r + 1] - from;
        System.arraycopy(chain.cols, from, cols, at, len);
        System.arraycopy(chain.probs, from, probs, at, len);
        if (millis != null) {
          System.arraycopy(chain.millis, from, millis, at, len);
        }
      }
    }
    checkExits(names, rowStart, cols, probs);
    int[][] symbolsOf = Arrays.copyOf(chain.symbolsOf, n);
    double[] position = Arrays.copyOf(chain.position, n);
    for (int r = old; r < n; r++) {
      symbolsOf[r] = new int[0];
    }
    double[] reward = chain.reward == null ? null : Arrays.copyOf(chain.reward, n);
    return new MarkovChain(
        names,
        rowStart,
        cols,
        probs,
        null,
        millis,
        reward,
        position,
        symbolsOf,
        chain.symbols,
        chain.order,
        chain.source,
        chain.journeys);
  }
}
