package dev.cxkit.journey.assembly;

import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.util.Arrays;

/**
 * Sorts event indices by (customer, time, tie-break) without boxing: a stable counting sort on the
 * dense customer ids, then within each customer a primitive sort of packed {@code (time - min) <<
 * bits | position} keys (stable because the position breaks ties), with a stable merge sort when
 * the time span is too wide to pack.
 */
final class EventOrder {
  private EventOrder() {}

  static int[] sort(EventLog log, TieBreak tieBreak) {
    int n = log.size();
    int[] customer = log.customers();
    long[] time = log.times();
    int customers = log.dictionaries().customers().size();
    int[] start = new int[customers + 1];
    for (int i = 0; i < n; i++) {
      start[customer[i] + 1]++;
    }
    for (int c = 0; c < customers; c++) {
      start[c + 1] += start[c];
    }
    int[] order = new int[n];
    long[] stime = new long[n]; // time in sorted position: later passes read it sequentially
    int[] next = Arrays.copyOf(start, customers);
    for (int i = 0; i < n; i++) {
      int pos = next[customer[i]]++;
      order[pos] = i;
      stime[pos] = time[i];
    }
    long[] keys = new long[16];
    int[] scratch = new int[16];
    int[][] ranks = tieBreak == TieBreak.CONTENT ? contentRanks(log) : null;
    for (int c = 0; c < customers; c++) {
      int from = start[c];
      int to = start[c + 1];
      int m = to - from;
      if (m < 2 || sortedByTime(stime, from, to)) {
        // already in order
      } else if (m <= 16) {
        insertionSortByTime(order, stime, from, to);
      } else {
        if (keys.length < m) {
          keys = new long[m];
          scratch = new int[m];
        }
        sortGroup(order, stime, from, to, time, keys, scratch);
      }
      if (ranks != null) {
        breakTiesByContent(order, from, to, stime, ranks);
      }
    }
    return order;
  }

  private static boolean sortedByTime(long[] stime, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (stime[k] < stime[k - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Stable insertion sort of the pairs (order, stime) in [from, to) by time. */
  private static void insertionSortByTime(int[] order, long[] stime, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      int v = order[k];
      long t = stime[k];
      int j = k - 1;
      while (j >= from && stime[j] > t) {
        order[j + 1] = order[j];
        stime[j + 1] = stime[j];
        j--;
      }
      order[j + 1] = v;
      stime[j + 1] = t;
    }
  }

  /** Stable insertion sort of {@code a[lo..hi)} (event indices) by {@code time}. */
  private static void insertionSortByIndexTime(int[] a, int lo, int hi, long[] time) {
    for (int k = lo + 1; k < hi; k++) {
      int v = a[k];
      long t = time[v];
      int j = k - 1;
      while (j >= lo && time[a[j]] > t) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  private static void sortGroup(
      int[] order, long[] stime, int from, int to, long[] time, long[] keys, int[] scratch) {
    int m = to - from;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int k = from; k < to; k++) {
      long t = stime[k];
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    int bits = 32 - Integer.numberOfLeadingZeros(m - 1);
    long span = max - min; // may overflow to negative for extreme ranges
    if (span >= 0 && span < (1L << (63 - bits))) {
      for (int k = 0; k < m; k++) {
        keys[k] = ((stime[from + k] - min) << bits) | k;
      }
      Arrays.sort(keys, 0, m);
      System.arraycopy(order, from, scratch, 0, m);
      long mask = (1L << bits) - 1;
      for (int k = 0; k < m; k++) {
        order[from + k] = scratch[(int) (keys[k] & mask)];
        stime[from + k] = (keys[k] >>> bits) + min;
      }
    } else {
      int[] aux = new int[to];
      mergeSort(order, aux, from, to, time);
      for (int k = from; k < to; k++) {
        stime[k] = time[order[k]];
      }
    }
  }

  /** Stable merge sort of {@code a[lo..hi)} by time; {@code aux} has at least {@code hi} slots. */
  private static void mergeSort(int[] a, int[] aux, int lo, int hi, long[] time) {
    if (hi - lo <= 16) {
      insertionSortByIndexTime(a, lo, hi, time);
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, aux, lo, mid, time);
    mergeSort(a, aux, mid, hi, time);
    if (time[a[mid - 1]] <= time[a[mid]]) {
      return;
    }
    System.arraycopy(a, lo, aux, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && time[aux[i]] <= time[aux[j]])) {
        a[k] = aux[i++];
      } else {
        a[k] = aux[j++];
      }
    }
  }

  /** Per event, the sort rank of its touchpoint, type, channel and stage names. */
  private static int[][] contentRanks(EventLog log) {
    int[][] cols = {log.touchpoints(), log.types(), log.channels(), log.stages()};
    int[][] ranks = {
      log.dictionaries().touchpoints().ranks(),
      log.dictionaries().types().ranks(),
      log.dictionaries().channels().ranks(),
      log.dictionaries().stages().ranks()
    };
    for (int d = 0; d < cols.length; d++) {
      int[] col = cols[d];
      for (int i = 0; i < col.length; i++) {
        col[i] = ranks[d][col[i]];
      }
    }
    return cols;
  }

  private static void breakTiesByContent(
      int[] order, int from, int to, long[] stime, int[][] ranks) {
    int runStart = from;
    for (int k = from + 1; k <= to; k++) {
      if (k == to || stime[k] != stime[runStart]) {
        if (k - runStart > 1) {
          for (int a = runStart + 1; a < k; a++) {
            int v = order[a];
            int b = a - 1;
            while (b >= runStart && compareContent(order[b], v, ranks) > 0) {
              order[b + 1] = order[b];
              b--;
            }
            order[b + 1] = v;
          }
        }
        runStart = k;
      }
    }
  }

  private static int compareContent(int a, int b, int[][] ranks) {
    for (int[] rank : ranks) {
      int c = Integer.compare(rank[a], rank[b]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
