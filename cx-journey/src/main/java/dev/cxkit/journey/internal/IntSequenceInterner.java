package dev.cxkit.journey.internal;

import java.util.Arrays;

/**
 * Interns {@code int} sequences (paths, Markov states) to dense ids without an object per lookup:
 * sequences are copied once into an arena and found again by hash.
 */
public final class IntSequenceInterner {
  private int[] arena = new int[256];
  private int arenaSize;
  private int[] offsets = new int[33];
  private int[] hashes = new int[32];
  private int[] slots = new int[64];
  private int mask = 63;
  private int size;

  /** Number of distinct sequences. */
  public int size() {
    return size;
  }

  /** The id of {@code a[from..to)}, adding it when new. */
  public int intern(int[] a, int from, int to) {
    int h = hash(a, from, to);
    int slot = h & mask;
    while (true) {
      int e = slots[slot];
      if (e == 0) {
        break;
      }
      if (hashes[e - 1] == h && equal(e - 1, a, from, to)) {
        return e - 1;
      }
      slot = (slot + 1) & mask;
    }
    int len = to - from;
    arena = Growth.ensure(arena, arenaSize + len);
    System.arraycopy(a, from, arena, arenaSize, len);
    arenaSize += len;
    if (size + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, Growth.capacity(offsets.length, size + 2));
      hashes = Arrays.copyOf(hashes, offsets.length);
    }
    hashes[size] = h;
    offsets[size + 1] = arenaSize;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  /** A copy of sequence {@code id}. */
  public int[] sequence(int id) {
    return Arrays.copyOfRange(arena, offsets[id], offsets[id + 1]);
  }

  /** The length of sequence {@code id}. */
  public int length(int id) {
    return offsets[id + 1] - offsets[id];
  }

  /** Element {@code i} of sequence {@code id}. */
  public int element(int id, int i) {
    return arena[offsets[id] + i];
  }

  private boolean equal(int id, int[] a, int from, int to) {
    int start = offsets[id];
    int len = offsets[id + 1] - start;
    if (len != to - from) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (arena[start + i] != a[from + i]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    int n = slots.length * 2;
    slots = new int[n];
    mask = n - 1;
    for (int i = 0; i < size; i++) {
      int slot = hashes[i] & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  private static int hash(int[] a, int from, int to) {
    int h = 0x811C9DC5 ^ (to - from);
    for (int i = from; i < to; i++) {
      h = (h ^ a[i]) * 0x01000193;
      h ^= h >>> 15;
    }
    return h ^ (h >>> 16);
  }
}
