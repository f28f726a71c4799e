package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/**
 * A 2 × 2 table of counts and its statistics: the odds ratio with Woolf's interval and Fisher's
 * exact test. The one home of these in cxkit.
 *
 * <pre>
 *               outcome   no outcome
 *   exposed        a          b
 *   unexposed      c          d
 * </pre>
 *
 * <ul>
 *   <li>Odds ratio {@code (a d) / (b c)}, its interval {@code exp(ln OR ± z sqrt(1/a + 1/b + 1/c +
 *       1/d))} (Woolf 1955, "On estimating the relation between blood group and disease", Annals of
 *       Human Genetics 19; Agresti, <i>Categorical Data Analysis</i>, 2nd ed., 2002, §3.1.1). When
 *       a cell is 0 the estimate and the interval add 0.5 to every cell (the Haldane–Anscombe
 *       correction: Haldane 1956, Anscombe 1956), so both stay finite; {@link
 *       OddsRatio#corrected()} says so.
 *   <li>Fisher's exact test, two-sided as R's {@code fisher.test}: the probability, under the
 *       hypergeometric distribution of {@code a} given the margins, of every table at most as
 *       likely as the observed one (relative tolerance 10<sup>-7</sup> for ties). The densities are
 *       taken relative to the mode by their ratio recurrence, so large tables neither overflow nor
 *       lose the tail.
 * </ul>
 *
 * <pre>{@code
 * // Fisher's tea-tasting experiment (Agresti 2002, §3.5.2): 3 of 4 cups right
 * TwoByTwo.fisherExactP(3, 1, 1, 3);          // 0.4857
 * TwoByTwo.oddsRatio(3, 1, 1, 3, 0.95);       // OR 9, Woolf 95% interval [0.367, 220.9]
 * }</pre>
 */
public final class TwoByTwo {
  private TwoByTwo() {}

  /**
   * An odds ratio with its interval and Fisher's exact p-value.
   *
   * @param estimate the odds ratio (Haldane–Anscombe corrected when a cell is 0), finite and > 0
   * @param interval Woolf's interval on the log scale, transformed back
   * @param pValue Fisher's exact two-sided p-value (of the uncorrected counts), in [0, 1]
   * @param corrected whether 0.5 was added to every cell for the estimate and interval
   */
  public record OddsRatio(double estimate, Interval interval, double pValue, boolean corrected) {}

  /**
   * The odds ratio of the table {@code [[a, b], [c, d]]} at {@code confidenceLevel}.
   *
   * @throws IllegalArgumentException when a count is negative, a row or a column sums to 0 (the
   *     odds ratio is then undefined) or the level is not in (0, 1)
   */
  public static OddsRatio oddsRatio(long a, long b, long c, long d, double confidenceLevel) {
    checkTable(a, b, c, d);
    checkArgument(
        a + b > 0 && c + d > 0 && a + c > 0 && b + d > 0,
        "an odds ratio needs no empty row or column, was [[%s, %s], [%s, %s]]",
        a,
        b,
        c,
        d);
    double z = Distributions.zCritical(confidenceLevel);
    boolean corrected = a == 0 || b == 0 || c == 0 || d == 0;
    double h = corrected ? 0.5 : 0.0;
    double aa = a + h;
    double bb = b + h;
    double cc = c + h;
    double dd = d + h;
    double log = Math.log(aa) + Math.log(dd) - Math.log(bb) - Math.log(cc);
    double se = Math.sqrt(1 / aa + 1 / bb + 1 / cc + 1 / dd);
    Interval i =
        Interval.of(
            Math.exp(log - z * se), Math.exp(log + z * se), confidenceLevel, IntervalMethod.WOOLF);
    return new OddsRatio(Math.exp(log), i, fisherExactP(a, b, c, d), corrected);
  }

  /**
   * Fisher's exact two-sided p-value of the table {@code [[a, b], [c, d]]} (as R's {@code
   * fisher.test(matrix(c(a, c, b, d), 2))$p.value}); 1 when a margin is 0.
   *
   * @throws IllegalArgumentException when a count is negative or the total exceeds 2^53
   */
  public static double fisherExactP(long a, long b, long c, long d) {
    checkTable(a, b, c, d);
    long row1 = a + b;
    long row2 = c + d;
    long col1 = a + c;
    long lo = Math.max(0, col1 - row2);
    long hi = Math.min(row1, col1);
    if (lo == hi) {
      return 1.0;
    }
    // density of x relative to the mode, by d(x + 1) / d(x) = (row1 - x)(col1 - x) / ((x + 1)(row2
    // - col1 + x + 1))
    long mode = (long) Math.floor((double) (row1 + 1) * (col1 + 1) / (row1 + row2 + 2));
    mode = Math.max(lo, Math.min(hi, mode));
    double observed = relative(a, mode, row1, row2, col1);
    double limit = observed * (1 + 1e-7);
    double total = 1.0; // the mode
    double tail = 1.0 <= limit ? 1.0 : 0.0;
    double r = 1.0;
    for (long x = mode; x < hi; x++) {
      r *= ratio(x, row1, row2, col1);
      if (r == 0) {
        break; // the rest of the tail is below the double range
      }
      total += r;
      tail += r <= limit ? r : 0.0;
    }
    r = 1.0;
    for (long x = mode; x > lo; x--) {
      r /= ratio(x - 1, row1, row2, col1);
      if (r == 0) {
        break;
      }
      total += r;
      tail += r <= limit ? r : 0.0;
    }
    return Math.min(1.0, tail / total);
  }

  /** d(x + 1) / d(x) of the hypergeometric with the given margins. */
  private static double ratio(long x, long row1, long row2, long col1) {
    return (double) (row1 - x) * (col1 - x) / ((double) (x + 1) * (row2 - col1 + x + 1));
  }

  /** d(target) / d(mode). */
  private static double relative(long target, long mode, long row1, long row2, long col1) {
    double r = 1.0;
    for (long x = mode; x < target; x++) {
      r *= ratio(x, row1, row2, col1);
    }
    for (long x = mode; x > target; x--) {
      r /= ratio(x - 1, row1, row2, col1);
    }
    return r;
  }

  private static void checkTable(long a, long b, long c, long d) {
    checkArgument(
        a >= 0 && b >= 0 && c >= 0 && d >= 0,
        "2 x 2 counts must be >= 0, was [[%s, %s], [%s, %s]]",
        a,
        b,
        c,
        d);
    checkArgument(
        a <= (1L << 53) - b - c - d,
        "2 x 2 counts must total at most 2^53, was [[%s, %s], [%s, %s]]",
        a,
        b,
        c,
        d);
  }
}
