package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A user-supplied value function for the coalition Shapley attribution gives the known Shapley
 * values of textbook games.
 */
class CoalitionValueTest {

  /** One converting journey through channels c0..c(n-1) (ids 0..n-1), worth {@code total}. */
  private static PathTable oneJourney(int n, long conversions) {
    List<String> path = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      path.add("c" + i);
    }
    return PathTable.builder().add(path, conversions, conversions, 0).build();
  }

  /**
   * The glove game: players 0 and 1 hold a left glove, player 2 a right one; a coalition is worth 1
   * when it can make a pair. Shapley values 1/6, 1/6, 2/3 (Wikipedia, "Shapley value", section
   * "Glove game"; the game is from Shapley's 1953 value, see Maschler, Solan and Zamir, Game
   * Theory, 2013, ch. 18). One conversion worth 1 is shared exactly as the values.
   */
  @Test
  void gloveGame() {
    CoalitionValue glove =
        CoalitionValue.of("glove game", s -> (s & 0b100) != 0 && (s & 0b011) != 0 ? 1 : 0);
    AttributionResult r = AttributionModel.shapleyCoalition(glove).attribute(oneJourney(3, 1));
    assertEquals(1.0 / 6, r.conversions("c0"), 1e-15);
    assertEquals(1.0 / 6, r.conversions("c1"), 1e-15);
    assertEquals(2.0 / 3, r.conversions("c2"), 1e-15);
    assertEquals(2.0 / 3, r.value("c2"), 1e-15);
    assertEquals("shapley-coalition(glove game)", r.model());
    assertEquals(
        List.of(1.0 / 6, 1.0 / 6, 2.0 / 3),
        Arrays.stream(ShapleyCoalitionAttribution.shapley(3, new double[] {0, 0, 0, 0, 0, 1, 1, 1}))
            .boxed()
            .toList());
  }

  /**
   * The airport game of Littlechild and Owen (1973, "A simple expression for the Shapley value in a
   * special case", Management Science 20(3), 370-372): player i needs a runway costing c_i, a
   * coalition pays the largest; with costs sorted, φ_i = Σ_{j ≤ i} (c_j - c_{j-1}) / (n - j + 1).
   */
  @Property(tries = 60)
  void airportGame(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 1000) Integer> c) {
    checkAirport(c.stream().mapToLong(Integer::longValue).toArray());
  }

  /** The largest exact game, 20 channels (2^20 coalitions). */
  @Example
  void airportGameWithTwentyChannels() {
    long[] c = new long[20];
    for (int i = 0; i < 20; i++) {
      c[i] = (i * 37L) % 23 + 1;
    }
    checkAirport(c);
  }

  private static void checkAirport(long[] cost) {
    int n = cost.length;
    long max = Arrays.stream(cost).max().orElseThrow();
    CoalitionValue airport =
        CoalitionValue.of(
            "airport",
            s -> {
              long m = 0;
              for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                  m = Math.max(m, cost[i]);
                }
              }
              return m;
            });
    // total conversions = the grand coalition's cost, so the credits are the Shapley values
    AttributionResult r = AttributionModel.shapleyCoalition(airport).attribute(oneJourney(n, max));
    long[] sorted = cost.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) {
      double phi = 0;
      long previous = 0;
      for (int j = 0; j < n && sorted[j] <= cost[i]; j++) {
        phi += (double) (sorted[j] - previous) / (n - j);
        previous = sorted[j];
      }
      assertEquals(phi, r.conversions("c" + i), 1e-9 * max, "player " + i + " of " + n);
    }
  }

  /** The default is the conversion-rate value: the same credits as shapleyCoalition(). */
  @Test
  void theDefaultIsTheConversionRate() {
    PathTable t = AttributionFixtures.sharedTable();
    AttributionResult plain = AttributionModel.shapleyCoalition().attribute(t);
    AttributionResult rate =
        AttributionModel.shapleyCoalition(CoalitionValue.conversionRate()).attribute(t);
    for (ChannelCredit c : plain.credits()) {
      assertEquals(c.conversions(), rate.conversions(c.channel()), 1e-9, c.channel());
    }
    assertEquals(plain.model(), rate.model());
  }

  @Test
  void badValueFunctionsAreNamed() {
    PathTable t = oneJourney(2, 1);
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AttributionModel.shapleyCoalition(
                        CoalitionValue.of("broken", s -> s == 3 ? Double.NaN : 0))
                    .attribute(t));
    assertEquals(
        "coalition value 'broken' must be finite, was NaN for coalition {c0, c1}",
        nan.getMessage());
    IllegalArgumentException flat =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AttributionModel.shapleyCoalition(CoalitionValue.of("flat", s -> 2)).attribute(t));
    assertTrue(
        flat.getMessage().startsWith("coalition value 'flat' of all channels"), flat.getMessage());
    CoalitionValue wrongSize = table -> new double[3];
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributionModel.shapleyCoalition(wrongSize).attribute(t));
    IllegalArgumentException many =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AttributionModel.shapleyCoalition(CoalitionValue.of("x", s -> 0))
                    .attribute(oneJourney(21, 1)));
    assertEquals(
        "channels must be at most 20 for the exact coalition Shapley value, was 21",
        many.getMessage());
  }
}
