package dev.cxkit.journey.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathTableTest {

  /** Seeded: the builder aggregates identical paths exactly as a naive map of boxed lists does. */
  @Test
  void aggregatesLikeANaiveMap() {
    Random r = new Random(17);
    String[] names = {"search", "email", "display", "direct", "social"};
    for (int round = 0; round < 100; round++) {
      PathTable.Builder b = PathTable.builder();
      boolean byIds = round % 2 == 1; // odd rounds add channel ids, as the readers do
      Map<List<String>, long[]> oracle = new HashMap<>();
      Map<List<String>, Double> values = new HashMap<>();
      int rows = 1 + r.nextInt(200);
      for (int i = 0; i < rows; i++) {
        List<String> path = new ArrayList<>();
        for (int k = 0; k < 1 + r.nextInt(4); k++) {
          path.add(names[r.nextInt(names.length)]);
        }
        long conv = r.nextInt(3);
        long nulls = conv == 0 ? 1 + r.nextInt(3) : r.nextInt(3);
        double value = conv == 0 ? 0 : conv * 10.5;
        if (byIds) {
          int[] ids = new int[path.size() + 1]; // longer than the path: length counts
          for (int k = 0; k < path.size(); k++) {
            ids[k] = b.channel(path.get(k));
          }
          b.add(ids, path.size(), conv, value, nulls);
        } else {
          b.add(path, conv, value, nulls);
        }
        long[] o = oracle.computeIfAbsent(List.copyOf(path), p -> new long[2]);
        o[0] += conv;
        o[1] += nulls;
        values.merge(List.copyOf(path), value, Double::sum);
      }
      PathTable t = b.build();
      assertEquals(oracle.size(), t.pathCount());
      long conversions = 0;
      for (int p = 0; p < t.pathCount(); p++) {
        long[] o = oracle.get(t.path(p));
        assertArrayEquals(o, new long[] {t.conversions(p), t.nulls(p)}, t.path(p).toString());
        assertEquals(values.get(t.path(p)), t.value(p), 1e-9);
        int[] ids = new int[t.pathLength(p)];
        assertEquals(ids.length, t.copyTouches(p, ids));
        for (int i = 0; i < ids.length; i++) {
          assertEquals(ids[i], t.touch(p, i));
          assertEquals(t.path(p).get(i), t.channel(ids[i]));
        }
        conversions += o[0];
      }
      assertEquals(conversions, t.totalConversions());
    }
  }

  @Test
  void channelIdRowsFollowTheRowRules() {
    PathTable.Builder b = PathTable.builder();
    int search = b.channel(" search ");
    assertEquals(search, b.channel("search"));
    assertEquals(
        "channel must not be blank, was ' '",
        assertThrows(IllegalArgumentException.class, () -> b.channel(" ")).getMessage());
    assertEquals(
        "channel id must be in 0..0 (ids given by channel(name)), was 1",
        assertThrows(IllegalArgumentException.class, () -> b.add(new int[] {0, 1}, 2, 1, 0, 0))
            .getMessage());
    assertEquals(
        "length must be in 1..1 (a path has at least one touch), was 0",
        assertThrows(IllegalArgumentException.class, () -> b.add(new int[] {0}, 0, 1, 0, 0))
            .getMessage());
    assertEquals(
        "a row must have conversions or nulls, was 0 and 0 for [search, search]",
        assertThrows(IllegalArgumentException.class, () -> b.add(new int[] {0, 0}, 2, 0, 0, 0))
            .getMessage());
    b.add(new int[] {search}, 1, 2, 5.0, 1);
    PathTable t = b.build();
    assertEquals(List.of("search"), t.path(0));
    assertEquals(2, t.conversions(0));
    assertEquals(5.0, t.value(0));
  }

  @Test
  void accessorsRefuseOutOfRangeArgumentsAndMissingTimes() {
    PathTable t = PathTable.builder().add(List.of("a", "b"), 1, 2.0, 3).build();
    assertEquals(1, t.touch(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> t.touch(0, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> t.touch(1, 0));
    assertThrows(IllegalArgumentException.class, () -> t.copyTouches(0, new int[1]));
    assertFalse(t.hasTouchTimes());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.touchTime(0, 0));
    assertTrue(e.getMessage().contains("no touch times"), e.getMessage());
    PathTable timed =
        PathTable.builder()
            .addTimed(
                List.of("a", "b"),
                List.of(Instant.ofEpochMilli(5), Instant.ofEpochMilli(9)),
                1,
                0.0,
                0)
            .build();
    assertEquals(9, timed.touchTime(0, 1));
    assertFalse(
        PathTable.builder().withoutNullColumn().add(List.of("a"), 1, 0, 0).build().hasNulls());
  }

  /** Path variants are a ranking view of a path table: journeys = conversions + nulls. */
  @Test
  void variantsRankAPathTable() {
    PathTable t =
        PathTable.builder()
            .add(List.of("search", "email"), 3, 30.0, 7) // 10 journeys
            .add(List.of("display"), 0, 0.0, 12) // 12 journeys
            .add(List.of("search", "email"), 1, 10.0, 1) // 2 more on the first path
            .add(List.of("email"), 2, 20.0, 0)
            .build();
    PathVariants pv = PathVariants.of(t);
    assertEquals(26, pv.journeys());
    assertEquals(
        List.of(
            new PathVariant(List.of("display"), 12, 0, 12 / 26.0),
            new PathVariant(List.of("search", "email"), 12, 4, 12 / 26.0),
            new PathVariant(List.of("email"), 2, 2, 2 / 26.0)),
        pv.variants());
    // a timed table (one row per journey) ranks identical channel sequences together
    PathTable timed =
        PathTable.builder()
            .addTimed(List.of("a", "b"), times(1, 2), 1, 0.0, 0)
            .addTimed(List.of("a", "b"), times(3, 4), 0, 0.0, 1)
            .addTimed(List.of("b"), times(5), 0, 0.0, 1)
            .build();
    assertEquals(3, timed.pathCount());
    assertEquals(
        List.of(new PathVariant(List.of("a", "b"), 2, 1, 2 / 3.0)), PathVariants.of(timed).top(1));
  }

  /** The journeys' variants equal the variants of the path table their counter holds. */
  @Test
  void journeyVariantsAreTheViewOfTheirPathTable() {
    Journeys js = JourneyTesting.journeys("a b order", "a b", "c", "a b order", "c");
    PathOptions opt = PathOptions.of(Dimension.TOUCHPOINT);
    PathVariants.Counter c = PathVariants.counter(js.dictionaries(), opt);
    js.forEach(c);
    PathTable t = c.table();
    assertEquals(5, t.totalJourneys());
    assertEquals(PathVariants.of(t).variants(), PathVariants.of(js, opt).variants());
  }

  private static List<Instant> times(long... millis) {
    List<Instant> out = new ArrayList<>();
    for (long m : millis) {
      out.add(Instant.ofEpochMilli(m));
    }
    return out;
  }
}
