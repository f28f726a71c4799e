package dev.cxkit.journey.internal;

import dev.cxkit.model.internal.ExactMath;
import java.util.Arrays;

/**
 * Open-addressing hash map from a non-negative {@code long} key to a {@code long} count, with an
 * optional second {@code long} accumulator per key. No boxing; insertion order is kept so iteration
 * is deterministic.
 */
public final class LongCountMap {
  private int[] slots;
  private long[] keys;
  private long[] counts;
  private long[] sums;
  private int size;
  private int mask;

  /** An empty map. */
  public LongCountMap() {
    slots = new int[64];
    mask = 63;
    keys = new long[32];
    counts = new long[32];
    sums = new long[32];
  }

  /** Number of distinct keys. */
  public int size() {
    return size;
  }

  /** Adds {@code count} and {@code sum} to {@code key}; returns the entry index. */
  public int add(long key, long count, long sum) {
    if (key < 0) {
      throw new IllegalArgumentException("key must be non-negative, was " + key);
    }
    int slot = mix(key) & mask;
    while (true) {
      int e = slots[slot];
      if (e == 0) {
        break;
      }
      if (keys[e - 1] == key) {
        addAt(e - 1, count, sum);
        return e - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (size == keys.length) {
      int cap = Growth.capacity(size, size + 1);
      keys = Arrays.copyOf(keys, cap);
      counts = Arrays.copyOf(counts, cap);
      sums = Arrays.copyOf(sums, cap);
    }
    keys[size] = key;
    counts[size] = count;
    sums[size] = sum;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  /**
   * Adds {@code count} and {@code sum} to entry {@code i}, exactly and all or nothing.
   *
   * @throws IllegalArgumentException when either total would leave the long range
   */
  public void addAt(int i, long count, long sum) {
    long c = ExactMath.add("count", counts[i], count);
    long s = ExactMath.add("sum", sums[i], sum);
    counts[i] = c;
    sums[i] = s;
  }

  /** The entry index of {@code key}, or -1. */
  public int find(long key) {
    int slot = mix(key) & mask;
    while (true) {
      int e = slots[slot];
      if (e == 0) {
        return -1;
      }
      if (keys[e - 1] == key) {
        return e - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The key of entry {@code i} (insertion order). */
  public long key(int i) {
    return keys[i];
  }

  /** The count of entry {@code i}. */
  public long count(int i) {
    return counts[i];
  }

  /** The second accumulator of entry {@code i}. */
  public long sum(int i) {
    return sums[i];
  }

  private void rehash() {
    int n = slots.length * 2;
    slots = new int[n];
    mask = n - 1;
    for (int i = 0; i < size; i++) {
      int slot = mix(keys[i]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  private static int mix(long key) {
    long h = (key ^ (key >>> 30)) * 0xBF58476D1CE4E5B9L; // splitmix64 finaliser: every key bit
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL; // reaches the low bits used as the slot
    return (int) (h ^ (h >>> 31));
  }
}
