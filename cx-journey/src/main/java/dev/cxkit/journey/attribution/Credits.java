package dev.cxkit.journey.attribution;

import dev.cxkit.journey.internal.CompensatedSums;
import dev.cxkit.journey.paths.PathTable;

/**
 * Summation helpers that make per-channel credits add up to the totals.
 *
 * <p>Credits are accumulated with Neumaier compensated summation. A final residual correction then
 * adds {@code total - sum(credits)} to the channel with the largest absolute credit, repeating (at
 * most a few times) until the plain left-to-right double sum of the credits, in channel order,
 * equals the total exactly. The correction is of the order of a few ulps of the total.
 */
final class Credits {
  private Credits() {}

  /** Neumaier-compensated sum of {@code xs}. */
  static double exactSum(double[] xs) {
    return CompensatedSums.sum(xs);
  }

  /** The channel names of {@code table} in id order, for a result. */
  static String[] channels(PathTable table) {
    return table.channels().toArray(new String[0]);
  }

  static double plainSum(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s;
  }

  /** Adjusts {@code credits} so that their plain sum equals {@code total}; see class doc. */
  static void reconcile(double[] credits, double total) {
    int n = credits.length;
    if (n == 0) {
      return;
    }
    Integer[] byMagnitude = new Integer[n];
    for (int i = 0; i < n; i++) {
      byMagnitude[i] = i;
    }
    java.util.Arrays.sort(
        byMagnitude, (a, b) -> Double.compare(Math.abs(credits[b]), Math.abs(credits[a])));
    int largest = byMagnitude[0];
    credits[largest] += total - exactSum(credits);
    for (int k = 0; k < n; k++) {
      int j = byMagnitude[k];
      if (k > 0 && credits[j] == 0) {
        break; // never turn a zero credit into a rounding residue
      }
      double base = credits[j];
      double plain = plainSum(credits);
      if (plain == total) {
        return;
      }
      credits[j] += total - plain;
      double previous = plain;
      for (int step = 0; step < 256; step++) {
        double s = plainSum(credits);
        if (s == total) {
          return;
        }
        if (step > 0 && (s - total) * (previous - total) < 0) {
          break; // stepped over the total: no value of this credit hits it exactly
        }
        previous = s;
        credits[j] = s < total ? Math.nextUp(credits[j]) : Math.nextDown(credits[j]);
      }
      credits[j] = base;
    }
  }

  /** Accumulates {@code x} into {@code sums[i]} with compensation held in {@code comp[i]}. */
  static void add(double[] sums, double[] comp, int i, double x) {
    CompensatedSums.add(sums, comp, i, x);
  }

  /** {@code sums[i] + comp[i]} for every i. */
  static double[] finish(double[] sums, double[] comp) {
    double[] out = new double[sums.length];
    for (int i = 0; i < sums.length; i++) {
      out[i] = sums[i] + comp[i];
    }
    return out;
  }
}
