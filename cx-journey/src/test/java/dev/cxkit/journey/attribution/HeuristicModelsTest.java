package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.journey.paths.PathTable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class HeuristicModelsTest {

  /** a > b > a (2 conv, value 10), c (1 conv, value 3), b > c (0 conv, 4 nulls). */
  private static PathTable small() {
    return PathTable.builder()
        .add(List.of("a", "b", "a"), 2, 10.0, 1)
        .add(List.of("c"), 1, 3.0, 0)
        .add(List.of("b", "c"), 0, 0.0, 4)
        .build();
  }

  @Test
  void firstAndLastTouchByHand() {
    AttributionResult first = AttributionModel.firstTouch().attribute(small());
    assertEquals(2.0, first.conversions("a"));
    assertEquals(0.0, first.conversions("b"));
    assertEquals(1.0, first.conversions("c"));
    assertEquals(10.0, first.value("a"));
    AttributionResult last = AttributionModel.lastTouch().attribute(small());
    assertEquals(2.0, last.conversions("a"));
    assertEquals(3.0, last.value("c"));
    assertEquals(3.0, last.totalConversions());
    assertEquals(13.0, last.totalValue());
  }

  @Test
  void linearCountsRepeatedTouches() {
    // a > b > a: a gets 2/3 of 2 conversions, b 1/3 of 2.
    AttributionResult r = AttributionModel.linear().attribute(small());
    assertEquals(4.0 / 3, r.conversions("a"), 1e-15);
    assertEquals(2.0 / 3, r.conversions("b"), 1e-15);
    assertEquals(1.0, r.conversions("c"), 1e-15);
    assertEquals(20.0 / 3, r.value("a"), 1e-12);
  }

  @Test
  void positionBasedUShape() {
    PathTable t =
        PathTable.builder()
            .add(List.of("a", "b", "c", "d"), 10, 100.0, 0)
            .add(List.of("a", "b"), 1, 0.0, 0)
            .add(List.of("c"), 1, 0.0, 0)
            .build();
    AttributionResult r = AttributionModel.positionBased().attribute(t);
    // 4 touches: 40 % a, 10 % b, 10 % c, 40 % d of 10; 2 touches: 50/50; 1 touch: all.
    assertEquals(4.0 + 0.5, r.conversions("a"), 1e-12);
    assertEquals(1.0 + 0.5, r.conversions("b"), 1e-12);
    assertEquals(1.0 + 1.0, r.conversions("c"), 1e-12);
    assertEquals(4.0, r.conversions("d"), 1e-12);
    AttributionResult custom = AttributionModel.positionBased(0.3, 0.0, 0.7).attribute(t);
    assertEquals(3.0 + 0.3, custom.conversions("a"), 1e-12);
    assertEquals(0.7, custom.conversions("b"), 1e-12);
    assertThrows(
        IllegalArgumentException.class, () -> AttributionModel.positionBased(0.5, 0.5, 0.5));
  }

  @Test
  void timeDecayHalvesPerHalfLife() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    PathTable t =
        PathTable.builder()
            .addTimed(
                List.of("a", "b", "c"),
                List.of(t0, t0.plus(Duration.ofDays(7)), t0.plus(Duration.ofDays(14))),
                1,
                7.0,
                0)
            .build();
    // weights 1/4, 1/2, 1 with a 7-day half-life: shares 1/7, 2/7, 4/7.
    AttributionResult r = AttributionModel.timeDecay(Duration.ofDays(7)).attribute(t);
    assertEquals(1.0 / 7, r.conversions("a"), 1e-15);
    assertEquals(2.0 / 7, r.conversions("b"), 1e-15);
    assertEquals(4.0 / 7, r.conversions("c"), 1e-15);
    assertEquals(4.0, r.value("c"), 1e-12);
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributionModel.timeDecay(Duration.ofDays(1)).attribute(small()));
    assertThrows(IllegalArgumentException.class, () -> AttributionModel.timeDecay(Duration.ZERO));
  }

  @Test
  void lastNonDirect() {
    PathTable t =
        PathTable.builder()
            .add(List.of("email", "direct", "direct"), 2, 4.0, 0)
            .add(List.of("direct"), 1, 1.0, 0)
            .build();
    AttributionResult r = AttributionModel.lastNonDirect(Set.of("direct")).attribute(t);
    assertEquals(2.0, r.conversions("email"));
    assertEquals(1.0, r.conversions("direct"));
  }

  @Test
  void shapleySimplifiedSplitsOverDistinctChannels() {
    AttributionResult r = AttributionModel.shapleySimplified().attribute(small());
    assertEquals(1.0, r.conversions("a"));
    assertEquals(1.0, r.conversions("b"));
    assertEquals(1.0, r.conversions("c"));
    assertEquals(5.0, r.value("b"));
  }

  /** Independent oracle: the raw CSV rows, weights per touch computed the obvious way. */
  private static Map<String, Double> naive(BiConsumer<List<String>, double[]> weights) {
    Map<String, Double> out = new HashMap<>();
    for (AttributionFixtures.Row row : AttributionFixtures.naiveRows()) {
      double[] w = new double[row.path().size()];
      weights.accept(row.path(), w);
      for (int i = 0; i < w.length; i++) {
        out.merge(row.path().get(i), row.conversions() * w[i], Double::sum);
      }
    }
    return out;
  }

  private static void assertMatches(Map<String, Double> expected, AttributionResult r) {
    for (ChannelCredit c : r.credits()) {
      assertEquals(expected.getOrDefault(c.channel(), 0.0), c.conversions(), 1e-8, c.channel());
    }
    assertEquals(19_785.0, r.totalConversions());
    assertEquals(AttributionFixtures.sharedTable().totalValue(), r.totalValue());
  }

  @Test
  void sharedTableMatchesRowByRowOracle() {
    PathTable t = AttributionFixtures.sharedTable();
    assertMatches(naive((p, w) -> w[0] = 1), AttributionModel.firstTouch().attribute(t));
    assertMatches(naive((p, w) -> w[w.length - 1] = 1), AttributionModel.lastTouch().attribute(t));
    assertMatches(
        naive((p, w) -> java.util.Arrays.fill(w, 1.0 / w.length)),
        AttributionModel.linear().attribute(t));
    assertMatches(
        naive(
            (p, w) -> {
              int n = w.length;
              if (n == 1) {
                w[0] = 1;
              } else if (n == 2) {
                w[0] = 0.5;
                w[1] = 0.5;
              } else {
                for (int i = 1; i < n - 1; i++) {
                  w[i] = 0.2 / (n - 2);
                }
                w[0] = 0.4;
                w[n - 1] = 0.4;
              }
            }),
        AttributionModel.positionBased().attribute(t));
    assertMatches(
        naive(
            (p, w) -> {
              int n = w.length;
              int chosen = n - 1;
              while (chosen >= 0 && p.get(chosen).equals("eta")) {
                chosen--;
              }
              w[chosen < 0 ? n - 1 : chosen] = 1;
            }),
        AttributionModel.lastNonDirect(Set.of("eta")).attribute(t));
    assertMatches(
        naive(
            (p, w) -> {
              long distinct = p.stream().distinct().count();
              java.util.Set<String> seen = new java.util.HashSet<>();
              for (int i = 0; i < w.length; i++) {
                if (seen.add(p.get(i))) {
                  w[i] = 1.0 / distinct;
                }
              }
            }),
        AttributionModel.shapleySimplified().attribute(t));
  }
}
