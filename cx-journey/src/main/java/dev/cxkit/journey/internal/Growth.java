package dev.cxkit.journey.internal;

import java.util.Arrays;

/** Capacity growth for primitive arrays (1.5x, at least {@code needed}). */
public final class Growth {
  private Growth() {}

  /** A capacity of at least {@code needed}, grown by half from {@code current}. */
  public static int capacity(int current, int needed) {
    if (needed < 0 || needed > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("array capacity must be below 2^31 - 16, needed " + needed);
    }
    long grown = Math.max((long) needed, current + (current >> 1) + 16L);
    return (int) Math.min(grown, Integer.MAX_VALUE - 16);
  }

  /** {@code a} grown to hold at least {@code needed} elements. */
  public static int[] ensure(int[] a, int needed) {
    return needed <= a.length ? a : Arrays.copyOf(a, capacity(a.length, needed));
  }

  /** {@code a} grown to hold at least {@code needed} elements. */
  public static long[] ensure(long[] a, int needed) {
    return needed <= a.length ? a : Arrays.copyOf(a, capacity(a.length, needed));
  }

  /** {@code a} grown to hold at least {@code needed} elements. */
  public static byte[] ensure(byte[] a, int needed) {
    return needed <= a.length ? a : Arrays.copyOf(a, capacity(a.length, needed));
  }
}
