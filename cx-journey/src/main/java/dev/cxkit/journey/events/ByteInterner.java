package dev.cxkit.journey.events;

import dev.cxkit.journey.internal.Growth;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Caches UTF-8 byte strings to ids of one {@link Dictionary}, so that the CSV reader interns a
 * field without creating a {@code String} when it has seen the bytes before.
 */
final class ByteInterner {
  private final Dictionary dictionary;
  private byte[] arena = new byte[4096];
  private int arenaSize;
  private int[] starts = new int[256];
  private int[] lengths = new int[256];
  private int[] hashes = new int[256];
  private int[] ids = new int[256];
  private int entries;
  private int[] slots = new int[512];
  private int mask = 511;

  ByteInterner(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  int intern(byte[] b, int from, int to) {
    int h = hash(b, from, to);
    int slot = h & mask;
    int len = to - from;
    while (true) {
      int e = slots[slot];
      if (e == 0) {
        break;
      }
      int k = e - 1;
      if (hashes[k] == h
          && lengths[k] == len
          && Arrays.equals(arena, starts[k], starts[k] + len, b, from, to)) {
        return ids[k];
      }
      slot = (slot + 1) & mask;
    }
    int id = dictionary.intern(new String(b, from, len, StandardCharsets.UTF_8));
    arena = Growth.ensure(arena, arenaSize + len);
    System.arraycopy(b, from, arena, arenaSize, len);
    if (entries == ids.length) {
      int cap = Growth.capacity(entries, entries + 1);
      starts = Arrays.copyOf(starts, cap);
      lengths = Arrays.copyOf(lengths, cap);
      hashes = Arrays.copyOf(hashes, cap);
      ids = Arrays.copyOf(ids, cap);
    }
    starts[entries] = arenaSize;
    lengths[entries] = len;
    hashes[entries] = h;
    ids[entries] = id;
    arenaSize += len;
    slots[slot] = ++entries;
    if (entries * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int n = slots.length * 2;
    slots = new int[n];
    mask = n - 1;
    for (int i = 0; i < entries; i++) {
      int slot = hashes[i] & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0x811C9DC5;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
