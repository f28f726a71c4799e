package dev.cxkit.journey.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded differential tests of the engine's interners and map against naive boxed maps. */
class InternersTest {

  @Test
  void intSequenceInternerMatchesAMapOfLists() {
    Random r = new Random(3);
    for (int round = 0; round < 50; round++) {
      IntSequenceInterner interner = new IntSequenceInterner();
      Map<List<Integer>, Integer> oracle = new HashMap<>();
      for (int i = 0; i < 2_000; i++) {
        int len = r.nextInt(6); // the empty sequence included
        int[] a = new int[len + 2];
        List<Integer> key = new ArrayList<>();
        for (int k = 0; k < len; k++) {
          a[k + 1] = r.nextInt(4) - 1; // negative ids too (Markov start and exit symbols)
          key.add(a[k + 1]);
        }
        int expected = oracle.computeIfAbsent(key, k -> oracle.size());
        assertEquals(expected, interner.intern(a, 1, len + 1), key.toString());
      }
      assertEquals(oracle.size(), interner.size());
      oracle.forEach(
          (key, id) -> {
            int[] seq = interner.sequence(id);
            assertEquals(key.size(), interner.length(id));
            assertArrayEquals(key.stream().mapToInt(Integer::intValue).toArray(), seq);
            for (int k = 0; k < seq.length; k++) {
              assertEquals(seq[k], interner.element(id, k));
            }
          });
    }
  }

  @Test
  void nameInternerMatchesAMapOfStrings() {
    Random r = new Random(5);
    String[] alphabet = {"a", "b", "é", "\u20ac", ";", " ", "x"};
    for (int round = 0; round < 50; round++) {
      NameInterner interner = new NameInterner();
      Map<String, Integer> oracle = new HashMap<>();
      String previous = "";
      for (int i = 0; i < 1_000; i++) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(20); k > 0; k--) {
          b.append(alphabet[r.nextInt(alphabet.length)]);
        }
        // a third of the lookups repeat the previous name (the last-name shortcut), or its prefix
        String name =
            switch (r.nextInt(6)) {
              case 0, 1 -> previous;
              case 2 -> previous.isEmpty() ? "" : previous.substring(0, previous.length() - 1);
              default -> b.toString();
            };
        previous = name;
        assertEquals(oracle.getOrDefault(name, -1), interner.find(name), name);
        int expected = oracle.computeIfAbsent(name, k -> oracle.size());
        byte[] bytes = ("<" + name + ">").getBytes(StandardCharsets.UTF_8);
        int id =
            r.nextBoolean() ? interner.intern(name) : interner.intern(bytes, 1, bytes.length - 1);
        assertEquals(expected, id, name);
        assertEquals(name, interner.name(id));
      }
      assertEquals(oracle.size(), interner.size());
      assertEquals(oracle.size(), interner.names().length);
    }
  }

  @Test
  void longCountMapMatchesAMapOfSums() {
    Random r = new Random(7);
    LongCountMap map = new LongCountMap();
    Map<Long, long[]> oracle = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      long key = r.nextBoolean() ? r.nextInt(500) : (long) r.nextInt(500) << 32; // high bits only
      long count = r.nextInt(3);
      long sum = r.nextInt(5);
      map.add(key, count, sum);
      long[] o = oracle.computeIfAbsent(key, k -> new long[2]);
      o[0] += count;
      o[1] += sum;
    }
    assertEquals(oracle.size(), map.size());
    for (int e = 0; e < map.size(); e++) {
      long[] o = oracle.get(map.key(e));
      assertEquals(o[0], map.count(e));
      assertEquals(o[1], map.sum(e));
      assertEquals(e, map.find(map.key(e)));
    }
    assertEquals(-1, map.find(1L << 50)); // above every key added
  }
}
