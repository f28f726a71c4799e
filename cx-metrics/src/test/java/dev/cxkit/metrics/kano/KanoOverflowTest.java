package dev.cxkit.metrics.kano;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 14: Kano counts whose total does not fit a long are refused, never wrapped. */
class KanoOverflowTest {

  private static final long MAX = Long.MAX_VALUE;

  @Test
  void aTotalPastLongMaxIsRefusedAtConstruction() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KanoCounts.of(MAX, 1, 0, 0, 0, 0));
    assertTrue(
        e.getMessage().startsWith("Kano answers overflow: 9223372036854775807 + 1 is outside"),
        e.getMessage());
  }

  @Test
  void plusNamesTheCategoryThatOverflows() {
    KanoCounts big = KanoCounts.of(0, 0, MAX, 0, 0, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> big.plus(big));
    assertTrue(
        e.getMessage()
            .startsWith("mustBe overflow: 9223372036854775807 + 9223372036854775807 is outside"),
        e.getMessage());
  }

  @Test
  void fongsTestAtTheLargestTotalIsFinite() {
    // 2n overflows a long here; the threshold 1.65·√((a+b)(2n−a−b)/(2n)) must not
    long half = MAX / 2;
    KanoCounts c = KanoCounts.of(half, half, 0, 0, 0, 1);
    KanoCounts.FongTest f = c.fong();
    assertEquals(0, f.difference());
    double n = (double) MAX;
    double expected = 1.65 * Math.sqrt(2.0 * half * (2 * n - 2.0 * half) / (2 * n));
    assertEquals(expected, f.threshold(), expected * 1e-9);
    assertTrue(Double.isFinite(c.better()) && Double.isFinite(c.worse()));
    assertEquals(1.0, c.better(), 0.0);
  }
}
