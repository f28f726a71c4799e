package dev.cxkit.journey.attribution;

import dev.cxkit.journey.markov.MarkovChain;
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
  private final int[] next; // per row entry: the target state
  private final double[] cumulative; // per row entry: cumulative probability
  private final int[] rowStart;

  MarkovSimulator(MarkovChain chain) {
    this.chain = chain;
    int n = chain.stateCount();
    this.channelsOf = new int[n][];
    this.rowStart = new int[n + 1];
    for (int s = 0; s < n; s++) {
      channelsOf[s] = chain.symbolsOf(s);
      rowStart[s + 1] = rowStart[s] + (chain.isAbsorbing(s) ? 0 : chain.successors(s).length);
    }
    next = new int[rowStart[n]];
    cumulative = new double[rowStart[n]];
    for (int s = 0; s < n; s++) {
      if (chain.isAbsorbing(s)) {
        continue;
      }
      double acc = 0;
      int k = rowStart[s];
      for (int t : chain.successors(s)) {
        acc += chain.probability(s, t);
        next[k] = t;
        cumulative[k++] = acc;
      }
    }
  }

  Estimate run(long walks, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int channels = chain.symbols().size();
    long converted = 0;
    double value = 0;
    long[] convertedThrough = new long[channels];
    double[] valueThrough = new double[channels];
    int[] seenStamp = new int[channels];
    int[] seen = new int[channels];
    for (long w = 0; w < walks; w++) {
      int stamp = (int) (w % Integer.MAX_VALUE) + 1;
      int seenCount = 0;
      int s = MarkovChain.START;
      int last = s;
      for (int step = 0; step < MAX_STEPS && !chain.isAbsorbing(s); step++) {
        for (int ch : channelsOf[s]) {
          if (seenStamp[ch] != stamp) {
            seenStamp[ch] = stamp;
            seen[seenCount++] = ch;
          }
        }
        last = s;
        int k = lowerBound(rowStart[s], rowStart[s + 1], random.nextDouble());
        s = next[Math.min(k, rowStart[s + 1] - 1)]; // rounding: the row's last entry
      }
      if (s == MarkovChain.CONVERSION) {
        converted++;
        double r = chain.reward(last);
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
