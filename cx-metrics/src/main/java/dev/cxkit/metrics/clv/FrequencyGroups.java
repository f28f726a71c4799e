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
    for (int i = 0; i < rowX.length; i++) {
      if (include[i]) {
        max = Math.max(max, rowX[i]);
      }
    }
    int[] slot = new int[max + 1];
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
      int g = slot[rowX[i]];
      if (g < 0) {
        g = groups++;
        slot[rowX[i]] = g;
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
