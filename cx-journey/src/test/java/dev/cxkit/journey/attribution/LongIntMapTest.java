package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

  /**
   * Transition keys are {@code from << 32 | to}: keys that differ only in their high word must
   * still get distinct dense ids (oracle: java.util.HashMap).
   */
  @Test
  void denseIdsForKeysDifferingOnlyInHighBits() {
    LongIntMap map = new LongIntMap(16);
    Map<Long, Integer> oracle = new HashMap<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      long key = i % 3 == 0 ? ((long) i << 32) | 5 : random.nextLong(1L << 40);
      int expected = oracle.computeIfAbsent(key, k -> oracle.size());
      assertEquals(expected, map.getOrAdd(key));
    }
    assertEquals(oracle.size(), map.size());
    long[] byValue = new long[oracle.size()];
    oracle.forEach((k, v) -> byValue[v] = k);
    assertArrayEquals(byValue, map.keysByValue());
    oracle.forEach((k, v) -> assertEquals(v, map.get(k)));
    assertEquals(-1, map.get(-3L));
  }
}
