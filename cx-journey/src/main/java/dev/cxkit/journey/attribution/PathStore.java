package dev.cxkit.journey.attribution;

import dev.cxkit.model.internal.ExactMath;
import java.util.Arrays;

/**
 * Mutable, append-only store of distinct paths: offsets + channel ids + per-path counts, with
 * identical channel sequences aggregated through an open-addressing table keyed by the sequence.
 *
 * <p>Conversion values are summed per path with Neumaier compensation so that ten million small
 * decimal values add up to the correctly rounded total. Timed paths (with one timestamp per touch)
 * are never aggregated: two journeys through the same channels at different times differ.
 */
final class PathStore {
  private int[] offsets = new int[17];
  private int[] touches = new int[64];
  private long[] touchTimes; // null unless timed
  private int[] hashes = new int[16];
  private long[] conversions = new long[16];
  private double[] values = new double[16];
  private double[] valueCompensation = new double[16];
  private long[] nulls = new long[16];
  private int[] table = new int[32]; // path + 1, 0 = empty
  private int paths;
  private final boolean timed;

  PathStore(boolean timed) {
    this.timed = timed;
    if (timed) {
      touchTimes = new long[64];
    }
  }

  boolean timed() {
    return timed;
  }

  int pathCount() {
    return paths;
  }

  static int hash(int[] ids, int len) {
    int h = len;
    for (int i = 0; i < len; i++) {
      h = h * 0x01000193 + ids[i];
      h ^= h >>> 15;
    }
    return h * 0x9E3779B9;
  }

  /** Adds (or aggregates into) the path {@code ids[0, len)}; returns its path index. */
  int add(int[] ids, int len, long conv, double value, long nul) {
    if (timed) {
      throw new IllegalStateException("this store holds timed paths: add touch times");
    }
    int h = hash(ids, len);
    int mask = table.length - 1;
    int slot = h & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        break;
      }
      int p = entry - 1;
      if (hashes[p] == h
          && offsets[p + 1] - offsets[p] == len
          && Arrays.equals(touches, offsets[p], offsets[p + 1], ids, 0, len)) {
        accumulate(p, conv, value, nul);
        return p;
      }
      slot = (slot + 1) & mask;
    }
    int p = append(ids, null, len, h);
    table[slot] = p + 1;
    accumulate(p, conv, value, nul);
    if (paths * 2 > table.length) {
      rehash();
    }
    return p;
  }

  /** Appends a timed path (never aggregated). */
  int addTimed(int[] ids, long[] times, int len, long conv, double value, long nul) {
    if (!timed) {
      throw new IllegalStateException("this store holds untimed paths");
    }
    int p = append(ids, times, len, hash(ids, len));
    accumulate(p, conv, value, nul);
    return p;
  }

  /** Adds journeys to the existing path {@code p}. */
  void addTo(int p, long conv, double value, long nul) {
    accumulate(p, conv, value, nul);
  }

  private void accumulate(int p, long conv, double value, long nul) {
    // exact, and all or nothing: both sums are checked before either is stored (issue 14)
    long c = ExactMath.add("conversions", conversions[p], conv);
    long n = ExactMath.add("nulls", nulls[p], nul);
    ExactMath.add("journeys", c, n);
    conversions[p] = c;
    nulls[p] = n;
    // Neumaier compensated summation
    double s = values[p];
    double t = s + value;
    if (Math.abs(s) >= Math.abs(value)) {
      valueCompensation[p] += (s - t) + value;
    } else {
      valueCompensation[p] += (value - t) + s;
    }
    values[p] = t;
  }

  private int append(int[] ids, long[] times, int len, int h) {
    int p = paths++;
    if (p + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    if (p == hashes.length) {
      int n = p * 2;
      hashes = Arrays.copyOf(hashes, n);
      conversions = Arrays.copyOf(conversions, n);
      values = Arrays.copyOf(values, n);
      valueCompensation = Arrays.copyOf(valueCompensation, n);
      nulls = Arrays.copyOf(nulls, n);
    }
    int start = offsets[p];
    if (start + len > touches.length) {
      int n = Math.max(touches.length * 2, start + len);
      touches = Arrays.copyOf(touches, n);
      if (timed) {
        touchTimes = Arrays.copyOf(touchTimes, n);
      }
    }
    System.arraycopy(ids, 0, touches, start, len);
    if (times != null) {
      System.arraycopy(times, 0, touchTimes, start, len);
    }
    offsets[p + 1] = start + len;
    hashes[p] = h;
    return p;
  }

  private void rehash() {
    int[] fresh = new int[table.length * 2];
    int mask = fresh.length - 1;
    for (int p = 0; p < paths; p++) {
      int slot = hashes[p] & mask;
      while (fresh[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      fresh[slot] = p + 1;
    }
    table = fresh;
  }

  /**
   * Adds every path of {@code other}, whose channel ids are translated through {@code idMap}
   * (other's id to this store's id).
   */
  void addAll(PathStore other, int[] idMap) {
    int[] scratch = new int[16];
    long[] times = new long[16];
    for (int p = 0; p < other.paths; p++) {
      int from = other.offsets[p];
      int len = other.offsets[p + 1] - from;
      if (len > scratch.length) {
        scratch = new int[len];
        times = new long[len];
      }
      for (int i = 0; i < len; i++) {
        scratch[i] = idMap[other.touches[from + i]];
      }
      double value = other.values[p] + other.valueCompensation[p];
      if (timed) {
        System.arraycopy(other.touchTimes, from, times, 0, len);
        addTimed(scratch, times, len, other.conversions[p], value, other.nulls[p]);
      } else {
        add(scratch, len, other.conversions[p], value, other.nulls[p]);
      }
    }
  }

  PathTable toTable(String[] channelNames, boolean hasNulls) {
    int n = paths;
    double[] v = new double[n];
    for (int p = 0; p < n; p++) {
      v[p] = values[p] + valueCompensation[p];
    }
    int touchCount = offsets[n];
    return new PathTable(
        channelNames,
        Arrays.copyOf(offsets, n + 1),
        Arrays.copyOf(touches, touchCount),
        timed ? Arrays.copyOf(touchTimes, touchCount) : null,
        Arrays.copyOf(conversions, n),
        v,
        Arrays.copyOf(nulls, n),
        hasNulls);
  }
}
