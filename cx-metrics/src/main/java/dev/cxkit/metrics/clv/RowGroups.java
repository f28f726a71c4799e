package dev.cxkit.metrics.clv;

import org.jspecify.annotations.Nullable;

/**
 * Groups rows with identical keys {@code (x, a[, b])} by open addressing on primitive arrays: the
 * group of each row and one representative row per group, in order of first appearance.
 */
final class RowGroups {
  final int[] groupOfRow;
  final int[] representative;

  private RowGroups(int[] groupOfRow, int[] representative) {
    this.groupOfRow = groupOfRow;
    this.representative = representative;
  }

  int size() {
    return representative.length;
  }

  /** Groups rows by {@code (x[i], a[i])}, or {@code (x[i], a[i], b[i])} when {@code b} is given. */
  static RowGroups of(int[] x, double[] a, double @Nullable [] b) {
    int n = x.length;
    int cap = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int[] table = new int[cap];
    int[] rep = new int[n];
    int[] groupOfRow = new int[n];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      long h = x[i] * 0x9E3779B97F4A7C15L;
      h = (h ^ Double.doubleToLongBits(a[i] + 0.0)) * 0xC2B2AE3D27D4EB4FL;
      if (b != null) {
        h = (h ^ Double.doubleToLongBits(b[i] + 0.0)) * 0x165667B19E3779F9L;
      }
      int slot = (int) (h ^ (h >>> 32)) & (cap - 1);
      while (true) {
        int g = table[slot] - 1;
        if (g < 0) {
          table[slot] = groups + 1;
          rep[groups] = i;
          groupOfRow[i] = groups++;
          break;
        }
        int j = rep[g];
        if (x[j] == x[i] && a[j] == a[i] && (b == null || b[j] == b[i])) {
          groupOfRow[i] = g;
          break;
        }
        slot = (slot + 1) & (cap - 1);
      }
    }
    return new RowGroups(groupOfRow, java.util.Arrays.copyOf(rep, groups));
  }
}
