package dev.cxkit.metrics.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerceptionGapsTest {

  @Test
  void tIntervalAndVerdicts() {
    // Scores 3, 4, 5: mean 4, s = 1, SE = 1/sqrt(3); t(0.975, df 2) = 4.302653 (standard t table)
    // -> 95% CI 4 +/- 2.484138 = [1.515862, 6.484138].
    List<PerceptionGap> gaps =
        PerceptionGaps.compare(
            Map.of("billing", 7.0, "support", 4.5, "app", 1.2),
            Map.of(
                "billing", new double[] {3, 4, 5},
                "support", new double[] {3, 4, 5},
                "app", new double[] {3, 4, 5}),
            0.95);
    PerceptionGap billing = gaps.get(0);
    assertEquals("billing", billing.touchpoint());
    assertEquals(3.0, billing.gap(), 1e-12);
    assertEquals(1.515862, billing.customerInterval().lower(), 1e-6);
    assertEquals(6.484138, billing.customerInterval().upper(), 1e-6);
    assertEquals(PerceptionGap.Verdict.OVERESTIMATED, billing.verdict());
    assertEquals(PerceptionGap.Verdict.UNDERESTIMATED, gaps.get(1).verdict());
    assertEquals("app", gaps.get(1).touchpoint());
    assertEquals(PerceptionGap.Verdict.CONSISTENT, gaps.get(2).verdict());
  }

  @Test
  void rejectsMismatchedTouchpoints() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PerceptionGaps.compare(Map.of("a", 1.0), Map.of("b", new double[] {1, 2}), 0.95));
    assertThrows(
        IllegalArgumentException.class,
        () -> PerceptionGaps.compare(Map.of("a", 1.0), Map.of("a", new double[] {1}), 0.95));
  }

  @Test
  void anEstimateWithNullCustomerScoresIsNamed() {
    Map<String, double[]> scores = new java.util.HashMap<>();
    scores.put("billing", null);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerceptionGaps.compare(Map.of("billing", 4.2), scores, 0.95));
    assertEquals(
        "customerScores must hold the scores of 'billing' (it has a company estimate), was missing",
        e.getMessage());
  }
}
