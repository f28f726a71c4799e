package dev.cxkit.metrics.retention;

import static dev.cxkit.metrics.retention.RetentionTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogRankTestTest {

  private static Map<String, LifetimeCounts> segments(Object... nameAndCounts) {
    Map<String, LifetimeCounts> m = new LinkedHashMap<>();
    for (int i = 0; i < nameAndCounts.length; i += 2) {
      m.put((String) nameAndCounts[i], (LifetimeCounts) nameAndCounts[i + 1]);
    }
    return m;
  }

  @Test
  void freireichLeukaemiaMatchesKleinbaumAndKlein() {
    // Kleinbaum & Klein, Survival Analysis: A Self-Learning Text (3rd ed. 2012), ch. 2, remission
    // data of Freireich et al. (1963): O1 = 9, E1 = 19.25, O2 = 21, E2 = 10.75,
    // Var(O2 - E2) = 6.2570, log-rank chi-square = (O2 - E2)^2 / Var = 16.79, p < 0.0001.
    LogRankResult r =
        LogRankTest.test(
            segments("6-MP", RetentionTesting.sixMp(), "placebo", RetentionTesting.placebo()));
    assertEquals(List.of("6-MP", "placebo"), r.segments());
    assertEquals(9.0, r.observed(0), 0);
    assertEquals(21.0, r.observed(1), 0);
    assertEquals(19.25, r.expected(0), 0.005);
    assertEquals(10.75, r.expected(1), 0.005);
    assertEquals(6.2570, r.covariance(1, 1), 5e-4);
    assertEquals(-r.covariance(0, 0), r.covariance(0, 1), 1e-12);
    assertEquals(16.79, r.chiSquare(), 0.005);
    assertEquals(1, r.degreesOfFreedom());
    // chi-square(1) upper tail at 16.79: 2 * (1 - Phi(sqrt(16.79))) = 4.17e-5
    assertEquals(4.17e-5, r.pValue(), 0.02e-5);
    assertTrue(r.toString().contains("16.79"));
  }

  @Test
  void segmentOrderDoesNotMatter() {
    LogRankResult a =
        LogRankTest.test(
            segments("6-MP", RetentionTesting.sixMp(), "placebo", RetentionTesting.placebo()));
    LogRankResult b =
        LogRankTest.test(
            segments("placebo", RetentionTesting.placebo(), "6-MP", RetentionTesting.sixMp()));
    assertEquals(a.chiSquare(), b.chiSquare(), 1e-9);
    assertEquals(a.expected(0), b.expected(1), 1e-12);
  }

  @Test
  void threeSegmentsUseTwoDegreesOfFreedomAndAreOrderFree() {
    LifetimeCounts third =
        LifetimeCounts.of(new double[] {3, 9, 14, 20, 26, 30}, new int[] {1, 1, 0, 1, 1, 0});
    LogRankResult abc =
        LogRankTest.test(
            segments("a", RetentionTesting.sixMp(), "b", RetentionTesting.placebo(), "c", third));
    LogRankResult cab =
        LogRankTest.test(
            segments("c", third, "a", RetentionTesting.sixMp(), "b", RetentionTesting.placebo()));
    assertEquals(2, abc.degreesOfFreedom());
    assertEquals(abc.chiSquare(), cab.chiSquare(), 1e-9);
    // O - E sums to zero across segments
    double sum = 0;
    for (int g = 0; g < 3; g++) {
      sum += abc.observed(g) - abc.expected(g);
    }
    assertEquals(0.0, sum, 1e-9);
    // p from the chi-square(2) survival function exp(-x/2)
    assertEquals(Math.exp(-abc.chiSquare() / 2), abc.pValue(), 1e-12);
  }

  @Test
  void identicalSegmentsGiveZeroStatistic() {
    LogRankResult r =
        LogRankTest.test(
            segments("x", RetentionTesting.goldenKm(), "y", RetentionTesting.goldenKm()));
    assertEquals(0.0, r.chiSquare(), 1e-12);
    assertEquals(1.0, r.pValue(), 1e-12);
  }

  @Test
  void rejectsBadInput() {
    assertRejected(
        () -> LogRankTest.test(segments("only", RetentionTesting.goldenKm())),
        "segments",
        "at least 2",
        "1");
    assertRejected(
        () ->
            LogRankTest.test(
                segments("x", RetentionTesting.goldenKm(), "empty", LifetimeCounts.empty())),
        "segment empty",
        "at least one customer");
    LifetimeCounts censoredOnly = LifetimeCounts.of(new double[] {1, 2}, new int[] {0, 0});
    assertRejected(
        () -> LogRankTest.test(segments("x", censoredOnly, "y", censoredOnly)),
        "at least one churn event");
  }
}
