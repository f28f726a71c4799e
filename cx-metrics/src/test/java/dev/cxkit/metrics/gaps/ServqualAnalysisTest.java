package dev.cxkit.metrics.gaps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServqualAnalysisTest {

  private static ServqualItemMap twoDimensions() {
    Map<String, List<Integer>> m = new LinkedHashMap<>();
    m.put("Reliability", List.of(1, 2));
    m.put("Empathy", List.of(3));
    return ServqualItemMap.of(m);
  }

  // 3 respondents x 3 items
  private static final double[][] P = {{5, 6, 4}, {4, 4, 6}, {6, 5, 5}};
  private static final double[][] E = {{6, 7, 5}, {6, 6, 5}, {6, 6, 5}};

  @Test
  void gapsByHand() {
    // Item means: P = 5, 5, 5; E = 6, 6.333.., 5; item gaps -1, -1.333.., 0.
    // Reliability: P 5, E 6.1667, gap -1.1667; Empathy: P 5, E 5, gap 0.
    // Unweighted SERVQUAL = (-1.1667 + 0) / 2 = -0.58333; weights 75/25 -> -0.875.
    ServqualResult r =
        ServqualAnalysis.of(twoDimensions())
            .withExpectations(E)
            .withDimensionImportance(Map.of("Reliability", 75.0, "Empathy", 25.0))
            .analyze(P);
    assertEquals(3, r.n());
    assertEquals(-1.0, r.itemGaps().get(0), 1e-12);
    assertEquals(-4.0 / 3, r.itemGaps().get(1), 1e-12);
    assertEquals(0.0, r.itemGaps().get(2), 1e-12);
    DimensionScore rel = r.dimension("Reliability");
    assertEquals(5.0, rel.perception(), 1e-12);
    assertEquals(-7.0 / 6, rel.gap().getAsDouble(), 1e-12);
    assertEquals(0.75, rel.importance().getAsDouble(), 1e-12);
    assertEquals(-7.0 / 12, r.unweightedServqual().getAsDouble(), 1e-12);
    assertEquals(0.75 * -7.0 / 6, r.weightedServqual().getAsDouble(), 1e-12);
    assertEquals(5.0, r.servperf(), 1e-12);
    // Reliability items 1, 2: alpha of {{5,6},{4,4},{6,5}} computed by CronbachAlpha
    assertEquals(
        CronbachAlpha.of(new double[][] {{5, 6}, {4, 4}, {6, 5}}),
        rel.alpha().getAsDouble(),
        1e-12);
    assertFalse(r.dimension("Empathy").alpha().isPresent(), "one item has no alpha");
    assertTrue(r.toString().contains("SERVQUAL=-0.583"));
  }

  @Test
  void servperfAloneAndZoneOfTolerance() {
    double[][] adequate = {{4, 4, 5}, {4, 4, 5}, {4, 4, 5}};
    double[][] desired = {{6, 6, 7}, {6, 6, 7}, {6, 6, 7}};
    ServqualResult r =
        ServqualAnalysis.of(twoDimensions()).withZoneOfTolerance(adequate, desired).analyze(P);
    assertFalse(r.unweightedServqual().isPresent());
    assertTrue(r.itemGaps().isEmpty());
    DimensionScore rel = r.dimension("Reliability");
    assertEquals(1.0, rel.adequacy().getAsDouble(), 1e-12); // MSA = 5 - 4
    assertEquals(-1.0, rel.superiority().getAsDouble(), 1e-12); // MSS = 5 - 6
    assertEquals(ZonePosition.WITHIN_ZONE, rel.zone().orElseThrow());
    assertEquals(ZonePosition.WITHIN_ZONE, r.dimension("Empathy").zone().orElseThrow());
    double[][] lowAdequate = {{6, 6, 5}, {6, 6, 5}, {6, 6, 5}};
    assertEquals(
        ZonePosition.BELOW_ADEQUATE,
        ServqualAnalysis.of(twoDimensions())
            .withZoneOfTolerance(lowAdequate, desired)
            .analyze(P)
            .dimension("Reliability")
            .zone()
            .orElseThrow());
  }

  @Test
  void rater22IsTheStandardMap() {
    // Parasuraman, Zeithaml & Berry (1988): 22 items, Tangibles 1-4, Reliability 5-9,
    // Responsiveness 10-13, Assurance 14-17, Empathy 18-22.
    ServqualItemMap m = ServqualItemMap.rater22();
    assertEquals(22, m.itemCount());
    assertEquals(
        List.of("Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy"),
        m.dimensions());
    assertArrayEquals(new int[] {5, 6, 7, 8, 9}, m.items(1));
    assertArrayEquals(new int[] {18, 19, 20, 21, 22}, m.items(4));
  }

  @Test
  void rejectsBadInput() {
    Map<String, List<Integer>> overlap = new LinkedHashMap<>();
    overlap.put("a", List.of(1, 2));
    overlap.put("b", List.of(2));
    assertThrows(IllegalArgumentException.class, () -> ServqualItemMap.of(overlap));
    ServqualAnalysis a = ServqualAnalysis.of(twoDimensions());
    IllegalArgumentException wrongItems =
        assertThrows(IllegalArgumentException.class, () -> a.analyze(new double[][] {{1, 2}}));
    assertTrue(wrongItems.getMessage().contains("must have 3 items"), wrongItems.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> a.withDimensionImportance(Map.of("Reliability", 1.0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> a.analyze(new double[][] {{1, 2, Double.POSITIVE_INFINITY}}));
  }
}
