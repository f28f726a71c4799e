package dev.cxkit.journey.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns names (customers, touchpoints, channels, raw path texts) to dense {@code int} ids 0, 1,
 * 2, ... in order of first appearance: the one name interner of cxkit's readers, event dictionaries
 * and path tables.
 *
 * <p>Open addressing over a power-of-two table of ids; names are kept as UTF-8 bytes in one arena
 * so that the byte-level readers look a name up without creating a {@link String}. The last name
 * looked up by bytes is compared first: sorted event files repeat the customer on consecutive
 * records. Not thread-safe.
 */
public final class NameInterner {
  private int[] table = new int[64]; // id + 1, 0 = empty
  private int[] hashes = new int[16];
  private int[] starts = new int[16];
  private int[] lengths = new int[16];
  private byte[] arena = new byte[256];
  private int arenaSize;
  private String[] names = new String[16];
  private int size;
  private int last = -1; // id of the last name looked up by bytes
  private final boolean keepNames;

  /** A dictionary that keeps a {@link String} per name. */
  public NameInterner() {
    this(true);
  }

  /** With {@code keepNames == false} only bytes are kept ({@link #name} is unavailable). */
  public NameInterner(boolean keepNames) {
    this.keepNames = keepNames;
  }

  public int size() {
    return size;
  }

  public String name(int id) {
    return names[id];
  }

  public String[] names() {
    return Arrays.copyOf(names, size);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Hash of {@code bytes[from, to)}, eight bytes at a time. */
  private static int hash(byte[] bytes, int from, int to) {
    long h = 0x9E3779B97F4A7C15L ^ (to - from);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = (h ^ (long) LONGS.get(bytes, i)) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    long tail = 0;
    for (; i < to; i++) {
      tail = (tail << 8) | (bytes[i] & 0xFF);
    }
    h = (h ^ tail) * 0x94D049BB133111EBL;
    h ^= h >>> 29;
    return (int) (h ^ (h >>> 32));
  }

  /** The id of the name spelled in UTF-8 by {@code bytes[from, to)}, adding it when new. */
  public int intern(byte[] bytes, int from, int to) {
    int len = to - from;
    int l = last;
    if (l >= 0
        && lengths[l] == len
        && Arrays.equals(arena, starts[l], starts[l] + len, bytes, from, to)) {
      return l;
    }
    int h = hash(bytes, from, to);
    int slot = slot(bytes, from, to, h);
    int entry = table[slot];
    int id = entry == 0 ? add(bytes, from, len, h, slot) : entry - 1;
    last = id;
    return id;
  }

  /** The id of {@code name}, adding it when new. */
  public int intern(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    return intern(bytes, 0, bytes.length);
  }

  /** The id of {@code name}, or -1 when it was never interned (nothing is added). */
  public int find(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    int entry = table[slot(bytes, 0, bytes.length, hash(bytes, 0, bytes.length))];
    return entry - 1;
  }

  /** The slot holding the name of {@code bytes[from, to)}, or the empty slot where it belongs. */
  private int slot(byte[] bytes, int from, int to, int h) {
    int mask = table.length - 1;
    int len = to - from;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return slot;
      }
      int id = entry - 1;
      if (hashes[id] == h
          && lengths[id] == len
          && Arrays.equals(arena, starts[id], starts[id] + len, bytes, from, to)) {
        return slot;
      }
    }
  }

  private int add(byte[] bytes, int from, int len, int h, int slot) {
    int id = size++;
    if (id == names.length) {
      int n = id * 2;
      hashes = Arrays.copyOf(hashes, n);
      starts = Arrays.copyOf(starts, n);
      lengths = Arrays.copyOf(lengths, n);
      names = Arrays.copyOf(names, n);
    }
    if (arenaSize + len > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
    }
    System.arraycopy(bytes, from, arena, arenaSize, len);
    hashes[id] = h;
    starts[id] = arenaSize;
    lengths[id] = len;
    if (keepNames) {
      names[id] = new String(bytes, from, len, StandardCharsets.UTF_8);
    }
    arenaSize += len;
    table[slot] = id + 1;
    if (size * 2 > table.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] fresh = new int[table.length * 2];
    int mask = fresh.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hashes[id] & mask;
      while (fresh[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      fresh[slot] = id + 1;
    }
    table = fresh;
  }
}
