package dev.cxkit.journey.assembly;

import java.util.Arrays;

/**
 * A binary min-heap of (deadline, customer id) pairs in two primitive arrays; stale entries stay.
 */
final class DeadlineHeap {
  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int size;

  void push(long key, int value) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (keys[parent] <= key) {
        break;
      }
      keys[i] = keys[parent];
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  boolean isEmpty() {
    return size == 0;
  }

  long minKey() {
    return keys[0];
  }

  int minValue() {
    return values[0];
  }

  void removeMin() {
    size--;
    long key = keys[size];
    int value = values[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && keys[child + 1] < keys[child]) {
        child++;
      }
      if (keys[child] >= key) {
        break;
      }
      keys[i] = keys[child];
      values[i] = values[child];
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }

  int size() {
    return size;
  }
}
