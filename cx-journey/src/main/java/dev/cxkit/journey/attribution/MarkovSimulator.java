package dev.cxkit.journey.attribution;

import java.util.SplittableRandom;

/**
 * Seeded Monte-Carlo random walks on a {@link MarkovChain}: the estimator used by simulation-based
 * tools, kept as an independent oracle for the exact solver. One set of walks serves every channel:
 * a walk converts with channel c removed exactly when it converts without visiting a state that
 * contains c.
 */
final class MarkovSimulator {
  /** Estimated P(conv), V and their values with each channel removed. */
  record Estimate(
      double conversion, double value, double[] conversionWithout, double[] valueWithout) {}

  private static final int MAX_STEPS = 10_000_000;
  private final MarkovChain chain;
  private final int[][] channelsOf;
  private final double[] cumulative; // per row: transitions..., self, conv; null is the rest
  private final int[] cumStart;

  MarkovSimulator(MarkovChain chain) {
    this.chain = chain;
    int n = chain.stateCount;
    this.channelsOf = new int[n][];
    for (int s = 0; s < n; s++) {
      channelsOf[s] = chain.channelsOf(s);
    }
    cumStart = new int[n + 1];
    for (int s = 0; s < n; s++) {
      cumStart[s + 1] = cumStart[s] + (chain.rowStart[s + 1] - chain.rowStart[s]) + 2;
    }
    cumulative = new double[cumStart[n]];
    for (int s = 0; s < n; s++) {
      double acc = 0;
      int k = cumStart[s];
      for (int e = chain.rowStart[s]; e < chain.rowStart[s + 1]; e++) {
        acc += chain.prob[e];
        cumulative[k++] = acc;
      }
      acc += chain.selfLoop[s];
      cumulative[k++] = acc;
      acc += chain.convProb[s];
      cumulative[k] = acc;
    }
  }

  Estimate run(long walks, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int channels = chain.channels;
    long converted = 0;
    double value = 0;
    long[] convertedThrough = new long[channels];
    double[] valueThrough = new double[channels];
    int[] seenStamp = new int[channels];
    int[] seen = new int[channels];
    for (long w = 0; w < walks; w++) {
      int stamp = (int) (w % Integer.MAX_VALUE) + 1;
      int seenCount = 0;
      int s = chain.start;
      boolean conv = false;
      for (int step = 0; step < MAX_STEPS; step++) {
        for (int ch : channelsOf[s]) {
          if (seenStamp[ch] != stamp) {
            seenStamp[ch] = stamp;
            seen[seenCount++] = ch;
          }
        }
        double u = random.nextDouble();
        int from = cumStart[s];
        int rows = cumStart[s + 1] - from - 2;
        int next = lowerBound(from, from + rows, u);
        if (next < from + rows) {
          s = chain.col[chain.rowStart[s] + (next - from)];
        } else if (u < cumulative[from + rows]) {
          // self-loop: stay
        } else {
          conv = u < cumulative[from + rows + 1];
          break;
        }
      }
      if (conv) {
        converted++;
        double r = chain.reward[s];
        value += r;
        for (int i = 0; i < seenCount; i++) {
          convertedThrough[seen[i]]++;
          valueThrough[seen[i]] += r;
        }
      }
    }
    double[] pWithout = new double[channels];
    double[] vWithout = new double[channels];
    for (int c = 0; c < channels; c++) {
      pWithout[c] = (double) (converted - convertedThrough[c]) / walks;
      vWithout[c] = (value - valueThrough[c]) / walks;
    }
    return new Estimate((double) converted / walks, value / walks, pWithout, vWithout);
  }

  /** First index in [from, to) whose cumulative probability exceeds u, or {@code to}. */
  private int lowerBound(int from, int to, double u) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
