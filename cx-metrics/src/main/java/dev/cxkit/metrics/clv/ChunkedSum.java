package dev.cxkit.metrics.clv;

import java.util.stream.IntStream;

/**
 * Sums per-row contributions over fixed chunks of rows, in parallel for large inputs. Chunk
 * boundaries do not depend on the thread count and partial sums are added in chunk order, so the
 * result is bit-for-bit reproducible.
 */
final class ChunkedSum {
  static final int CHUNK = 1 << 15;
  static final int PARALLEL_THRESHOLD = 1 << 17;

  /** Adds the contributions of rows {@code [from, to)} into {@code acc}. */
  @FunctionalInterface
  interface Kernel {
    void accumulate(int from, int to, double[] acc);
  }

  private ChunkedSum() {}

  /** Sums {@code width} accumulators over {@code n} rows. */
  static double[] sum(int n, int width, Kernel kernel) {
    if (n < PARALLEL_THRESHOLD) {
      double[] acc = new double[width];
      kernel.accumulate(0, n, acc);
      return acc;
    }
    int chunks = (n + CHUNK - 1) / CHUNK;
    double[][] partial = new double[chunks][width];
    IntStream.range(0, chunks)
        .parallel()
        .forEach(c -> kernel.accumulate(c * CHUNK, Math.min(n, (c + 1) * CHUNK), partial[c]));
    double[] acc = new double[width];
    for (double[] part : partial) {
      for (int j = 0; j < width; j++) {
        acc[j] += part[j];
      }
    }
    return acc;
  }
}
