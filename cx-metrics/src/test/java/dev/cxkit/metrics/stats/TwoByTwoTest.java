package dev.cxkit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TwoByTwoTest {

  @Test
  void fisherTeaTastingGivesTheTextbookPValue() {
    // Agresti, Categorical Data Analysis, 2nd ed. (2002), 3.5.2, Table 3.8: Fisher's tea taster,
    // 3 of 4 milk-first cups named right; two-sided P = 0.486. R: fisher.test(matrix(c(3, 1, 1,
    // 3), 2))$p.value = 0.4857; exactly (1 + 16 + 16 + 1) / 70 under the hypergeometric.
    assertEquals(34.0 / 70, TwoByTwo.fisherExactP(3, 1, 1, 3), 1e-12);
    assertEquals(0.4857, TwoByTwo.fisherExactP(3, 1, 1, 3), 5e-5);
    // one-sided tables of the same margins: 4 right has P(4) + P(0) = 2/70
    assertEquals(2.0 / 70, TwoByTwo.fisherExactP(4, 0, 0, 4), 1e-12);
    assertEquals(1.0, TwoByTwo.fisherExactP(2, 2, 2, 2), 1e-12);
  }

  @Test
  void woolfIntervalOfTheTeaTableByHand() {
    TwoByTwo.OddsRatio or = TwoByTwo.oddsRatio(3, 1, 1, 3, 0.95);
    assertEquals(9.0, or.estimate(), 1e-12);
    double se = Math.sqrt(1 / 3.0 + 1 + 1 + 1 / 3.0);
    double z = 1.959963984540054;
    assertEquals(Math.exp(Math.log(9) - z * se), or.interval().lower(), 1e-9);
    assertEquals(Math.exp(Math.log(9) + z * se), or.interval().upper(), 1e-9);
    assertEquals(0.3666, or.interval().lower(), 5e-4);
    assertEquals(220.9, or.interval().upper(), 0.1);
    assertEquals(IntervalMethod.WOOLF, or.interval().method());
    assertFalse(or.corrected());
  }

  @Test
  void aspirinAndHeartAttacksAsAgrestiReportsThem() {
    // Agresti (2002), 2.3.3 and 3.1.1, Table 2.3 (Physicians' Health Study): placebo 189 MI of
    // 11034, aspirin 104 of 11037; sample odds ratio 1.832, 95% Wald interval (1.44, 2.33)
    TwoByTwo.OddsRatio or = TwoByTwo.oddsRatio(189, 10845, 104, 10933, 0.95);
    assertEquals(1.832, or.estimate(), 5e-4);
    assertEquals(1.44, or.interval().lower(), 5e-3);
    assertEquals(2.33, or.interval().upper(), 5e-3);
    assertTrue(or.pValue() < 1e-5, "the difference is far beyond chance: " + or.pValue());
  }

  @Test
  void aZeroCellIsCorrectedByHaldaneAnscombe() {
    TwoByTwo.OddsRatio or = TwoByTwo.oddsRatio(0, 5, 5, 5, 0.95);
    assertTrue(or.corrected());
    assertEquals(0.5 * 5.5 / (5.5 * 5.5), or.estimate(), 1e-12);
    double se = Math.sqrt(2 + 3 / 5.5);
    assertEquals(or.estimate() * Math.exp(1.959963984540054 * se), or.interval().upper(), 1e-9);
    assertTrue(Double.isFinite(or.interval().lower()) && or.interval().lower() > 0);
    assertEquals(fisherExactly(0, 5, 5, 5), or.pValue(), 1e-12); // the p-value is not corrected
  }

  @Test
  void badTablesAreRefusedNamingTheRule() {
    IllegalArgumentException neg =
        assertThrows(IllegalArgumentException.class, () -> TwoByTwo.fisherExactP(-1, 1, 1, 1));
    assertEquals("2 x 2 counts must be >= 0, was [[-1, 1], [1, 1]]", neg.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TwoByTwo.oddsRatio(0, 0, 1, 1, 0.95));
    assertThrows(IllegalArgumentException.class, () -> TwoByTwo.oddsRatio(1, 1, 1, 1, 1.0));
    assertThrows(
        IllegalArgumentException.class, () -> TwoByTwo.fisherExactP(Long.MAX_VALUE, 1, 1, 1));
    assertEquals(1.0, TwoByTwo.fisherExactP(0, 0, 3, 4), 0.0); // an empty row: nothing to test
  }

  @Test
  void largeTablesStayExactAndFinite() {
    assertEquals(
        fisherExactly(600, 400, 400, 600), TwoByTwo.fisherExactP(600, 400, 400, 600), 1e-25);
    assertEquals(1.0, TwoByTwo.fisherExactP(5000, 5000, 5000, 5000), 1e-9);
    double p = TwoByTwo.fisherExactP(900_000, 100_000, 100_000, 900_000);
    assertTrue(p >= 0 && p < 1e-300, "far beyond the double range: 0 or a subnormal, was " + p);
  }

  /** Exact rational arithmetic: the hypergeometric densities as binomial products. */
  static double fisherExactly(long a, long b, long c, long d) {
    long r1 = a + b;
    long r2 = c + d;
    long c1 = a + c;
    BigInteger observed = choose(r1, a).multiply(choose(r2, c1 - a));
    BigInteger tail = BigInteger.ZERO;
    BigInteger total = BigInteger.ZERO;
    for (long x = Math.max(0, c1 - r2); x <= Math.min(r1, c1); x++) {
      BigInteger px = choose(r1, x).multiply(choose(r2, c1 - x));
      total = total.add(px);
      // R's relative tolerance 1e-7: px <= observed * (1 + 1e-7)
      if (new BigDecimal(px)
              .compareTo(new BigDecimal(observed).multiply(new BigDecimal("1.0000001")))
          <= 0) {
        tail = tail.add(px);
      }
    }
    return new BigDecimal(tail).divide(new BigDecimal(total), MathContext.DECIMAL128).doubleValue();
  }

  private static BigInteger choose(long n, long k) {
    BigInteger r = BigInteger.ONE;
    for (long i = 1; i <= k; i++) {
      r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return r;
  }

  /** Fisher's p-value equals the exact rational computation on random small tables. */
  @Property(tries = 300)
  void fisherEqualsExactArithmetic(
      @ForAll @IntRange(max = 40) int a,
      @ForAll @IntRange(max = 40) int b,
      @ForAll @IntRange(max = 40) int c,
      @ForAll @IntRange(max = 40) int d) {
    double p = TwoByTwo.fisherExactP(a, b, c, d);
    assertEquals(fisherExactly(a, b, c, d), p, 1e-12 * Math.max(p, 1e-300) + 1e-15);
    assertTrue(p >= 0 && p <= 1);
    // transposing the table or swapping its rows does not change the two-sided p-value
    assertEquals(p, TwoByTwo.fisherExactP(a, c, b, d), 1e-12);
    assertEquals(p, TwoByTwo.fisherExactP(c, d, a, b), 1e-12);
  }
}
