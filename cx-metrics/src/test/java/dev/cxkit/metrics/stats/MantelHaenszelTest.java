package dev.cxkit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MantelHaenszelTest {

  /**
   * The UGDP tolbutamide data by age (Rothman, Greenland and Lash, Modern Epidemiology, 3rd ed.,
   * ch. 15: deaths 8/106 vs 5/120 under 55, 22/98 vs 16/85 at 55 and over). Expected values by an
   * independent calculation in R of Sato's (1989) formula: RD 0.0349002693369182, variance
   * 0.00101778136682193.
   */
  @Test
  void tolbutamideByAge() {
    MantelHaenszel.RiskDifference rd =
        MantelHaenszel.accumulator().add(8, 106, 5, 120).add(22, 98, 16, 85).riskDifference().get();
    assertEquals(0.0349002693369182, rd.estimate(), 1e-15);
    assertEquals(0.00101778136682193, rd.variance(), 1e-16);
    Interval ci = rd.interval(0.95);
    assertEquals(-0.0276278460122289, ci.lower(), 1e-12);
    assertEquals(0.0974283846860652, ci.upper(), 1e-12);
    assertEquals(0.273972424472493, rd.pValue(), 1e-9);
    assertEquals(2, rd.informativeStrata());
    assertEquals(204, rd.exposed());
    assertEquals(30, rd.exposedEvents());
  }

  /** One stratum: Sato's variance is the unconditional binomial variance p1q1/n1 + p0q0/n0. */
  @Test
  void oneStratumIsTheBinomialVariance() {
    Random r = new Random(3);
    for (int i = 0; i < 200; i++) {
      int n = 1 + r.nextInt(300);
      int m = 1 + r.nextInt(300);
      int x = r.nextInt(n + 1);
      int y = r.nextInt(m + 1);
      MantelHaenszel.RiskDifference rd =
          MantelHaenszel.accumulator().add(x, n, y, m).riskDifference().get();
      double p1 = (double) x / n;
      double p0 = (double) y / m;
      assertEquals(p1 - p0, rd.estimate(), 1e-12);
      assertEquals(p1 * (1 - p1) / n + p0 * (1 - p0) / m, rd.variance(), 1e-12);
    }
  }

  /**
   * Matched pairs (every stratum one exposed and one unexposed unit): the estimate is {@code (b -
   * c) / n} and Sato's variance the paired one {@code ((b + c) - (b - c)^2 / n) / n^2}, b and c the
   * discordant pairs (Sato 1989 notes the reduction).
   */
  @Test
  void matchedPairsGiveThePairedVariance() {
    Random r = new Random(5);
    for (int rep = 0; rep < 50; rep++) {
      MantelHaenszel.Accumulator acc = MantelHaenszel.accumulator();
      int n = 2 + r.nextInt(100);
      int b = 0;
      int c = 0;
      for (int i = 0; i < n; i++) {
        int x = r.nextInt(2);
        int y = r.nextInt(2);
        b += x == 1 && y == 0 ? 1 : 0;
        c += x == 0 && y == 1 ? 1 : 0;
        acc.add(x, 1, y, 1);
      }
      MantelHaenszel.RiskDifference rd = acc.riskDifference().get();
      assertEquals((double) (b - c) / n, rd.estimate(), 1e-12);
      assertEquals(
          ((b + c) - (double) (b - c) * (b - c) / n) / ((double) n * n), rd.variance(), 1e-12);
    }
  }

  @Test
  void strataWithoutBothArmsCarryNoWeight() {
    MantelHaenszel.Accumulator acc = MantelHaenszel.accumulator().add(3, 10, 0, 0).add(0, 0, 4, 9);
    assertTrue(acc.riskDifference().isEmpty());
    assertEquals(2, acc.strata());
    MantelHaenszel.RiskDifference rd = acc.add(5, 10, 2, 10).riskDifference().get();
    assertEquals(0.3, rd.estimate(), 1e-15);
    assertEquals(1, rd.informativeStrata());
    assertEquals(3, rd.strata());
  }

  @Test
  void badCountsAreRejectedWithTheRule() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MantelHaenszel.accumulator().add(5, 4, 0, 1));
    assertTrue(e.getMessage().contains("exposed events must be in 0..exposed, was 5 of 4"));
    assertThrows(
        IllegalArgumentException.class, () -> MantelHaenszel.accumulator().add(0, 1, -1, 1));
  }
}
