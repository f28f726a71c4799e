package dev.cxkit.journey.attribution;

import java.util.Arrays;

/** Open-addressing map from {@code long} keys to dense {@code int} values 0, 1, 2, ... */
final class LongIntMap {
  private long[] keys;
  private int[] values; // value + 1, 0 = empty
  private int size;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
  }

  int size() {
    return size;
  }

  private static int mix(long key) {
    long h = (key ^ (key >>> 30)) * 0xBF58476D1CE4E5B9L; // splitmix64 finaliser: every key bit
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL; // reaches the low bits used as the slot
    return (int) (h ^ (h >>> 31));
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      int v = values[slot];
      if (v == 0) {
        return -1;
      }
      if (keys[slot] == key) {
        return v - 1;
      }
    }
  }

  /**
   * The value of {@code key}; when absent, {@code key} gets the next dense value {@code size()}.
   */
  int getOrAdd(long key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (true) {
      int v = values[slot];
      if (v == 0) {
        break;
      }
      if (keys[slot] == key) {
        return v - 1;
      }
      slot = (slot + 1) & mask;
    }
    int value = size++;
    keys[slot] = key;
    values[slot] = value + 1;
    if (size * 2 > keys.length) {
      rehash();
    }
    return value;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != 0) {
        int slot = mix(oldKeys[i]) & mask;
        while (values[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** Keys indexed by their value. */
  long[] keysByValue() {
    long[] out = new long[size];
    Arrays.fill(out, -1);
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != 0) {
        out[values[i] - 1] = keys[i];
      }
    }
    return out;
  }
}
