package dev.cxkit.journey.events;

import dev.cxkit.journey.internal.Growth;
import java.nio.charset.StandardCharsets;

/**
 * Caches UTF-8 byte strings to ids of one {@link Dictionary}, so that the CSV reader interns a
 * field without creating a {@code String} when it has seen the bytes before. The last name looked
 * up is checked first (sorted input repeats the customer on consecutive records); the table keeps
 * hash, arena offset, length and id of an entry side by side (one cache line per probe).
 */
final class ByteInterner {
  private final Dictionary dictionary;
  private byte[] arena = new byte[4096];
  private int arenaSize;
  private int[] meta = new int[4 * 256]; // per entry: hash, start, length, id
  private int entries;
  private int[] slots = new int[512];
  private int mask = 511;
  private int lastStart = -1;
  private int lastLength;
  private int lastId;

  ByteInterner(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  int intern(byte[] b, int from, int to) {
    int len = to - from;
    if (len == lastLength && lastStart >= 0 && same(lastStart, b, from, len)) {
      return lastId;
    }
    int h = hash(b, from, to);
    int slot = h & mask;
    while (true) {
      int e = slots[slot];
      if (e == 0) {
        break;
      }
      int m = (e - 1) << 2;
      if (meta[m] == h && meta[m + 2] == len && same(meta[m + 1], b, from, len)) {
        remember(meta[m + 1], len, meta[m + 3]);
        return meta[m + 3];
      }
      slot = (slot + 1) & mask;
    }
    int id = dictionary.intern(new String(b, from, len, StandardCharsets.UTF_8));
    arena = Growth.ensure(arena, arenaSize + len);
    System.arraycopy(b, from, arena, arenaSize, len);
    meta = Growth.ensure(meta, (entries + 1) << 2);
    int m = entries << 2;
    meta[m] = h;
    meta[m + 1] = arenaSize;
    meta[m + 2] = len;
    meta[m + 3] = id;
    remember(arenaSize, len, id);
    arenaSize += len;
    slots[slot] = ++entries;
    if (entries * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void remember(int start, int len, int id) {
    lastStart = start;
    lastLength = len;
    lastId = id;
  }

  private boolean same(int start, byte[] b, int from, int len) {
    byte[] a = arena;
    for (int i = 0; i < len; i++) {
      if (a[start + i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    int n = slots.length * 2;
    slots = new int[n];
    mask = n - 1;
    for (int i = 0; i < entries; i++) {
      int slot = meta[i << 2] & mask;
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
