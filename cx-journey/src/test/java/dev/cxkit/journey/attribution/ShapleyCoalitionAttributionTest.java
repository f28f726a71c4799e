package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapleyCoalitionAttributionTest {

  /**
   * Two channels, worth v(S) = conversion rate of journeys using only channels in S. Hand
   * computation: v(a) = 2/10, v(b) = 5/10, v(ab) = (2 + 5 + 3)/30 = 1/3; φ_a = ½ v(a) + ½ (v(ab) -
   * v(b)) = 1/60, φ_b = ½ v(b) + ½ (v(ab) - v(a)) = 19/60; credits φ × 30 journeys = 0.5 and 9.5.
   */
  @Test
  void twoChannelGameByHand() {
    PathTable t =
        PathTable.builder()
            .add(List.of("a"), 2, 20.0, 8)
            .add(List.of("b"), 5, 50.0, 5)
            .add(List.of("a", "b"), 3, 30.0, 7)
            .build();
    AttributionResult r = AttributionModel.shapleyCoalition().attribute(t);
    assertEquals(0.5, r.conversions("a"), 1e-12);
    assertEquals(9.5, r.conversions("b"), 1e-12);
    assertEquals(5.0, r.value("a"), 1e-11);
    assertEquals(10.0, r.totalConversions());
  }

  /**
   * A channel whose journeys convert worse than those without it gets negative credit: v(a) = 0.1,
   * v(b) = 0.5, v(ab) = 7/30; φ_a = 0.05 + ½ (7/30 - 0.5) = -1/12, credit -2.5.
   */
  @Test
  void negativeCredit() {
    PathTable t =
        PathTable.builder()
            .add(List.of("a"), 1, 0.0, 9)
            .add(List.of("b"), 5, 0.0, 5)
            .add(List.of("b", "a"), 1, 0.0, 9)
            .build();
    AttributionResult r = AttributionModel.shapleyCoalition().attribute(t);
    assertEquals(-2.5, r.conversions("a"), 1e-12);
    assertEquals(9.5, r.conversions("b"), 1e-12);
  }

  @Test
  void sharedTableSumsToTotals() {
    PathTable t = AttributionFixtures.sharedTable();
    AttributionResult r = AttributionModel.shapleyCoalition().attribute(t);
    assertEquals(
        19_785.0,
        Credits.plainSum(r.credits().stream().mapToDouble(ChannelCredit::conversions).toArray()));
    assertTrue(r.credits().size() == 12);
  }

  @Test
  void tooManyChannelsIsAClearError() {
    PathTable.Builder b = PathTable.builder();
    List<String> path = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      path.add("c" + i);
    }
    b.add(path, 1, 0, 0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AttributionModel.shapleyCoalition().attribute(b.build()));
    assertEquals(
        "channels must be at most 20 for the exact coalition Shapley value, was 21",
        e.getMessage());
  }

  @Test
  void needsNulls() throws Exception {
    PathTable t =
        PathTableReader.channelAttribution()
            .withColumns("path", "total_conversions", null, null)
            .read(
                new java.io.ByteArrayInputStream(
                    "path;total_conversions\na;1\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThrows(
        IllegalArgumentException.class, () -> AttributionModel.shapleyCoalition().attribute(t));
  }
}
