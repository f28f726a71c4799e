package dev.cxkit.metrics.clv;

import java.util.Arrays;

/**
 * Rows of {@link CustomerSummaries} grouped by their repeat frequency {@code x}: terms of a
 * likelihood that depend on {@code x} only (log-gamma ratios, digammas) are computed once per
 * distinct {@code x} and weighted by the group's total weight.
 */
final class FrequencyGroups {
  final int[] groupOfRow;
  final int[] x;
  final double[] weight;

  FrequencyGroups(int[] rowX, double[] rowWeight, boolean[] include) {
    int max = 0;
    int included = 0;
    for (int i = 0; i < rowX.length; i++) {
      if (include[i]) {
        max = Math.max(max, rowX[i]);
        included++;
      }
    }
    // a dense slot per frequency when the largest is small, else the sorted distinct frequencies:
    // memory stays proportional to the rows whatever x is (x = 2,000,000,000 is a valid row)
    int[] distinct = null;
    int[] slot;
    if (max <= 4L * included + 1024) {
      slot = new int[max + 1];
    } else {
      int[] sorted = new int[included];
      for (int i = 0, k = 0; i < rowX.length; i++) {
        if (include[i]) {
          sorted[k++] = rowX[i];
        }
      }
      Arrays.sort(sorted);
      int d = 0;
      for (int k = 0; k < sorted.length; k++) {
        if (k == 0 || sorted[k] != sorted[k - 1]) {
          sorted[d++] = sorted[k];
        }
      }
      distinct = Arrays.copyOf(sorted, d);
      slot = new int[d];
    }
    Arrays.fill(slot, -1);
    int[] xs = new int[16];
    double[] ws = new double[16];
    int groups = 0;
    groupOfRow = new int[rowX.length];
    for (int i = 0; i < rowX.length; i++) {
      if (!include[i]) {
        groupOfRow[i] = -1;
        continue;
      }
      int s = distinct == null ? rowX[i] : Arrays.binarySearch(distinct, rowX[i]);
      int g = slot[s];
      if (g < 0) {
        g = groups++;
        slot[s] = g;
        if (g == xs.length) {
          xs = Arrays.copyOf(xs, g * 2);
          ws = Arrays.copyOf(ws, g * 2);
        }
        xs[g] = rowX[i];
      }
      ws[g] += rowWeight[i];
      groupOfRow[i] = g;
    }
    x = Arrays.copyOf(xs, groups);
    weight = Arrays.copyOf(ws, groups);
  }

  static boolean[] all(int n) {
    boolean[] b = new boolean[n];
    Arrays.fill(b, true);
    return b;
  }

  int size() {
    return x.length;
  }
}
