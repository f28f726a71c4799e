package dev.cxkit.model.internal;

/**
 * Exact count arithmetic and finite sums for every cxkit module: a sum, product or conversion that
 * does not fit is an {@link IllegalArgumentException} naming the quantity and both operands, never
 * a wrapped negative count, an {@code Infinity} or the JDK's bare "long overflow".
 *
 * <p>The rule is the same everywhere: counts are exact {@code long}s; a result beyond {@link
 * Long#MAX_VALUE} is refused ({@code "conversions overflow: 9223372036854775807 + 1"}). Sums of
 * finite doubles (weights, values, money) that leave the finite range are refused the same way.
 *
 * <p>Not API: exported only to cxkit's own modules.
 */
public final class ExactMath {

  private ExactMath() {}

  /**
   * {@code a + b}, or an {@link IllegalArgumentException} "{@code field} overflow: a + b is outside
   * the exact range ...".
   */
  public static long add(String field, long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw overflow(field, a, " + ", b);
    }
  }

  /** {@code a - b}, or an {@link IllegalArgumentException} naming {@code field} and both values. */
  public static long subtract(String field, long a, long b) {
    try {
      return Math.subtractExact(a, b);
    } catch (ArithmeticException e) {
      throw overflow(field, a, " - ", b);
    }
  }

  /** {@code a × b}, or an {@link IllegalArgumentException} naming {@code field} and both values. */
  public static long multiply(String field, long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw overflow(field, a, " * ", b);
    }
  }

  /**
   * The exact sum of {@code values}, or an {@link IllegalArgumentException} naming {@code field}.
   */
  public static long sum(String field, long... values) {
    long total = 0;
    for (long v : values) {
      total = add(field, total, v);
    }
    return total;
  }

  /**
   * {@code value} as an {@code int}, or an {@link IllegalArgumentException} "{@code field} must fit
   * in an int (at most 2147483647), was ...".
   */
  public static int toInt(String field, long value) {
    if ((int) value != value) {
      throw new IllegalArgumentException(
          field
              + " must fit in an int ("
              + Integer.MIN_VALUE
              + ".."
              + Integer.MAX_VALUE
              + "), was "
              + value);
    }
    return (int) value;
  }

  /**
   * {@code a + b} for finite doubles, or an {@link IllegalArgumentException} "{@code field}
   * overflow: a + b is not a finite number" when the sum leaves the double range (about ±1.8e308).
   */
  public static double addFinite(String field, double a, double b) {
    double r = a + b;
    if (!Double.isFinite(r)) {
      throw new IllegalArgumentException(
          field + " overflow: " + a + " + " + b + " is not a finite number (beyond ±1.8e308)");
    }
    return r;
  }

  /**
   * {@code value} when finite, else an {@link IllegalArgumentException} "{@code field} is not a
   * finite number (was ...): {@code cause}", for a result that finite inputs drove out of range.
   */
  public static double finiteResult(String field, double value, String cause) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          field + " is not a finite number (was " + value + "): " + cause);
    }
    return value;
  }

  /**
   * A power of two by which values up to {@code maxAbs} in magnitude, {@code count} of them, are
   * multiplied before their sums and squares are taken: 1 when those stay well inside the double
   * range (|value| · count within [2^-500, 2^500]), else the factor that brings {@code maxAbs} near
   * 1. Scale-free statistics (correlations, Cronbach's alpha, Kish's effective n) use it so that
   * inputs near the double limits neither overflow nor underflow; a power-of-two factor is exact,
   * so the result is unchanged.
   */
  public static double powerOfTwoScale(double maxAbs, int count) {
    if (maxAbs == 0.0 || !Double.isFinite(maxAbs)) {
      return 1.0;
    }
    int exponent = Math.getExponent(maxAbs);
    int countBits = 32 - Integer.numberOfLeadingZeros(Math.max(count, 1));
    return exponent + countBits > 500 || exponent < -500 ? Math.scalb(1.0, -exponent) : 1.0;
  }

  private static IllegalArgumentException overflow(String field, long a, String op, long b) {
    return new IllegalArgumentException(
        field
            + " overflow: "
            + a
            + op
            + b
            + " is outside the exact range "
            + Long.MIN_VALUE
            + ".."
            + Long.MAX_VALUE);
  }
}
